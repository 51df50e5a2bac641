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

T = TypeVar("T", bound="ServiceCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceCreateRequest(Model):
    __match_args__ = (
        "name",
        "labels",
        "task_template",
        "mode",
        "update_config",
        "rollback_config",
        "networks",
        "endpoint_spec",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name of the service. """
    labels: ServiceSpecLabels | None
    """ User-defined key/value metadata. """
    task_template: TaskSpec | None
    mode: ServiceSpecMode | None
    """ Scheduling mode for the service. """
    update_config: ServiceSpecUpdateConfig | None
    """ Specification for the update strategy of the service. """
    rollback_config: ServiceSpecRollbackConfig | None
    """ Specification for the rollback strategy of the service. """
    networks: list[NetworkAttachmentConfig] | None
    """ Specifies which networks the service should attach to.

    Deprecated: This field is deprecated since v1.44. The Networks field in TaskSpec should be used instead.
     """
    endpoint_spec: EndpointSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        labels: ServiceSpecLabels | None = None,
        task_template: TaskSpec | None = None,
        mode: ServiceSpecMode | None = None,
        update_config: ServiceSpecUpdateConfig | None = None,
        rollback_config: ServiceSpecRollbackConfig | None = None,
        networks: list[NetworkAttachmentConfig] | None = None,
        endpoint_spec: EndpointSpec | None = None,
    ) -> None:
        self.name = name
        self.labels = labels
        self.task_template = task_template
        self.mode = mode
        self.update_config = update_config
        self.rollback_config = rollback_config
        self.networks = networks
        self.endpoint_spec = endpoint_spec
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
            if isinstance(labels, ServiceSpecLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        task_template = self.task_template
        if task_template is not None:
            task_template_json: dict[str, Any] | None
            if isinstance(task_template, TaskSpec):
                task_template_json = task_template.to_dict()
            else:
                task_template_json = task_template
            field_dict["TaskTemplate"] = task_template_json
        elif "TaskTemplate" in self._sent:
            field_dict["TaskTemplate"] = None

        mode = self.mode
        if mode is not None:
            mode_json: dict[str, Any] | None
            if isinstance(mode, ServiceSpecMode):
                mode_json = mode.to_dict()
            else:
                mode_json = mode
            field_dict["Mode"] = mode_json
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        update_config = self.update_config
        if update_config is not None:
            update_config_json: dict[str, Any] | None
            if isinstance(update_config, ServiceSpecUpdateConfig):
                update_config_json = update_config.to_dict()
            else:
                update_config_json = update_config
            field_dict["UpdateConfig"] = update_config_json
        elif "UpdateConfig" in self._sent:
            field_dict["UpdateConfig"] = None

        rollback_config = self.rollback_config
        if rollback_config is not None:
            rollback_config_json: dict[str, Any] | None
            if isinstance(rollback_config, ServiceSpecRollbackConfig):
                rollback_config_json = rollback_config.to_dict()
            else:
                rollback_config_json = rollback_config
            field_dict["RollbackConfig"] = rollback_config_json
        elif "RollbackConfig" in self._sent:
            field_dict["RollbackConfig"] = None

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

        endpoint_spec = self.endpoint_spec
        if endpoint_spec is not None:
            endpoint_spec_json: dict[str, Any] | None
            if isinstance(endpoint_spec, EndpointSpec):
                endpoint_spec_json = endpoint_spec.to_dict()
            else:
                endpoint_spec_json = endpoint_spec
            field_dict["EndpointSpec"] = endpoint_spec_json
        elif "EndpointSpec" in self._sent:
            field_dict["EndpointSpec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Labels", None)

        d.pop("TaskTemplate", None)

        d.pop("Mode", None)

        d.pop("UpdateConfig", None)

        d.pop("RollbackConfig", None)

        d.pop("Networks", None)

        d.pop("EndpointSpec", None)

        service_create_request = _new(cls)
        service_create_request._sent = src_dict
        service_create_request.name = name
        service_create_request.additional_properties = d
        return service_create_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "task_template",
            "mode",
            "update_config",
            "rollback_config",
            "networks",
            "endpoint_spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: ServiceSpecLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ServiceSpecLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected None | ServiceSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "task_template":
            _task_template_data = src.get("TaskTemplate")
            task_template: TaskSpec | None
            if _task_template_data is None:
                task_template = _task_template_data
            elif isinstance(_task_template_data, dict):
                task_template_type_0 = TaskSpec.from_dict(_task_template_data)

                task_template = task_template_type_0
            else:
                raise TypeError(
                    f"task_template: expected None | TaskSpec, got {type(_task_template_data).__name__}: {_task_template_data!r:.200}"
                )

            return task_template
        if deferred_name == "mode":
            _mode_data = src.get("Mode")
            mode: ServiceSpecMode | None
            if _mode_data is None:
                mode = _mode_data
            elif isinstance(_mode_data, dict):
                mode_type_0 = ServiceSpecMode.from_dict(_mode_data)

                mode = mode_type_0
            else:
                raise TypeError(
                    f"mode: expected None | ServiceSpecMode, got {type(_mode_data).__name__}: {_mode_data!r:.200}"
                )

            return mode
        if deferred_name == "update_config":
            _update_config_data = src.get("UpdateConfig")
            update_config: ServiceSpecUpdateConfig | None
            if _update_config_data is None:
                update_config = _update_config_data
            elif isinstance(_update_config_data, dict):
                update_config_type_0 = ServiceSpecUpdateConfig.from_dict(_update_config_data)

                update_config = update_config_type_0
            else:
                raise TypeError(
                    f"update_config: expected None | ServiceSpecUpdateConfig, got {type(_update_config_data).__name__}: {_update_config_data!r:.200}"
                )

            return update_config
        if deferred_name == "rollback_config":
            _rollback_config_data = src.get("RollbackConfig")
            rollback_config: ServiceSpecRollbackConfig | None
            if _rollback_config_data is None:
                rollback_config = _rollback_config_data
            elif isinstance(_rollback_config_data, dict):
                rollback_config_type_0 = ServiceSpecRollbackConfig.from_dict(_rollback_config_data)

                rollback_config = rollback_config_type_0
            else:
                raise TypeError(
                    f"rollback_config: expected None | ServiceSpecRollbackConfig, got {type(_rollback_config_data).__name__}: {_rollback_config_data!r:.200}"
                )

            return rollback_config
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
        if deferred_name == "endpoint_spec":
            _endpoint_spec_data = src.get("EndpointSpec")
            endpoint_spec: EndpointSpec | None
            if _endpoint_spec_data is None:
                endpoint_spec = _endpoint_spec_data
            elif isinstance(_endpoint_spec_data, dict):
                endpoint_spec_type_0 = EndpointSpec.from_dict(_endpoint_spec_data)

                endpoint_spec = endpoint_spec_type_0
            else:
                raise TypeError(
                    f"endpoint_spec: expected EndpointSpec | None, got {type(_endpoint_spec_data).__name__}: {_endpoint_spec_data!r:.200}"
                )

            return endpoint_spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Labels": "labels",
        "TaskTemplate": "task_template",
        "Mode": "mode",
        "UpdateConfig": "update_config",
        "RollbackConfig": "rollback_config",
        "Networks": "networks",
        "EndpointSpec": "endpoint_spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ServiceSpecLabels: ...
        @overload
        def __getitem__(self, key: Literal["TaskTemplate"]) -> TaskSpec: ...
        @overload
        def __getitem__(self, key: Literal["Mode"]) -> ServiceSpecMode: ...
        @overload
        def __getitem__(self, key: Literal["UpdateConfig"]) -> ServiceSpecUpdateConfig: ...
        @overload
        def __getitem__(self, key: Literal["RollbackConfig"]) -> ServiceSpecRollbackConfig: ...
        @overload
        def __getitem__(self, key: Literal["Networks"]) -> list[NetworkAttachmentConfig]: ...
        @overload
        def __getitem__(self, key: Literal["EndpointSpec"]) -> EndpointSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> ServiceSpecLabels | None: ...
        @overload
        def get(self, key: Literal["TaskTemplate"], default: None = None) -> TaskSpec | None: ...
        @overload
        def get(self, key: Literal["Mode"], default: None = None) -> ServiceSpecMode | None: ...
        @overload
        def get(
            self, key: Literal["UpdateConfig"], default: None = None
        ) -> ServiceSpecUpdateConfig | None: ...
        @overload
        def get(
            self, key: Literal["RollbackConfig"], default: None = None
        ) -> ServiceSpecRollbackConfig | None: ...
        @overload
        def get(
            self, key: Literal["Networks"], default: None = None
        ) -> list[NetworkAttachmentConfig] | None: ...
        @overload
        def get(
            self, key: Literal["EndpointSpec"], default: None = None
        ) -> EndpointSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.endpoint_spec import EndpointSpec
from ..models.network_attachment_config import NetworkAttachmentConfig
from ..models.service_spec_labels import ServiceSpecLabels
from ..models.service_spec_mode import ServiceSpecMode
from ..models.service_spec_rollback_config import ServiceSpecRollbackConfig
from ..models.service_spec_update_config import ServiceSpecUpdateConfig
from ..models.task_spec import TaskSpec
