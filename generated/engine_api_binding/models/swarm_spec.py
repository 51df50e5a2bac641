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

T = TypeVar("T", bound="SwarmSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpec(Model):
    """User modifiable swarm configuration."""

    __match_args__ = (
        "name",
        "labels",
        "orchestration",
        "raft",
        "dispatcher",
        "ca_config",
        "encryption_config",
        "task_defaults",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name of the swarm. """
    labels: SwarmSpecLabels | None
    """ User-defined key/value metadata. """
    orchestration: SwarmSpecOrchestration | None
    """ Orchestration configuration. """
    raft: SwarmSpecRaft | None
    """ Raft configuration. """
    dispatcher: SwarmSpecDispatcher | None
    """ Dispatcher configuration. """
    ca_config: SwarmSpecCAConfig | None
    """ CA configuration. """
    encryption_config: SwarmSpecEncryptionConfig | None
    """ Parameters related to encryption-at-rest. """
    task_defaults: SwarmSpecTaskDefaults | None
    """ Defaults for creating tasks in this cluster. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        labels: SwarmSpecLabels | None = None,
        orchestration: SwarmSpecOrchestration | None = None,
        raft: SwarmSpecRaft | None = None,
        dispatcher: SwarmSpecDispatcher | None = None,
        ca_config: SwarmSpecCAConfig | None = None,
        encryption_config: SwarmSpecEncryptionConfig | None = None,
        task_defaults: SwarmSpecTaskDefaults | None = None,
    ) -> None:
        self.name = name
        self.labels = labels
        self.orchestration = orchestration
        self.raft = raft
        self.dispatcher = dispatcher
        self.ca_config = ca_config
        self.encryption_config = encryption_config
        self.task_defaults = task_defaults
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, SwarmSpecLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        orchestration = self.orchestration
        if orchestration is not None:
            orchestration_json: dict[str, Any] | None
            if isinstance(orchestration, SwarmSpecOrchestration):
                orchestration_json = orchestration.to_dict()
            else:
                orchestration_json = orchestration
            field_dict["Orchestration"] = orchestration_json
        elif "Orchestration" in self._sent:
            field_dict["Orchestration"] = None

        raft = self.raft
        if raft is not None:
            raft_json: dict[str, Any] | None
            if isinstance(raft, SwarmSpecRaft):
                raft_json = raft.to_dict()
            else:
                raft_json = raft
            field_dict["Raft"] = raft_json
        elif "Raft" in self._sent:
            field_dict["Raft"] = None

        dispatcher = self.dispatcher
        if dispatcher is not None:
            dispatcher_json: dict[str, Any] | None
            if isinstance(dispatcher, SwarmSpecDispatcher):
                dispatcher_json = dispatcher.to_dict()
            else:
                dispatcher_json = dispatcher
            field_dict["Dispatcher"] = dispatcher_json
        elif "Dispatcher" in self._sent:
            field_dict["Dispatcher"] = None

        ca_config = self.ca_config
        if ca_config is not None:
            ca_config_json: dict[str, Any] | None
            if isinstance(ca_config, SwarmSpecCAConfig):
                ca_config_json = ca_config.to_dict()
            else:
                ca_config_json = ca_config
            field_dict["CAConfig"] = ca_config_json
        elif "CAConfig" in self._sent:
            field_dict["CAConfig"] = None

        encryption_config = self.encryption_config
        if encryption_config is not None:
            encryption_config_json: dict[str, Any] | None
            if isinstance(encryption_config, SwarmSpecEncryptionConfig):
                encryption_config_json = encryption_config.to_dict()
            else:
                encryption_config_json = encryption_config
            field_dict["EncryptionConfig"] = encryption_config_json
        elif "EncryptionConfig" in self._sent:
            field_dict["EncryptionConfig"] = None

        task_defaults = self.task_defaults
        if task_defaults is not None:
            task_defaults_json: dict[str, Any] | None
            if isinstance(task_defaults, SwarmSpecTaskDefaults):
                task_defaults_json = task_defaults.to_dict()
            else:
                task_defaults_json = task_defaults
            field_dict["TaskDefaults"] = task_defaults_json
        elif "TaskDefaults" in self._sent:
            field_dict["TaskDefaults"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Labels", None)

        d.pop("Orchestration", None)

        d.pop("Raft", None)

        d.pop("Dispatcher", None)

        d.pop("CAConfig", None)

        d.pop("EncryptionConfig", None)

        d.pop("TaskDefaults", None)

        swarm_spec = _new(cls)
        swarm_spec._sent = src_dict
        swarm_spec.name = name
        swarm_spec.additional_properties = d
        return swarm_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "orchestration",
            "raft",
            "dispatcher",
            "ca_config",
            "encryption_config",
            "task_defaults",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: SwarmSpecLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = SwarmSpecLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected None | SwarmSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "orchestration":
            _orchestration_data = src.get("Orchestration")
            orchestration: SwarmSpecOrchestration | None
            if _orchestration_data is None:
                orchestration = _orchestration_data
            elif isinstance(_orchestration_data, dict):
                orchestration_type_0 = SwarmSpecOrchestration.from_dict(_orchestration_data)

                orchestration = orchestration_type_0
            else:
                raise TypeError(
                    f"orchestration: expected None | SwarmSpecOrchestration, got {type(_orchestration_data).__name__}: {_orchestration_data!r:.200}"
                )

            return orchestration
        if deferred_name == "raft":
            _raft_data = src.get("Raft")
            raft: SwarmSpecRaft | None
            if _raft_data is None:
                raft = _raft_data
            elif isinstance(_raft_data, dict):
                raft_type_0 = SwarmSpecRaft.from_dict(_raft_data)

                raft = raft_type_0
            else:
                raise TypeError(
                    f"raft: expected None | SwarmSpecRaft, got {type(_raft_data).__name__}: {_raft_data!r:.200}"
                )

            return raft
        if deferred_name == "dispatcher":
            _dispatcher_data = src.get("Dispatcher")
            dispatcher: SwarmSpecDispatcher | None
            if _dispatcher_data is None:
                dispatcher = _dispatcher_data
            elif isinstance(_dispatcher_data, dict):
                dispatcher_type_0 = SwarmSpecDispatcher.from_dict(_dispatcher_data)

                dispatcher = dispatcher_type_0
            else:
                raise TypeError(
                    f"dispatcher: expected None | SwarmSpecDispatcher, got {type(_dispatcher_data).__name__}: {_dispatcher_data!r:.200}"
                )

            return dispatcher
        if deferred_name == "ca_config":
            _ca_config_data = src.get("CAConfig")
            ca_config: SwarmSpecCAConfig | None
            if _ca_config_data is None:
                ca_config = _ca_config_data
            elif isinstance(_ca_config_data, dict):
                ca_config_type_0 = SwarmSpecCAConfig.from_dict(_ca_config_data)

                ca_config = ca_config_type_0
            else:
                raise TypeError(
                    f"ca_config: expected None | SwarmSpecCAConfig, got {type(_ca_config_data).__name__}: {_ca_config_data!r:.200}"
                )

            return ca_config
        if deferred_name == "encryption_config":
            _encryption_config_data = src.get("EncryptionConfig")
            encryption_config: SwarmSpecEncryptionConfig | None
            if _encryption_config_data is None:
                encryption_config = _encryption_config_data
            elif isinstance(_encryption_config_data, dict):
                encryption_config_type_0 = SwarmSpecEncryptionConfig.from_dict(
                    _encryption_config_data
                )

                encryption_config = encryption_config_type_0
            else:
                raise TypeError(
                    f"encryption_config: expected None | SwarmSpecEncryptionConfig, got {type(_encryption_config_data).__name__}: {_encryption_config_data!r:.200}"
                )

            return encryption_config
        if deferred_name == "task_defaults":
            _task_defaults_data = src.get("TaskDefaults")
            task_defaults: SwarmSpecTaskDefaults | None
            if _task_defaults_data is None:
                task_defaults = _task_defaults_data
            elif isinstance(_task_defaults_data, dict):
                task_defaults_type_0 = SwarmSpecTaskDefaults.from_dict(_task_defaults_data)

                task_defaults = task_defaults_type_0
            else:
                raise TypeError(
                    f"task_defaults: expected None | SwarmSpecTaskDefaults, got {type(_task_defaults_data).__name__}: {_task_defaults_data!r:.200}"
                )

            return task_defaults
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Labels": "labels",
        "Orchestration": "orchestration",
        "Raft": "raft",
        "Dispatcher": "dispatcher",
        "CAConfig": "ca_config",
        "EncryptionConfig": "encryption_config",
        "TaskDefaults": "task_defaults",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> SwarmSpecLabels: ...
        @overload
        def __getitem__(self, key: Literal["Orchestration"]) -> SwarmSpecOrchestration: ...
        @overload
        def __getitem__(self, key: Literal["Raft"]) -> SwarmSpecRaft: ...
        @overload
        def __getitem__(self, key: Literal["Dispatcher"]) -> SwarmSpecDispatcher: ...
        @overload
        def __getitem__(self, key: Literal["CAConfig"]) -> SwarmSpecCAConfig: ...
        @overload
        def __getitem__(self, key: Literal["EncryptionConfig"]) -> SwarmSpecEncryptionConfig: ...
        @overload
        def __getitem__(self, key: Literal["TaskDefaults"]) -> SwarmSpecTaskDefaults: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> SwarmSpecLabels | None: ...
        @overload
        def get(
            self, key: Literal["Orchestration"], default: None = None
        ) -> SwarmSpecOrchestration | None: ...
        @overload
        def get(self, key: Literal["Raft"], default: None = None) -> SwarmSpecRaft | None: ...
        @overload
        def get(
            self, key: Literal["Dispatcher"], default: None = None
        ) -> SwarmSpecDispatcher | None: ...
        @overload
        def get(
            self, key: Literal["CAConfig"], default: None = None
        ) -> SwarmSpecCAConfig | None: ...
        @overload
        def get(
            self, key: Literal["EncryptionConfig"], default: None = None
        ) -> SwarmSpecEncryptionConfig | None: ...
        @overload
        def get(
            self, key: Literal["TaskDefaults"], default: None = None
        ) -> SwarmSpecTaskDefaults | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
from ..models.swarm_spec_labels import SwarmSpecLabels
from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
from ..models.swarm_spec_raft import SwarmSpecRaft
from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults
