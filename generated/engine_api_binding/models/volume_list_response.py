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

T = TypeVar("T", bound="VolumeListResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeListResponse(Model):
    """Volume list response"""

    __match_args__ = (
        "volumes",
        "warnings",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    volumes: list[Volume] | None
    """ List of volumes """
    warnings: list[str] | None
    """ Warnings that occurred when fetching the list of volumes.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        volumes: list[Volume] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.volumes = volumes
        self.warnings = warnings
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        volumes = self.volumes
        if volumes is not None:
            volumes_json: list[dict[str, Any]] | None
            if isinstance(volumes, list):
                volumes_json = []
                for volumes_type_0_item_data in volumes:
                    volumes_type_0_item = volumes_type_0_item_data.to_dict()
                    volumes_json.append(volumes_type_0_item)

            else:
                volumes_json = volumes
            field_dict["Volumes"] = volumes_json
        elif "Volumes" in self._sent:
            field_dict["Volumes"] = None

        warnings = self.warnings
        if warnings is not None:
            warnings_json: list[str] | None
            if isinstance(warnings, list):
                warnings_json = warnings

            else:
                warnings_json = warnings
            field_dict["Warnings"] = warnings_json
        elif "Warnings" in self._sent:
            field_dict["Warnings"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Volumes", None)

        _warnings_data = d.pop("Warnings", None)
        warnings: list[str] | None
        if _warnings_data is None:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        volume_list_response = _new(cls)
        volume_list_response._sent = src_dict
        volume_list_response.warnings = warnings
        volume_list_response.additional_properties = d
        return volume_list_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "volumes",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "volumes":
            _volumes_data = src.get("Volumes")
            volumes: list[Volume] | None
            if _volumes_data is None:
                volumes = _volumes_data
            elif isinstance(_volumes_data, list):
                volumes_type_0 = []
                _volumes_type_0 = _volumes_data
                for volumes_type_0_item_data in _volumes_type_0:
                    volumes_type_0_item = Volume.from_dict(volumes_type_0_item_data)

                    volumes_type_0.append(volumes_type_0_item)

                volumes = volumes_type_0
            else:
                raise TypeError(
                    f"volumes: expected list[Volume] | None, got {type(_volumes_data).__name__}: {_volumes_data!r:.200}"
                )

            return volumes
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Volumes": "volumes",
        "Warnings": "warnings",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Volumes"]) -> list[Volume]: ...
        @overload
        def __getitem__(self, key: Literal["Warnings"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Volumes"], default: None = None) -> list[Volume] | None: ...
        @overload
        def get(self, key: Literal["Warnings"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.volume import Volume
