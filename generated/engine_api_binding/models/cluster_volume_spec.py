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

T = TypeVar("T", bound="ClusterVolumeSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpec(Model):
    """Cluster-specific options used to create the volume."""

    __match_args__ = (
        "group",
        "access_mode",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    group: str | None
    """ Group defines the volume group of this volume. Volumes belonging to
    the same group can be referred to by group name when creating
    Services.  Referring to a volume by group instructs Swarm to treat
    volumes in that group interchangeably for the purpose of scheduling.
    Volumes with an empty string for a group technically all belong to
    the same, emptystring group.
     """
    access_mode: ClusterVolumeSpecAccessMode | None
    """ Defines how the volume is used by tasks.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        group: str | None = None,
        access_mode: ClusterVolumeSpecAccessMode | None = None,
    ) -> None:
        self.group = group
        self.access_mode = access_mode
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.group is not None:
            field_dict["Group"] = self.group
        elif "Group" in self._sent:
            field_dict["Group"] = None

        access_mode = self.access_mode
        if access_mode is not None:
            access_mode_json: dict[str, Any] | None
            if isinstance(access_mode, ClusterVolumeSpecAccessMode):
                access_mode_json = access_mode.to_dict()
            else:
                access_mode_json = access_mode
            field_dict["AccessMode"] = access_mode_json
        elif "AccessMode" in self._sent:
            field_dict["AccessMode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        group = d.pop("Group", None)

        d.pop("AccessMode", None)

        cluster_volume_spec = _new(cls)
        cluster_volume_spec._sent = src_dict
        cluster_volume_spec.group = group
        cluster_volume_spec.additional_properties = d
        return cluster_volume_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "access_mode",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "access_mode":
            _access_mode_data = src.get("AccessMode")
            access_mode: ClusterVolumeSpecAccessMode | None
            if _access_mode_data is None:
                access_mode = _access_mode_data
            elif isinstance(_access_mode_data, dict):
                access_mode_type_0 = ClusterVolumeSpecAccessMode.from_dict(_access_mode_data)

                access_mode = access_mode_type_0
            else:
                raise TypeError(
                    f"access_mode: expected ClusterVolumeSpecAccessMode | None, got {type(_access_mode_data).__name__}: {_access_mode_data!r:.200}"
                )

            return access_mode
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Group": "group",
        "AccessMode": "access_mode",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Group"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["AccessMode"]) -> ClusterVolumeSpecAccessMode: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Group"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["AccessMode"], default: None = None
        ) -> ClusterVolumeSpecAccessMode | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode
