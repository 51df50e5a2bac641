from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
    from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
    from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
    from ..models.swarm_spec_labels import SwarmSpecLabels
    from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
    from ..models.swarm_spec_raft import SwarmSpecRaft
    from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults


T = TypeVar("T", bound="SwarmSpec")


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
        from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
        from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
        from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
        from ..models.swarm_spec_labels import SwarmSpecLabels
        from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
        from ..models.swarm_spec_raft import SwarmSpecRaft
        from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults

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
        from ..models.swarm_spec_ca_config import SwarmSpecCAConfig
        from ..models.swarm_spec_dispatcher import SwarmSpecDispatcher
        from ..models.swarm_spec_encryption_config import SwarmSpecEncryptionConfig
        from ..models.swarm_spec_labels import SwarmSpecLabels
        from ..models.swarm_spec_orchestration import SwarmSpecOrchestration
        from ..models.swarm_spec_raft import SwarmSpecRaft
        from ..models.swarm_spec_task_defaults import SwarmSpecTaskDefaults

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> SwarmSpecLabels | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"labels: expected None | SwarmSpecLabels, got {type(data).__name__}: {data!r:.200}"
                )
            labels_type_0 = SwarmSpecLabels.from_dict(data)

            return labels_type_0

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_orchestration(data: object) -> SwarmSpecOrchestration | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"orchestration: expected None | SwarmSpecOrchestration, got {type(data).__name__}: {data!r:.200}"
                )
            orchestration_type_0 = SwarmSpecOrchestration.from_dict(data)

            return orchestration_type_0

        orchestration = _parse_orchestration(d.pop("Orchestration", UNSET))

        def _parse_raft(data: object) -> SwarmSpecRaft | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"raft: expected None | SwarmSpecRaft, got {type(data).__name__}: {data!r:.200}"
                )
            raft_type_0 = SwarmSpecRaft.from_dict(data)

            return raft_type_0

        raft = _parse_raft(d.pop("Raft", UNSET))

        def _parse_dispatcher(data: object) -> SwarmSpecDispatcher | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"dispatcher: expected None | SwarmSpecDispatcher, got {type(data).__name__}: {data!r:.200}"
                )
            dispatcher_type_0 = SwarmSpecDispatcher.from_dict(data)

            return dispatcher_type_0

        dispatcher = _parse_dispatcher(d.pop("Dispatcher", UNSET))

        def _parse_ca_config(data: object) -> SwarmSpecCAConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"ca_config: expected None | SwarmSpecCAConfig, got {type(data).__name__}: {data!r:.200}"
                )
            ca_config_type_0 = SwarmSpecCAConfig.from_dict(data)

            return ca_config_type_0

        ca_config = _parse_ca_config(d.pop("CAConfig", UNSET))

        def _parse_encryption_config(data: object) -> SwarmSpecEncryptionConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"encryption_config: expected None | SwarmSpecEncryptionConfig, got {type(data).__name__}: {data!r:.200}"
                )
            encryption_config_type_0 = SwarmSpecEncryptionConfig.from_dict(data)

            return encryption_config_type_0

        encryption_config = _parse_encryption_config(d.pop("EncryptionConfig", UNSET))

        def _parse_task_defaults(data: object) -> SwarmSpecTaskDefaults | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"task_defaults: expected None | SwarmSpecTaskDefaults, got {type(data).__name__}: {data!r:.200}"
                )
            task_defaults_type_0 = SwarmSpecTaskDefaults.from_dict(data)

            return task_defaults_type_0

        task_defaults = _parse_task_defaults(d.pop("TaskDefaults", UNSET))

        swarm_spec = cls(
            name=name,
            labels=labels,
            orchestration=orchestration,
            raft=raft,
            dispatcher=dispatcher,
            ca_config=ca_config,
            encryption_config=encryption_config,
            task_defaults=task_defaults,
        )

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
