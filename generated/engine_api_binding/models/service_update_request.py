from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUpdateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ServiceUpdateRequest:
    name: str | Unset = UNSET
    """ Name of the service. """
    labels: ServiceSpecLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    task_template: TaskSpec | Unset | None = UNSET
    mode: ServiceSpecMode | Unset | None = UNSET
    """ Scheduling mode for the service. """
    update_config: ServiceSpecUpdateConfig | Unset | None = UNSET
    """ Specification for the update strategy of the service. """
    rollback_config: ServiceSpecRollbackConfig | Unset | None = UNSET
    """ Specification for the rollback strategy of the service. """
    networks: list[NetworkAttachmentConfig] | Unset | None = UNSET
    """ Specifies which networks the service should attach to.

    Deprecated: This field is deprecated since v1.44. The Networks field in TaskSpec should be used instead.
     """
    endpoint_spec: EndpointSpec | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ServiceSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        task_template: dict[str, Any] | Unset | None
        if isinstance(self.task_template, Unset):
            task_template = UNSET
        elif isinstance(self.task_template, TaskSpec):
            task_template = self.task_template.to_dict()
        else:
            task_template = self.task_template

        mode: dict[str, Any] | Unset | None
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ServiceSpecMode):
            mode = self.mode.to_dict()
        else:
            mode = self.mode

        update_config: dict[str, Any] | Unset | None
        if isinstance(self.update_config, Unset):
            update_config = UNSET
        elif isinstance(self.update_config, ServiceSpecUpdateConfig):
            update_config = self.update_config.to_dict()
        else:
            update_config = self.update_config

        rollback_config: dict[str, Any] | Unset | None
        if isinstance(self.rollback_config, Unset):
            rollback_config = UNSET
        elif isinstance(self.rollback_config, ServiceSpecRollbackConfig):
            rollback_config = self.rollback_config.to_dict()
        else:
            rollback_config = self.rollback_config

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

        endpoint_spec: dict[str, Any] | Unset | None
        if isinstance(self.endpoint_spec, Unset):
            endpoint_spec = UNSET
        elif isinstance(self.endpoint_spec, EndpointSpec):
            endpoint_spec = self.endpoint_spec.to_dict()
        else:
            endpoint_spec = self.endpoint_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if task_template is not UNSET:
            field_dict["TaskTemplate"] = task_template
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if update_config is not UNSET:
            field_dict["UpdateConfig"] = update_config
        if rollback_config is not UNSET:
            field_dict["RollbackConfig"] = rollback_config
        if networks is not UNSET:
            field_dict["Networks"] = networks
        if endpoint_spec is not UNSET:
            field_dict["EndpointSpec"] = endpoint_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: ServiceSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = ServiceSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | ServiceSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _task_template_data = d.pop("TaskTemplate", UNSET)
        task_template: TaskSpec | Unset | None
        if _task_template_data is None or _task_template_data is UNSET:
            task_template = _task_template_data
        elif isinstance(_task_template_data, dict):
            task_template_type_0 = TaskSpec.from_dict(_task_template_data)

            task_template = task_template_type_0
        else:
            raise TypeError(
                f"task_template: expected None | TaskSpec, got {type(_task_template_data).__name__}: {_task_template_data!r:.200}"
            )

        _mode_data = d.pop("Mode", UNSET)
        mode: ServiceSpecMode | Unset | None
        if _mode_data is None or _mode_data is UNSET:
            mode = _mode_data
        elif isinstance(_mode_data, dict):
            mode_type_0 = ServiceSpecMode.from_dict(_mode_data)

            mode = mode_type_0
        else:
            raise TypeError(
                f"mode: expected None | ServiceSpecMode, got {type(_mode_data).__name__}: {_mode_data!r:.200}"
            )

        _update_config_data = d.pop("UpdateConfig", UNSET)
        update_config: ServiceSpecUpdateConfig | Unset | None
        if _update_config_data is None or _update_config_data is UNSET:
            update_config = _update_config_data
        elif isinstance(_update_config_data, dict):
            update_config_type_0 = ServiceSpecUpdateConfig.from_dict(_update_config_data)

            update_config = update_config_type_0
        else:
            raise TypeError(
                f"update_config: expected None | ServiceSpecUpdateConfig, got {type(_update_config_data).__name__}: {_update_config_data!r:.200}"
            )

        _rollback_config_data = d.pop("RollbackConfig", UNSET)
        rollback_config: ServiceSpecRollbackConfig | Unset | None
        if _rollback_config_data is None or _rollback_config_data is UNSET:
            rollback_config = _rollback_config_data
        elif isinstance(_rollback_config_data, dict):
            rollback_config_type_0 = ServiceSpecRollbackConfig.from_dict(_rollback_config_data)

            rollback_config = rollback_config_type_0
        else:
            raise TypeError(
                f"rollback_config: expected None | ServiceSpecRollbackConfig, got {type(_rollback_config_data).__name__}: {_rollback_config_data!r:.200}"
            )

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

        _endpoint_spec_data = d.pop("EndpointSpec", UNSET)
        endpoint_spec: EndpointSpec | Unset | None
        if _endpoint_spec_data is None or _endpoint_spec_data is UNSET:
            endpoint_spec = _endpoint_spec_data
        elif isinstance(_endpoint_spec_data, dict):
            endpoint_spec_type_0 = EndpointSpec.from_dict(_endpoint_spec_data)

            endpoint_spec = endpoint_spec_type_0
        else:
            raise TypeError(
                f"endpoint_spec: expected EndpointSpec | None, got {type(_endpoint_spec_data).__name__}: {_endpoint_spec_data!r:.200}"
            )

        service_update_request = _new(cls)
        service_update_request.name = name
        service_update_request.labels = labels
        service_update_request.task_template = task_template
        service_update_request.mode = mode
        service_update_request.update_config = update_config
        service_update_request.rollback_config = rollback_config
        service_update_request.networks = networks
        service_update_request.endpoint_spec = endpoint_spec
        service_update_request.additional_properties = d
        return service_update_request

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


from ..models.endpoint_spec import EndpointSpec
from ..models.network_attachment_config import NetworkAttachmentConfig
from ..models.service_spec_labels import ServiceSpecLabels
from ..models.service_spec_mode import ServiceSpecMode
from ..models.service_spec_rollback_config import ServiceSpecRollbackConfig
from ..models.service_spec_update_config import ServiceSpecUpdateConfig
from ..models.task_spec import TaskSpec
