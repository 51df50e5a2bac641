from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="Identity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Identity(Model):
    """Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name.

    """

    __match_args__ = (
        "signature",
        "pull",
        "build",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    signature: list[SignatureIdentity] | None
    """ Signature contains the properties of verified signatures for the image. """
    pull: list[PullIdentity] | None
    """ Pull contains remote location information if image was created via pull.
    If image was pulled via mirror, this contains the original repository location.
    After successful push this images also contains the pushed repository location. """
    build: list[BuildIdentity] | None
    """ Build contains build reference information if image was created via build. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        signature: list[SignatureIdentity] | None = None,
        pull: list[PullIdentity] | None = None,
        build: list[BuildIdentity] | None = None,
    ) -> None:
        self.signature = signature
        self.pull = pull
        self.build = build
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        signature = self.signature
        if signature is not None:
            signature_json: list[dict[str, Any]] | None
            if isinstance(signature, list):
                signature_json = []
                for signature_type_0_item_data in signature:
                    signature_type_0_item = signature_type_0_item_data.to_dict()
                    signature_json.append(signature_type_0_item)

            else:
                signature_json = signature
            field_dict["Signature"] = signature_json
        elif "Signature" in self._sent:
            field_dict["Signature"] = None

        pull = self.pull
        if pull is not None:
            pull_json: list[dict[str, Any]] | None
            if isinstance(pull, list):
                pull_json = []
                for pull_type_0_item_data in pull:
                    pull_type_0_item = pull_type_0_item_data.to_dict()
                    pull_json.append(pull_type_0_item)

            else:
                pull_json = pull
            field_dict["Pull"] = pull_json
        elif "Pull" in self._sent:
            field_dict["Pull"] = None

        build = self.build
        if build is not None:
            build_json: list[dict[str, Any]] | None
            if isinstance(build, list):
                build_json = []
                for build_type_0_item_data in build:
                    build_type_0_item = build_type_0_item_data.to_dict()
                    build_json.append(build_type_0_item)

            else:
                build_json = build
            field_dict["Build"] = build_json
        elif "Build" in self._sent:
            field_dict["Build"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Signature", None)

        d.pop("Pull", None)

        d.pop("Build", None)

        identity = _new(cls)
        identity._sent = src_dict
        identity.additional_properties = d
        return identity

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "signature",
            "pull",
            "build",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "signature":
            _signature_data = src.get("Signature")
            signature: list[SignatureIdentity] | None
            if _signature_data is None:
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

            return signature
        if deferred_name == "pull":
            _pull_data = src.get("Pull")
            pull: list[PullIdentity] | None
            if _pull_data is None:
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

            return pull
        if deferred_name == "build":
            _build_data = src.get("Build")
            build: list[BuildIdentity] | None
            if _build_data is None:
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

            return build
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Signature": "signature",
        "Pull": "pull",
        "Build": "build",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Signature"]) -> list[SignatureIdentity]: ...
        @overload
        def __getitem__(self, key: Literal["Pull"]) -> list[PullIdentity]: ...
        @overload
        def __getitem__(self, key: Literal["Build"]) -> list[BuildIdentity]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Signature"], default: None = None
        ) -> list[SignatureIdentity] | None: ...
        @overload
        def get(self, key: Literal["Pull"], default: None = None) -> list[PullIdentity] | None: ...
        @overload
        def get(
            self, key: Literal["Build"], default: None = None
        ) -> list[BuildIdentity] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.build_identity import BuildIdentity
from ..models.pull_identity import PullIdentity
from ..models.signature_identity import SignatureIdentity
