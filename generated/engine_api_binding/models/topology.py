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

T = TypeVar("T", bound="Topology")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Topology(Model):
    """A map of topological domains to topological segments. For in depth
    details, see documentation for the Topology object in the CSI
    specification.

    """

    __match_args__ = ("segments",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    segments: TopologySegments | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        segments: TopologySegments | None = None,
    ) -> None:
        self.segments = segments
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        segments = self.segments
        if segments is not None:
            segments_json: dict[str, Any] | None
            if isinstance(segments, TopologySegments):
                segments_json = segments.to_dict()
            else:
                segments_json = segments
            field_dict["Segments"] = segments_json
        elif "Segments" in self._sent:
            field_dict["Segments"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Segments", None)

        topology = _new(cls)
        topology._sent = src_dict
        topology.additional_properties = d
        return topology

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "segments",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "segments":
            _segments_data = src.get("Segments")
            segments: TopologySegments | None
            if _segments_data is None:
                segments = _segments_data
            elif isinstance(_segments_data, dict):
                segments_type_0 = TopologySegments.from_dict(_segments_data)

                segments = segments_type_0
            else:
                raise TypeError(
                    f"segments: expected None | TopologySegments, got {type(_segments_data).__name__}: {_segments_data!r:.200}"
                )

            return segments
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Segments": "segments",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Segments"]) -> TopologySegments: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Segments"], default: None = None
        ) -> TopologySegments | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.topology_segments import TopologySegments
