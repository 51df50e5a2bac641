from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Identity:
    """Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name.

    """

    signature: list[SignatureIdentity] | Unset | None = UNSET
    """ Signature contains the properties of verified signatures for the image. """
    pull: list[PullIdentity] | Unset | None = UNSET
    """ Pull contains remote location information if image was created via pull.
    If image was pulled via mirror, this contains the original repository location.
    After successful push this images also contains the pushed repository location. """
    build: list[BuildIdentity] | Unset | None = UNSET
    """ Build contains build reference information if image was created via build. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature: list[dict[str, Any]] | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        elif isinstance(self.signature, list):
            signature = []
            for signature_type_0_item_data in self.signature:
                signature_type_0_item = signature_type_0_item_data.to_dict()
                signature.append(signature_type_0_item)

        else:
            signature = self.signature

        pull: list[dict[str, Any]] | Unset | None
        if isinstance(self.pull, Unset):
            pull = UNSET
        elif isinstance(self.pull, list):
            pull = []
            for pull_type_0_item_data in self.pull:
                pull_type_0_item = pull_type_0_item_data.to_dict()
                pull.append(pull_type_0_item)

        else:
            pull = self.pull

        build: list[dict[str, Any]] | Unset | None
        if isinstance(self.build, Unset):
            build = UNSET
        elif isinstance(self.build, list):
            build = []
            for build_type_0_item_data in self.build:
                build_type_0_item = build_type_0_item_data.to_dict()
                build.append(build_type_0_item)

        else:
            build = self.build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature is not UNSET:
            field_dict["Signature"] = signature
        if pull is not UNSET:
            field_dict["Pull"] = pull
        if build is not UNSET:
            field_dict["Build"] = build

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _signature_data = d.pop("Signature", UNSET)
        signature: list[SignatureIdentity] | Unset | None
        if _signature_data is None or _signature_data is UNSET:
            signature = _signature_data
        elif isinstance(_signature_data, list):
            signature_type_0 = []
            _signature_type_0 = _signature_data
            for signature_type_0_item_data in _signature_type_0:
                signature_type_0_item = SignatureIdentity.from_dict(signature_type_0_item_data)

                signature_type_0.append(signature_type_0_item)

            signature = signature_type_0
        else:
            raise TypeError(
                f"signature: expected list[SignatureIdentity] | None, got {type(_signature_data).__name__}: {_signature_data!r:.200}"
            )

        _pull_data = d.pop("Pull", UNSET)
        pull: list[PullIdentity] | Unset | None
        if _pull_data is None or _pull_data is UNSET:
            pull = _pull_data
        elif isinstance(_pull_data, list):
            pull_type_0 = []
            _pull_type_0 = _pull_data
            for pull_type_0_item_data in _pull_type_0:
                pull_type_0_item = PullIdentity.from_dict(pull_type_0_item_data)

                pull_type_0.append(pull_type_0_item)

            pull = pull_type_0
        else:
            raise TypeError(
                f"pull: expected list[PullIdentity] | None, got {type(_pull_data).__name__}: {_pull_data!r:.200}"
            )

        _build_data = d.pop("Build", UNSET)
        build: list[BuildIdentity] | Unset | None
        if _build_data is None or _build_data is UNSET:
            build = _build_data
        elif isinstance(_build_data, list):
            build_type_0 = []
            _build_type_0 = _build_data
            for build_type_0_item_data in _build_type_0:
                build_type_0_item = BuildIdentity.from_dict(build_type_0_item_data)

                build_type_0.append(build_type_0_item)

            build = build_type_0
        else:
            raise TypeError(
                f"build: expected list[BuildIdentity] | None, got {type(_build_data).__name__}: {_build_data!r:.200}"
            )

        identity = _new(cls)
        identity.signature = signature
        identity.pull = pull
        identity.build = build
        identity.additional_properties = d
        return identity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.build_identity import BuildIdentity
from ..models.pull_identity import PullIdentity
from ..models.signature_identity import SignatureIdentity
