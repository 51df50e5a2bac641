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

T = TypeVar("T", bound="ImageManifestSummaryAttestationData")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageManifestSummaryAttestationData(Model):
    """The image data for the attestation manifest.
    This field is only populated when Kind is "attestation".

    """

    __match_args__ = ("for_",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    for_: str
    """ The digest of the image manifest that this attestation is for.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        for_: str,
    ) -> None:
        self.for_ = for_
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["For"] = self.for_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        for_ = d.pop("For")

        image_manifest_summary_attestation_data = _new(cls)
        image_manifest_summary_attestation_data._sent = src_dict
        image_manifest_summary_attestation_data.for_ = for_
        image_manifest_summary_attestation_data.additional_properties = d
        return image_manifest_summary_attestation_data

    _keys: ClassVar[dict[str, str]] = {
        "For": "for_",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["For"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["For"], default: None = None) -> str: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
