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

T = TypeVar("T", bound="TaskSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpec(Model):
    """User modifiable task configuration."""

    __match_args__ = (
        "plugin_spec",
        "container_spec",
        "network_attachment_spec",
        "resources",
        "restart_policy",
        "placement",
        "force_update",
        "runtime",
        "networks",
        "log_driver",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    plugin_spec: TaskSpecPluginSpec | None
    """ Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    container_spec: TaskSpecContainerSpec | None
    """ Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    network_attachment_spec: TaskSpecNetworkAttachmentSpec | None
    """ Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    resources: TaskSpecResources | None
    """ Resource requirements which apply to each individual container created
    as part of the service.
     """
    restart_policy: TaskSpecRestartPolicy | None
    """ Specification for the restart policy which applies to containers
    created as part of this service.
     """
    placement: TaskSpecPlacement | None
    force_update: int | None
    """ A counter that triggers an update even if no relevant parameters have
    been changed.
     """
    runtime: str | None
    """ Runtime is the type of runtime specified for the task executor.
     """
    networks: list[NetworkAttachmentConfig] | None
    """ Specifies which networks the service should attach to. """
    log_driver: TaskSpecLogDriver | None
    """ Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        plugin_spec: TaskSpecPluginSpec | None = None,
        container_spec: TaskSpecContainerSpec | None = None,
        network_attachment_spec: TaskSpecNetworkAttachmentSpec | None = None,
        resources: TaskSpecResources | None = None,
        restart_policy: TaskSpecRestartPolicy | None = None,
        placement: TaskSpecPlacement | None = None,
        force_update: int | None = None,
        runtime: str | None = None,
        networks: list[NetworkAttachmentConfig] | None = None,
        log_driver: TaskSpecLogDriver | None = None,
    ) -> None:
        self.plugin_spec = plugin_spec
        self.container_spec = container_spec
        self.network_attachment_spec = network_attachment_spec
        self.resources = resources
        self.restart_policy = restart_policy
        self.placement = placement
        self.force_update = force_update
        self.runtime = runtime
        self.networks = networks
        self.log_driver = log_driver
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        plugin_spec = self.plugin_spec
        if plugin_spec is not None:
            plugin_spec_json: dict[str, Any] | None
            if isinstance(plugin_spec, TaskSpecPluginSpec):
                plugin_spec_json = plugin_spec.to_dict()
            else:
                plugin_spec_json = plugin_spec
            field_dict["PluginSpec"] = plugin_spec_json
        elif "PluginSpec" in self._sent:
            field_dict["PluginSpec"] = None

        container_spec = self.container_spec
        if container_spec is not None:
            container_spec_json: dict[str, Any] | None
            if isinstance(container_spec, TaskSpecContainerSpec):
                container_spec_json = container_spec.to_dict()
            else:
                container_spec_json = container_spec
            field_dict["ContainerSpec"] = container_spec_json
        elif "ContainerSpec" in self._sent:
            field_dict["ContainerSpec"] = None

        network_attachment_spec = self.network_attachment_spec
        if network_attachment_spec is not None:
            network_attachment_spec_json: dict[str, Any] | None
            if isinstance(network_attachment_spec, TaskSpecNetworkAttachmentSpec):
                network_attachment_spec_json = network_attachment_spec.to_dict()
            else:
                network_attachment_spec_json = network_attachment_spec
            field_dict["NetworkAttachmentSpec"] = network_attachment_spec_json
        elif "NetworkAttachmentSpec" in self._sent:
            field_dict["NetworkAttachmentSpec"] = None

        resources = self.resources
        if resources is not None:
            resources_json: dict[str, Any] | None
            if isinstance(resources, TaskSpecResources):
                resources_json = resources.to_dict()
            else:
                resources_json = resources
            field_dict["Resources"] = resources_json
        elif "Resources" in self._sent:
            field_dict["Resources"] = None

        restart_policy = self.restart_policy
        if restart_policy is not None:
            restart_policy_json: dict[str, Any] | None
            if isinstance(restart_policy, TaskSpecRestartPolicy):
                restart_policy_json = restart_policy.to_dict()
            else:
                restart_policy_json = restart_policy
            field_dict["RestartPolicy"] = restart_policy_json
        elif "RestartPolicy" in self._sent:
            field_dict["RestartPolicy"] = None

        placement = self.placement
        if placement is not None:
            placement_json: dict[str, Any] | None
            if isinstance(placement, TaskSpecPlacement):
                placement_json = placement.to_dict()
            else:
                placement_json = placement
            field_dict["Placement"] = placement_json
        elif "Placement" in self._sent:
            field_dict["Placement"] = None

        if self.force_update is not None:
            field_dict["ForceUpdate"] = self.force_update
        elif "ForceUpdate" in self._sent:
            field_dict["ForceUpdate"] = None

        if self.runtime is not None:
            field_dict["Runtime"] = self.runtime
        elif "Runtime" in self._sent:
            field_dict["Runtime"] = None

        networks = self.networks
        if networks is not None:
            networks_json: list[dict[str, Any]] | None
            if isinstance(networks, list):
                networks_json = []
                for networks_type_0_item_data in networks:
                    networks_type_0_item = networks_type_0_item_data.to_dict()
                    networks_json.append(networks_type_0_item)

            else:
                networks_json = networks
            field_dict["Networks"] = networks_json
        elif "Networks" in self._sent:
            field_dict["Networks"] = None

        log_driver = self.log_driver
        if log_driver is not None:
            log_driver_json: dict[str, Any] | None
            if isinstance(log_driver, TaskSpecLogDriver):
                log_driver_json = log_driver.to_dict()
            else:
                log_driver_json = log_driver
            field_dict["LogDriver"] = log_driver_json
        elif "LogDriver" in self._sent:
            field_dict["LogDriver"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("PluginSpec", None)

        d.pop("ContainerSpec", None)

        d.pop("NetworkAttachmentSpec", None)

        d.pop("Resources", None)

        d.pop("RestartPolicy", None)

        d.pop("Placement", None)

        force_update = d.pop("ForceUpdate", None)

        runtime = d.pop("Runtime", None)

        d.pop("Networks", None)

        d.pop("LogDriver", None)

        task_spec = _new(cls)
        task_spec._sent = src_dict
        task_spec.force_update = force_update
        task_spec.runtime = runtime
        task_spec.additional_properties = d
        return task_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "plugin_spec",
            "container_spec",
            "network_attachment_spec",
            "resources",
            "restart_policy",
            "placement",
            "networks",
            "log_driver",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "plugin_spec":
            _plugin_spec_data = src.get("PluginSpec")
            plugin_spec: TaskSpecPluginSpec | None
            if _plugin_spec_data is None:
                plugin_spec = _plugin_spec_data
            elif isinstance(_plugin_spec_data, dict):
                plugin_spec_type_0 = TaskSpecPluginSpec.from_dict(_plugin_spec_data)

                plugin_spec = plugin_spec_type_0
            else:
                raise TypeError(
                    f"plugin_spec: expected None | TaskSpecPluginSpec, got {type(_plugin_spec_data).__name__}: {_plugin_spec_data!r:.200}"
                )

            return plugin_spec
        if deferred_name == "container_spec":
            _container_spec_data = src.get("ContainerSpec")
            container_spec: TaskSpecContainerSpec | None
            if _container_spec_data is None:
                container_spec = _container_spec_data
            elif isinstance(_container_spec_data, dict):
                container_spec_type_0 = TaskSpecContainerSpec.from_dict(_container_spec_data)

                container_spec = container_spec_type_0
            else:
                raise TypeError(
                    f"container_spec: expected None | TaskSpecContainerSpec, got {type(_container_spec_data).__name__}: {_container_spec_data!r:.200}"
                )

            return container_spec
        if deferred_name == "network_attachment_spec":
            _network_attachment_spec_data = src.get("NetworkAttachmentSpec")
            network_attachment_spec: TaskSpecNetworkAttachmentSpec | None
            if _network_attachment_spec_data is None:
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

            return network_attachment_spec
        if deferred_name == "resources":
            _resources_data = src.get("Resources")
            resources: TaskSpecResources | None
            if _resources_data is None:
                resources = _resources_data
            elif isinstance(_resources_data, dict):
                resources_type_0 = TaskSpecResources.from_dict(_resources_data)

                resources = resources_type_0
            else:
                raise TypeError(
                    f"resources: expected None | TaskSpecResources, got {type(_resources_data).__name__}: {_resources_data!r:.200}"
                )

            return resources
        if deferred_name == "restart_policy":
            _restart_policy_data = src.get("RestartPolicy")
            restart_policy: TaskSpecRestartPolicy | None
            if _restart_policy_data is None:
                restart_policy = _restart_policy_data
            elif isinstance(_restart_policy_data, dict):
                restart_policy_type_0 = TaskSpecRestartPolicy.from_dict(_restart_policy_data)

                restart_policy = restart_policy_type_0
            else:
                raise TypeError(
                    f"restart_policy: expected None | TaskSpecRestartPolicy, got {type(_restart_policy_data).__name__}: {_restart_policy_data!r:.200}"
                )

            return restart_policy
        if deferred_name == "placement":
            _placement_data = src.get("Placement")
            placement: TaskSpecPlacement | None
            if _placement_data is None:
                placement = _placement_data
            elif isinstance(_placement_data, dict):
                placement_type_0 = TaskSpecPlacement.from_dict(_placement_data)

                placement = placement_type_0
            else:
                raise TypeError(
                    f"placement: expected None | TaskSpecPlacement, got {type(_placement_data).__name__}: {_placement_data!r:.200}"
                )

            return placement
        if deferred_name == "networks":
            _networks_data = src.get("Networks")
            networks: list[NetworkAttachmentConfig] | None
            if _networks_data is None:
                networks = _networks_data
            elif isinstance(_networks_data, list):
                networks_type_0 = []
                _networks_type_0 = _networks_data
                for networks_type_0_item_data in _networks_type_0:
                    networks_type_0_item = NetworkAttachmentConfig.from_dict(
                        networks_type_0_item_data
                    )

                    networks_type_0.append(networks_type_0_item)

                networks = networks_type_0
            else:
                raise TypeError(
                    f"networks: expected list[NetworkAttachmentConfig] | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
                )

            return networks
        if deferred_name == "log_driver":
            _log_driver_data = src.get("LogDriver")
            log_driver: TaskSpecLogDriver | None
            if _log_driver_data is None:
                log_driver = _log_driver_data
            elif isinstance(_log_driver_data, dict):
                log_driver_type_0 = TaskSpecLogDriver.from_dict(_log_driver_data)

                log_driver = log_driver_type_0
            else:
                raise TypeError(
                    f"log_driver: expected None | TaskSpecLogDriver, got {type(_log_driver_data).__name__}: {_log_driver_data!r:.200}"
                )

            return log_driver
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "PluginSpec": "plugin_spec",
        "ContainerSpec": "container_spec",
        "NetworkAttachmentSpec": "network_attachment_spec",
        "Resources": "resources",
        "RestartPolicy": "restart_policy",
        "Placement": "placement",
        "ForceUpdate": "force_update",
        "Runtime": "runtime",
        "Networks": "networks",
        "LogDriver": "log_driver",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["PluginSpec"]) -> TaskSpecPluginSpec: ...
        @overload
        def __getitem__(self, key: Literal["ContainerSpec"]) -> TaskSpecContainerSpec: ...
        @overload
        def __getitem__(
            self, key: Literal["NetworkAttachmentSpec"]
        ) -> TaskSpecNetworkAttachmentSpec: ...
        @overload
        def __getitem__(self, key: Literal["Resources"]) -> TaskSpecResources: ...
        @overload
        def __getitem__(self, key: Literal["RestartPolicy"]) -> TaskSpecRestartPolicy: ...
        @overload
        def __getitem__(self, key: Literal["Placement"]) -> TaskSpecPlacement: ...
        @overload
        def __getitem__(self, key: Literal["ForceUpdate"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Runtime"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Networks"]) -> list[NetworkAttachmentConfig]: ...
        @overload
        def __getitem__(self, key: Literal["LogDriver"]) -> TaskSpecLogDriver: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["PluginSpec"], default: None = None
        ) -> TaskSpecPluginSpec | None: ...
        @overload
        def get(
            self, key: Literal["ContainerSpec"], default: None = None
        ) -> TaskSpecContainerSpec | None: ...
        @overload
        def get(
            self, key: Literal["NetworkAttachmentSpec"], default: None = None
        ) -> TaskSpecNetworkAttachmentSpec | None: ...
        @overload
        def get(
            self, key: Literal["Resources"], default: None = None
        ) -> TaskSpecResources | None: ...
        @overload
        def get(
            self, key: Literal["RestartPolicy"], default: None = None
        ) -> TaskSpecRestartPolicy | None: ...
        @overload
        def get(
            self, key: Literal["Placement"], default: None = None
        ) -> TaskSpecPlacement | None: ...
        @overload
        def get(self, key: Literal["ForceUpdate"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: Literal["Runtime"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Networks"], default: None = None
        ) -> list[NetworkAttachmentConfig] | None: ...
        @overload
        def get(
            self, key: Literal["LogDriver"], default: None = None
        ) -> TaskSpecLogDriver | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.network_attachment_config import NetworkAttachmentConfig
from ..models.task_spec_container_spec import TaskSpecContainerSpec
from ..models.task_spec_log_driver import TaskSpecLogDriver
from ..models.task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
from ..models.task_spec_placement import TaskSpecPlacement
from ..models.task_spec_plugin_spec import TaskSpecPluginSpec
from ..models.task_spec_resources import TaskSpecResources
from ..models.task_spec_restart_policy import TaskSpecRestartPolicy
