from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwarmSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SwarmSpec:
    """User modifiable swarm configuration."""

    name: str | Unset = UNSET
    """ Name of the swarm. """
    labels: SwarmSpecLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    orchestration: SwarmSpecOrchestration | Unset | None = UNSET
    """ Orchestration configuration. """
    raft: SwarmSpecRaft | Unset | None = UNSET
    """ Raft configuration. """
    dispatcher: SwarmSpecDispatcher | Unset | None = UNSET
    """ Dispatcher configuration. """
    ca_config: SwarmSpecCAConfig | Unset | None = UNSET
    """ CA configuration. """
    encryption_config: SwarmSpecEncryptionConfig | Unset | None = UNSET
    """ Parameters related to encryption-at-rest. """
    task_defaults: SwarmSpecTaskDefaults | Unset | None = UNSET
    """ Defaults for creating tasks in this cluster. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, SwarmSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        orchestration: dict[str, Any] | Unset | None
        if isinstance(self.orchestration, Unset):
            orchestration = UNSET
        elif isinstance(self.orchestration, SwarmSpecOrchestration):
            orchestration = self.orchestration.to_dict()
        else:
            orchestration = self.orchestration

        raft: dict[str, Any] | Unset | None
        if isinstance(self.raft, Unset):
            raft = UNSET
        elif isinstance(self.raft, SwarmSpecRaft):
            raft = self.raft.to_dict()
        else:
            raft = self.raft

        dispatcher: dict[str, Any] | Unset | None
        if isinstance(self.dispatcher, Unset):
            dispatcher = UNSET
        elif isinstance(self.dispatcher, SwarmSpecDispatcher):
            dispatcher = self.dispatcher.to_dict()
        else:
            dispatcher = self.dispatcher

        ca_config: dict[str, Any] | Unset | None
        if isinstance(self.ca_config, Unset):
            ca_config = UNSET
        elif isinstance(self.ca_config, SwarmSpecCAConfig):
            ca_config = self.ca_config.to_dict()
        else:
            ca_config = self.ca_config

        encryption_config: dict[str, Any] | Unset | None
        if isinstance(self.encryption_config, Unset):
            encryption_config = UNSET
        elif isinstance(self.encryption_config, SwarmSpecEncryptionConfig):
            encryption_config = self.encryption_config.to_dict()
        else:
            encryption_config = self.encryption_config

        task_defaults: dict[str, Any] | Unset | None
        if isinstance(self.task_defaults, Unset):
            task_defaults = UNSET
        elif isinstance(self.task_defaults, SwarmSpecTaskDefaults):
            task_defaults = self.task_defaults.to_dict()
        else:
            task_defaults = self.task_defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if orchestration is not UNSET:
            field_dict["Orchestration"] = orchestration
        if raft is not UNSET:
            field_dict["Raft"] = raft
        if dispatcher is not UNSET:
            field_dict["Dispatcher"] = dispatcher
        if ca_config is not UNSET:
            field_dict["CAConfig"] = ca_config
        if encryption_config is not UNSET:
            field_dict["EncryptionConfig"] = encryption_config
        if task_defaults is not UNSET:
            field_dict["TaskDefaults"] = task_defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: SwarmSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = SwarmSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | SwarmSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _orchestration_data = d.pop("Orchestration", UNSET)
        orchestration: SwarmSpecOrchestration | Unset | None
        if _orchestration_data is None or _orchestration_data is UNSET:
            orchestration = _orchestration_data
        elif isinstance(_orchestration_data, dict):
            orchestration_type_0 = SwarmSpecOrchestration.from_dict(_orchestration_data)

            orchestration = orchestration_type_0
        else:
            raise TypeError(
                f"orchestration: expected None | SwarmSpecOrchestration, got {type(_orchestration_data).__name__}: {_orchestration_data!r:.200}"
            )

        _raft_data = d.pop("Raft", UNSET)
        raft: SwarmSpecRaft | Unset | None
        if _raft_data is None or _raft_data is UNSET:
            raft = _raft_data
        elif isinstance(_raft_data, dict):
            raft_type_0 = SwarmSpecRaft.from_dict(_raft_data)

            raft = raft_type_0
        else:
            raise TypeError(
                f"raft: expected None | SwarmSpecRaft, got {type(_raft_data).__name__}: {_raft_data!r:.200}"
            )

        _dispatcher_data = d.pop("Dispatcher", UNSET)
        dispatcher: SwarmSpecDispatcher | Unset | None
        if _dispatcher_data is None or _dispatcher_data is UNSET:
            dispatcher = _dispatcher_data
        elif isinstance(_dispatcher_data, dict):
            dispatcher_type_0 = SwarmSpecDispatcher.from_dict(_dispatcher_data)

            dispatcher = dispatcher_type_0
        else:
            raise TypeError(
                f"dispatcher: expected None | SwarmSpecDispatcher, got {type(_dispatcher_data).__name__}: {_dispatcher_data!r:.200}"
            )

        _ca_config_data = d.pop("CAConfig", UNSET)
        ca_config: SwarmSpecCAConfig | Unset | None
        if _ca_config_data is None or _ca_config_data is UNSET:
            ca_config = _ca_config_data
        elif isinstance(_ca_config_data, dict):
            ca_config_type_0 = SwarmSpecCAConfig.from_dict(_ca_config_data)

            ca_config = ca_config_type_0
        else:
            raise TypeError(
                f"ca_config: expected None | SwarmSpecCAConfig, got {type(_ca_config_data).__name__}: {_ca_config_data!r:.200}"
            )

        _encryption_config_data = d.pop("EncryptionConfig", UNSET)
        encryption_config: SwarmSpecEncryptionConfig | Unset | None
        if _encryption_config_data is None or _encryption_config_data is UNSET:
            encryption_config = _encryption_config_data
        elif isinstance(_encryption_config_data, dict):
            encryption_config_type_0 = SwarmSpecEncryptionConfig.from_dict(_encryption_config_data)

            encryption_config = encryption_config_type_0
        else:
            raise TypeError(
                f"encryption_config: expected None | SwarmSpecEncryptionConfig, got {type(_encryption_config_data).__name__}: {_encryption_config_data!r:.200}"
            )

        _task_defaults_data = d.pop("TaskDefaults", UNSET)
        task_defaults: SwarmSpecTaskDefaults | Unset | None
        if _task_defaults_data is None or _task_defaults_data is UNSET:
            task_defaults = _task_defaults_data
        elif isinstance(_task_defaults_data, dict):
            task_defaults_type_0 = SwarmSpecTaskDefaults.from_dict(_task_defaults_data)

            task_defaults = task_defaults_type_0
        else:
            raise TypeError(
                f"task_defaults: expected None | SwarmSpecTaskDefaults, got {type(_task_defaults_data).__name__}: {_task_defaults_data!r:.200}"
            )

        swarm_spec = _new(cls)
        swarm_spec.name = name
        swarm_spec.labels = labels
        swarm_spec.orchestration = orchestration
        swarm_spec.raft = raft
        swarm_spec.dispatcher = dispatcher
        swarm_spec.ca_config = ca_config
        swarm_spec.encryption_config = encryption_config
        swarm_spec.task_defaults = task_defaults
        swarm_spec.additional_properties = d
        return swarm_spec

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


from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
from ..models.swarm_spec_labels import SwarmSpecLabels
from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
from ..models.swarm_spec_raft import SwarmSpecRaft
from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults
