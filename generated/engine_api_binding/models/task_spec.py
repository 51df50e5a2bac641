from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpec:
    """User modifiable task configuration."""

    plugin_spec: TaskSpecPluginSpec | Unset | None = UNSET
    """ Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    container_spec: TaskSpecContainerSpec | Unset | None = UNSET
    """ Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    network_attachment_spec: TaskSpecNetworkAttachmentSpec | Unset | None = UNSET
    """ Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    resources: TaskSpecResources | Unset | None = UNSET
    """ Resource requirements which apply to each individual container created
    as part of the service.
     """
    restart_policy: TaskSpecRestartPolicy | Unset | None = UNSET
    """ Specification for the restart policy which applies to containers
    created as part of this service.
     """
    placement: TaskSpecPlacement | Unset | None = UNSET
    force_update: int | Unset = UNSET
    """ A counter that triggers an update even if no relevant parameters have
    been changed.
     """
    runtime: str | Unset = UNSET
    """ Runtime is the type of runtime specified for the task executor.
     """
    networks: list[NetworkAttachmentConfig] | Unset | None = UNSET
    """ Specifies which networks the service should attach to. """
    log_driver: TaskSpecLogDriver | Unset | None = UNSET
    """ Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_spec: dict[str, Any] | Unset | None
        if isinstance(self.plugin_spec, Unset):
            plugin_spec = UNSET
        elif isinstance(self.plugin_spec, TaskSpecPluginSpec):
            plugin_spec = self.plugin_spec.to_dict()
        else:
            plugin_spec = self.plugin_spec

        container_spec: dict[str, Any] | Unset | None
        if isinstance(self.container_spec, Unset):
            container_spec = UNSET
        elif isinstance(self.container_spec, TaskSpecContainerSpec):
            container_spec = self.container_spec.to_dict()
        else:
            container_spec = self.container_spec

        network_attachment_spec: dict[str, Any] | Unset | None
        if isinstance(self.network_attachment_spec, Unset):
            network_attachment_spec = UNSET
        elif isinstance(self.network_attachment_spec, TaskSpecNetworkAttachmentSpec):
            network_attachment_spec = self.network_attachment_spec.to_dict()
        else:
            network_attachment_spec = self.network_attachment_spec

        resources: dict[str, Any] | Unset | None
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, TaskSpecResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        restart_policy: dict[str, Any] | Unset | None
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, TaskSpecRestartPolicy):
            restart_policy = self.restart_policy.to_dict()
        else:
            restart_policy = self.restart_policy

        placement: dict[str, Any] | Unset | None
        if isinstance(self.placement, Unset):
            placement = UNSET
        elif isinstance(self.placement, TaskSpecPlacement):
            placement = self.placement.to_dict()
        else:
            placement = self.placement

        force_update = self.force_update

        runtime = self.runtime

        networks: list[dict[str, Any]] | Unset | None
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.to_dict()
                networks.append(networks_type_0_item)

        else:
            networks = self.networks

        log_driver: dict[str, Any] | Unset | None
        if isinstance(self.log_driver, Unset):
            log_driver = UNSET
        elif isinstance(self.log_driver, TaskSpecLogDriver):
            log_driver = self.log_driver.to_dict()
        else:
            log_driver = self.log_driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plugin_spec is not UNSET:
            field_dict["PluginSpec"] = plugin_spec
        if container_spec is not UNSET:
            field_dict["ContainerSpec"] = container_spec
        if network_attachment_spec is not UNSET:
            field_dict["NetworkAttachmentSpec"] = network_attachment_spec
        if resources is not UNSET:
            field_dict["Resources"] = resources
        if restart_policy is not UNSET:
            field_dict["RestartPolicy"] = restart_policy
        if placement is not UNSET:
            field_dict["Placement"] = placement
        if force_update is not UNSET:
            field_dict["ForceUpdate"] = force_update
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if networks is not UNSET:
            field_dict["Networks"] = networks
        if log_driver is not UNSET:
            field_dict["LogDriver"] = log_driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _plugin_spec_data = d.pop("PluginSpec", UNSET)
        plugin_spec: TaskSpecPluginSpec | Unset | None
        if _plugin_spec_data is None or _plugin_spec_data is UNSET:
            plugin_spec = _plugin_spec_data
        elif isinstance(_plugin_spec_data, dict):
            plugin_spec_type_0 = TaskSpecPluginSpec.from_dict(_plugin_spec_data)

            plugin_spec = plugin_spec_type_0
        else:
            raise TypeError(
                f"plugin_spec: expected None | TaskSpecPluginSpec, got {type(_plugin_spec_data).__name__}: {_plugin_spec_data!r:.200}"
            )

        _container_spec_data = d.pop("ContainerSpec", UNSET)
        container_spec: TaskSpecContainerSpec | Unset | None
        if _container_spec_data is None or _container_spec_data is UNSET:
            container_spec = _container_spec_data
        elif isinstance(_container_spec_data, dict):
            container_spec_type_0 = TaskSpecContainerSpec.from_dict(_container_spec_data)

            container_spec = container_spec_type_0
        else:
            raise TypeError(
                f"container_spec: expected None | TaskSpecContainerSpec, got {type(_container_spec_data).__name__}: {_container_spec_data!r:.200}"
            )

        _network_attachment_spec_data = d.pop("NetworkAttachmentSpec", UNSET)
        network_attachment_spec: TaskSpecNetworkAttachmentSpec | Unset | None
        if _network_attachment_spec_data is None or _network_attachment_spec_data is UNSET:
            network_attachment_spec = _network_attachment_spec_data
        elif isinstance(_network_attachment_spec_data, dict):
            network_attachment_spec_type_0 = TaskSpecNetworkAttachmentSpec.from_dict(
                _network_attachment_spec_data
            )

            network_attachment_spec = network_attachment_spec_type_0
        else:
            raise TypeError(
                f"network_attachment_spec: expected None | TaskSpecNetworkAttachmentSpec, got {type(_network_attachment_spec_data).__name__}: {_network_attachment_spec_data!r:.200}"
            )

        _resources_data = d.pop("Resources", UNSET)
        resources: TaskSpecResources | Unset | None
        if _resources_data is None or _resources_data is UNSET:
            resources = _resources_data
        elif isinstance(_resources_data, dict):
            resources_type_0 = TaskSpecResources.from_dict(_resources_data)

            resources = resources_type_0
        else:
            raise TypeError(
                f"resources: expected None | TaskSpecResources, got {type(_resources_data).__name__}: {_resources_data!r:.200}"
            )

        _restart_policy_data = d.pop("RestartPolicy", UNSET)
        restart_policy: TaskSpecRestartPolicy | Unset | None
        if _restart_policy_data is None or _restart_policy_data is UNSET:
            restart_policy = _restart_policy_data
        elif isinstance(_restart_policy_data, dict):
            restart_policy_type_0 = TaskSpecRestartPolicy.from_dict(_restart_policy_data)

            restart_policy = restart_policy_type_0
        else:
            raise TypeError(
                f"restart_policy: expected None | TaskSpecRestartPolicy, got {type(_restart_policy_data).__name__}: {_restart_policy_data!r:.200}"
            )

        _placement_data = d.pop("Placement", UNSET)
        placement: TaskSpecPlacement | Unset | None
        if _placement_data is None or _placement_data is UNSET:
            placement = _placement_data
        elif isinstance(_placement_data, dict):
            placement_type_0 = TaskSpecPlacement.from_dict(_placement_data)

            placement = placement_type_0
        else:
            raise TypeError(
                f"placement: expected None | TaskSpecPlacement, got {type(_placement_data).__name__}: {_placement_data!r:.200}"
            )

        force_update = d.pop("ForceUpdate", UNSET)

        runtime = d.pop("Runtime", UNSET)

        _networks_data = d.pop("Networks", UNSET)
        networks: list[NetworkAttachmentConfig] | Unset | None
        if _networks_data is None or _networks_data is UNSET:
            networks = _networks_data
        elif isinstance(_networks_data, list):
            networks_type_0 = []
            _networks_type_0 = _networks_data
            for networks_type_0_item_data in _networks_type_0:
                networks_type_0_item = NetworkAttachmentConfig.from_dict(networks_type_0_item_data)

                networks_type_0.append(networks_type_0_item)

            networks = networks_type_0
        else:
            raise TypeError(
                f"networks: expected list[NetworkAttachmentConfig] | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
            )

        _log_driver_data = d.pop("LogDriver", UNSET)
        log_driver: TaskSpecLogDriver | Unset | None
        if _log_driver_data is None or _log_driver_data is UNSET:
            log_driver = _log_driver_data
        elif isinstance(_log_driver_data, dict):
            log_driver_type_0 = TaskSpecLogDriver.from_dict(_log_driver_data)

            log_driver = log_driver_type_0
        else:
            raise TypeError(
                f"log_driver: expected None | TaskSpecLogDriver, got {type(_log_driver_data).__name__}: {_log_driver_data!r:.200}"
            )

        task_spec = _new(cls)
        task_spec.plugin_spec = plugin_spec
        task_spec.container_spec = container_spec
        task_spec.network_attachment_spec = network_attachment_spec
        task_spec.resources = resources
        task_spec.restart_policy = restart_policy
        task_spec.placement = placement
        task_spec.force_update = force_update
        task_spec.runtime = runtime
        task_spec.networks = networks
        task_spec.log_driver = log_driver
        task_spec.additional_properties = d
        return task_spec

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


from ..models.network_attachment_config import NetworkAttachmentConfig
from ..models.task_spec_container_spec import TaskSpecContainerSpec
from ..models.task_spec_log_driver import TaskSpecLogDriver
from ..models.task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
from ..models.task_spec_placement import TaskSpecPlacement
from ..models.task_spec_plugin_spec import TaskSpecPluginSpec
from ..models.task_spec_resources import TaskSpecResources
from ..models.task_spec_restart_policy import TaskSpecRestartPolicy
