from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecPlacement")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecPlacement:
    constraints: list[str] | Unset | None = UNSET
    """ An array of constraint expressions to limit the set of nodes where
    a task can be scheduled. Constraint expressions can either use a
    _match_ (`==`) or _exclude_ (`!=`) rule. Multiple constraints find
    nodes that satisfy every expression (AND match). Constraints can
    match node or Docker Engine labels as follows:

    node attribute       | matches                        | example
    ---------------------|--------------------------------|-----------------------------------------------
    `node.id`            | Node ID                        | `node.id==2ivku8v2gvtg4`
    `node.hostname`      | Node hostname                  | `node.hostname!=node-2`
    `node.role`          | Node role (`manager`/`worker`) | `node.role==manager`
    `node.platform.os`   | Node operating system          | `node.platform.os==windows`
    `node.platform.arch` | Node architecture              | `node.platform.arch==x86_64`
    `node.labels`        | User-defined node labels       | `node.labels.security==high`
    `engine.labels`      | Docker Engine's labels         | `engine.labels.operatingsystem==ubuntu-24.04`

    `engine.labels` apply to Docker Engine labels like operating system,
    drivers, etc. Swarm administrators add `node.labels` for operational
    purposes by using the [`node update endpoint`](#operation/NodeUpdate).
     """
    preferences: list[TaskSpecPlacementPreferencesItem] | Unset | None = UNSET
    """ Preferences provide a way to make the scheduler aware of factors
    such as topology. They are provided in order from highest to
    lowest precedence.
     """
    max_replicas: int | Unset = UNSET
    """ Maximum number of replicas for per node (default value is 0, which
    is unlimited)
     """
    platforms: list[Platform] | Unset | None = UNSET
    """ Platforms stores all the platforms that the service's image can
    run on. This field is used in the platform filter for scheduling.
    If empty, then the platform filter is off, meaning there are no
    scheduling restrictions.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constraints: list[str] | Unset | None
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif isinstance(self.constraints, list):
            constraints = self.constraints

        else:
            constraints = self.constraints

        preferences: list[dict[str, Any]] | Unset | None
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, list):
            preferences = []
            for preferences_type_0_item_data in self.preferences:
                preferences_type_0_item = preferences_type_0_item_data.to_dict()
                preferences.append(preferences_type_0_item)

        else:
            preferences = self.preferences

        max_replicas = self.max_replicas

        platforms: list[dict[str, Any]] | Unset | None
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = []
            for platforms_type_0_item_data in self.platforms:
                platforms_type_0_item = platforms_type_0_item_data.to_dict()
                platforms.append(platforms_type_0_item)

        else:
            platforms = self.platforms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constraints is not UNSET:
            field_dict["Constraints"] = constraints
        if preferences is not UNSET:
            field_dict["Preferences"] = preferences
        if max_replicas is not UNSET:
            field_dict["MaxReplicas"] = max_replicas
        if platforms is not UNSET:
            field_dict["Platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _constraints_data = d.pop("Constraints", UNSET)
        constraints: list[str] | Unset | None
        if _constraints_data is None or _constraints_data is UNSET:
            constraints = _constraints_data
        elif isinstance(_constraints_data, list):
            constraints_type_0 = _constraints_data

            constraints = constraints_type_0
        else:
            raise TypeError(
                f"constraints: expected list[str] | None, got {type(_constraints_data).__name__}: {_constraints_data!r:.200}"
            )

        _preferences_data = d.pop("Preferences", UNSET)
        preferences: list[TaskSpecPlacementPreferencesItem] | Unset | None
        if _preferences_data is None or _preferences_data is UNSET:
            preferences = _preferences_data
        elif isinstance(_preferences_data, list):
            preferences_type_0 = []
            _preferences_type_0 = _preferences_data
            for preferences_type_0_item_data in _preferences_type_0:
                preferences_type_0_item = TaskSpecPlacementPreferencesItem.from_dict(
                    preferences_type_0_item_data
                )

                preferences_type_0.append(preferences_type_0_item)

            preferences = preferences_type_0
        else:
            raise TypeError(
                f"preferences: expected list[TaskSpecPlacementPreferencesItem] | None, got {type(_preferences_data).__name__}: {_preferences_data!r:.200}"
            )

        max_replicas = d.pop("MaxReplicas", UNSET)

        _platforms_data = d.pop("Platforms", UNSET)
        platforms: list[Platform] | Unset | None
        if _platforms_data is None or _platforms_data is UNSET:
            platforms = _platforms_data
        elif isinstance(_platforms_data, list):
            platforms_type_0 = []
            _platforms_type_0 = _platforms_data
            for platforms_type_0_item_data in _platforms_type_0:
                platforms_type_0_item = Platform.from_dict(platforms_type_0_item_data)

                platforms_type_0.append(platforms_type_0_item)

            platforms = platforms_type_0
        else:
            raise TypeError(
                f"platforms: expected list[Platform] | None, got {type(_platforms_data).__name__}: {_platforms_data!r:.200}"
            )

        task_spec_placement = _new(cls)
        task_spec_placement.constraints = constraints
        task_spec_placement.preferences = preferences
        task_spec_placement.max_replicas = max_replicas
        task_spec_placement.platforms = platforms
        task_spec_placement.additional_properties = d
        return task_spec_placement

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


from ..models.platform import Platform
from ..models.task_spec_placement_preferences_item import TaskSpecPlacementPreferencesItem
