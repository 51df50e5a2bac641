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

T = TypeVar("T", bound="DistributionInspect")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class DistributionInspect(Model):
    """Describes the result obtained from contacting the registry to retrieve
    image metadata.

    """

    __match_args__ = (
        "descriptor",
        "platforms",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    descriptor: OCIDescriptor | None
    platforms: list[OCIPlatform | None] | None
    """ An array containing all platforms supported by the image.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        descriptor: OCIDescriptor | None,
        platforms: list[OCIPlatform | None] | None,
    ) -> None:
        self.descriptor = descriptor
        self.platforms = platforms
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor
        field_dict["Descriptor"] = descriptor

        platforms: list[dict[str, Any] | None] | None
        if isinstance(self.platforms, list):
            platforms = []
            for platforms_type_0_item_data in self.platforms:
                platforms_type_0_item: dict[str, Any] | None
                if isinstance(platforms_type_0_item_data, OCIPlatform):
                    platforms_type_0_item = platforms_type_0_item_data.to_dict()
                else:
                    platforms_type_0_item = platforms_type_0_item_data
                platforms.append(platforms_type_0_item)

        else:
            platforms = self.platforms
        field_dict["Platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Descriptor")

        d.pop("Platforms")

        distribution_inspect = _new(cls)
        distribution_inspect._sent = src_dict
        distribution_inspect.additional_properties = d
        return distribution_inspect

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "descriptor",
            "platforms",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "descriptor":
            _descriptor_data = src["Descriptor"]
            descriptor: OCIDescriptor | None
            if _descriptor_data is None:
                descriptor = _descriptor_data
            elif isinstance(_descriptor_data, dict):
                descriptor_type_0 = OCIDescriptor.from_dict(_descriptor_data)

                descriptor = descriptor_type_0
            else:
                raise TypeError(
                    f"descriptor: expected None | OCIDescriptor, got {type(_descriptor_data).__name__}: {_descriptor_data!r:.200}"
                )

            return descriptor
        if deferred_name == "platforms":
            _platforms_data = src["Platforms"]
            platforms: list[OCIPlatform | None] | None
            if _platforms_data is None:
                platforms = _platforms_data
            elif isinstance(_platforms_data, list):
                platforms_type_0 = []
                _platforms_type_0 = _platforms_data
                for platforms_type_0_item_data in _platforms_type_0:
                    _platforms_type_0_item_data = platforms_type_0_item_data
                    platforms_type_0_item: OCIPlatform | None
                    if _platforms_type_0_item_data is None:
                        platforms_type_0_item = _platforms_type_0_item_data
                    elif isinstance(_platforms_type_0_item_data, dict):
                        platforms_type_0_item_type_0 = OCIPlatform.from_dict(
                            _platforms_type_0_item_data
                        )

                        platforms_type_0_item = platforms_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"platforms_type_0_item: expected None | OCIPlatform, got {type(_platforms_type_0_item_data).__name__}: {_platforms_type_0_item_data!r:.200}"
                        )

                    platforms_type_0.append(platforms_type_0_item)

                platforms = platforms_type_0
            else:
                raise TypeError(
                    f"platforms: expected list[None | OCIPlatform] | None, got {type(_platforms_data).__name__}: {_platforms_data!r:.200}"
                )

            return platforms
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Descriptor": "descriptor",
        "Platforms": "platforms",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Descriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["Platforms"]) -> list[OCIPlatform | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Descriptor"], default: None = None) -> OCIDescriptor | None: ...
        @overload
        def get(
            self, key: Literal["Platforms"], default: None = None
        ) -> list[OCIPlatform | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.oci_descriptor import OCIDescriptor
from ..models.oci_platform import OCIPlatform
