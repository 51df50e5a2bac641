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

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeAccessibilityRequirements")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpecAccessModeAccessibilityRequirements(Model):
    """Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.

    """

    __match_args__ = (
        "requisite",
        "preferred",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    requisite: list[Topology] | None
    """ A list of required topologies, at least one of which the
    volume must be accessible from.
     """
    preferred: list[Topology] | None
    """ A list of topologies that the volume should attempt to be
    provisioned in.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        requisite: list[Topology] | None = None,
        preferred: list[Topology] | None = None,
    ) -> None:
        self.requisite = requisite
        self.preferred = preferred
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        requisite = self.requisite
        if requisite is not None:
            requisite_json: list[dict[str, Any]] | None
            if isinstance(requisite, list):
                requisite_json = []
                for requisite_type_0_item_data in requisite:
                    requisite_type_0_item = requisite_type_0_item_data.to_dict()
                    requisite_json.append(requisite_type_0_item)

            else:
                requisite_json = requisite
            field_dict["Requisite"] = requisite_json
        elif "Requisite" in self._sent:
            field_dict["Requisite"] = None

        preferred = self.preferred
        if preferred is not None:
            preferred_json: list[dict[str, Any]] | None
            if isinstance(preferred, list):
                preferred_json = []
                for preferred_type_0_item_data in preferred:
                    preferred_type_0_item = preferred_type_0_item_data.to_dict()
                    preferred_json.append(preferred_type_0_item)

            else:
                preferred_json = preferred
            field_dict["Preferred"] = preferred_json
        elif "Preferred" in self._sent:
            field_dict["Preferred"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Requisite", None)

        d.pop("Preferred", None)

        cluster_volume_spec_access_mode_accessibility_requirements = _new(cls)
        cluster_volume_spec_access_mode_accessibility_requirements._sent = src_dict
        cluster_volume_spec_access_mode_accessibility_requirements.additional_properties = d
        return cluster_volume_spec_access_mode_accessibility_requirements

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "requisite",
            "preferred",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "requisite":
            _requisite_data = src.get("Requisite")
            requisite: list[Topology] | None
            if _requisite_data is None:
                requisite = _requisite_data
            elif isinstance(_requisite_data, list):
                requisite_type_0 = []
                _requisite_type_0 = _requisite_data
                for requisite_type_0_item_data in _requisite_type_0:
                    requisite_type_0_item = Topology.from_dict(requisite_type_0_item_data)

                    requisite_type_0.append(requisite_type_0_item)

                requisite = requisite_type_0
            else:
                raise TypeError(
                    f"requisite: expected list[Topology] | None, got {type(_requisite_data).__name__}: {_requisite_data!r:.200}"
                )

            return requisite
        if deferred_name == "preferred":
            _preferred_data = src.get("Preferred")
            preferred: list[Topology] | None
            if _preferred_data is None:
                preferred = _preferred_data
            elif isinstance(_preferred_data, list):
                preferred_type_0 = []
                _preferred_type_0 = _preferred_data
                for preferred_type_0_item_data in _preferred_type_0:
                    preferred_type_0_item = Topology.from_dict(preferred_type_0_item_data)

                    preferred_type_0.append(preferred_type_0_item)

                preferred = preferred_type_0
            else:
                raise TypeError(
                    f"preferred: expected list[Topology] | None, got {type(_preferred_data).__name__}: {_preferred_data!r:.200}"
                )

            return preferred
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Requisite": "requisite",
        "Preferred": "preferred",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Requisite", "Preferred"]) -> list[Topology]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Requisite", "Preferred"], default: None = None
        ) -> list[Topology] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.topology import Topology
