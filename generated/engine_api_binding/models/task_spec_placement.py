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

T = TypeVar("T", bound="TaskSpecPlacement")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecPlacement(Model):
    __match_args__ = (
        "constraints",
        "preferences",
        "max_replicas",
        "platforms",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    constraints: list[str] | None
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
    preferences: list[TaskSpecPlacementPreferencesItem] | None
    """ Preferences provide a way to make the scheduler aware of factors
    such as topology. They are provided in order from highest to
    lowest precedence.
     """
    max_replicas: int | None
    """ Maximum number of replicas for per node (default value is 0, which
    is unlimited)
     """
    platforms: list[Platform] | None
    """ Platforms stores all the platforms that the service's image can
    run on. This field is used in the platform filter for scheduling.
    If empty, then the platform filter is off, meaning there are no
    scheduling restrictions.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        constraints: list[str] | None = None,
        preferences: list[TaskSpecPlacementPreferencesItem] | None = None,
        max_replicas: int | None = None,
        platforms: list[Platform] | None = None,
    ) -> None:
        self.constraints = constraints
        self.preferences = preferences
        self.max_replicas = max_replicas
        self.platforms = platforms
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        constraints = self.constraints
        if constraints is not None:
            constraints_json: list[str] | None
            if isinstance(constraints, list):
                constraints_json = constraints

            else:
                constraints_json = constraints
            field_dict["Constraints"] = constraints_json
        elif "Constraints" in self._sent:
            field_dict["Constraints"] = None

        preferences = self.preferences
        if preferences is not None:
            preferences_json: list[dict[str, Any]] | None
            if isinstance(preferences, list):
                preferences_json = []
                for preferences_type_0_item_data in preferences:
                    preferences_type_0_item = preferences_type_0_item_data.to_dict()
                    preferences_json.append(preferences_type_0_item)

            else:
                preferences_json = preferences
            field_dict["Preferences"] = preferences_json
        elif "Preferences" in self._sent:
            field_dict["Preferences"] = None

        if self.max_replicas is not None:
            field_dict["MaxReplicas"] = self.max_replicas
        elif "MaxReplicas" in self._sent:
            field_dict["MaxReplicas"] = None

        platforms = self.platforms
        if platforms is not None:
            platforms_json: list[dict[str, Any]] | None
            if isinstance(platforms, list):
                platforms_json = []
                for platforms_type_0_item_data in platforms:
                    platforms_type_0_item = platforms_type_0_item_data.to_dict()
                    platforms_json.append(platforms_type_0_item)

            else:
                platforms_json = platforms
            field_dict["Platforms"] = platforms_json
        elif "Platforms" in self._sent:
            field_dict["Platforms"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _constraints_data = d.pop("Constraints", None)
        constraints: list[str] | None
        if _constraints_data is None:
            constraints = _constraints_data
        elif isinstance(_constraints_data, list):
            constraints_type_0 = _constraints_data

            constraints = constraints_type_0
        else:
            raise TypeError(
                f"constraints: expected list[str] | None, got {type(_constraints_data).__name__}: {_constraints_data!r:.200}"
            )

        d.pop("Preferences", None)

        max_replicas = d.pop("MaxReplicas", None)

        d.pop("Platforms", None)

        task_spec_placement = _new(cls)
        task_spec_placement._sent = src_dict
        task_spec_placement.constraints = constraints
        task_spec_placement.max_replicas = max_replicas
        task_spec_placement.additional_properties = d
        return task_spec_placement

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "preferences",
            "platforms",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "preferences":
            _preferences_data = src.get("Preferences")
            preferences: list[TaskSpecPlacementPreferencesItem] | None
            if _preferences_data is None:
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

            return preferences
        if deferred_name == "platforms":
            _platforms_data = src.get("Platforms")
            platforms: list[Platform] | None
            if _platforms_data is None:
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

            return platforms
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Constraints": "constraints",
        "Preferences": "preferences",
        "MaxReplicas": "max_replicas",
        "Platforms": "platforms",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Constraints"]) -> list[str]: ...
        @overload
        def __getitem__(
            self, key: Literal["Preferences"]
        ) -> list[TaskSpecPlacementPreferencesItem]: ...
        @overload
        def __getitem__(self, key: Literal["MaxReplicas"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Platforms"]) -> list[Platform]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Constraints"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Preferences"], default: None = None
        ) -> list[TaskSpecPlacementPreferencesItem] | None: ...
        @overload
        def get(self, key: Literal["MaxReplicas"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["Platforms"], default: None = None) -> list[Platform] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.platform import Platform
from ..models.task_spec_placement_preferences_item import TaskSpecPlacementPreferencesItem
