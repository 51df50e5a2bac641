from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_spec import EndpointSpec
    from ..models.network_attachment_config import NetworkAttachmentConfig
    from ..models.service_spec_labels import ServiceSpecLabels
    from ..models.service_spec_mode import ServiceSpecMode
    from ..models.service_spec_rollback_config import ServiceSpecRollbackConfig
    from ..models.service_spec_update_config import ServiceSpecUpdateConfig
    from ..models.task_spec import TaskSpec


T = TypeVar("T", bound="ServiceSpec")


@_attrs_define
class ServiceSpec:
    """User modifiable configuration for a service."""

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
        from ..models.endpoint_spec import EndpointSpec
        from ..models.service_spec_labels import ServiceSpecLabels
        from ..models.service_spec_mode import ServiceSpecMode
        from ..models.service_spec_rollback_config import ServiceSpecRollbackConfig
        from ..models.service_spec_update_config import ServiceSpecUpdateConfig
        from ..models.task_spec import TaskSpec

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
        from ..models.endpoint_spec import EndpointSpec
        from ..models.network_attachment_config import NetworkAttachmentConfig
        from ..models.service_spec_labels import ServiceSpecLabels
        from ..models.service_spec_mode import ServiceSpecMode
        from ..models.service_spec_rollback_config import ServiceSpecRollbackConfig
        from ..models.service_spec_update_config import ServiceSpecUpdateConfig
        from ..models.task_spec import TaskSpec

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> ServiceSpecLabels | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"labels: expected None | ServiceSpecLabels, got {type(data).__name__}: {data!r:.200}"
                )
            labels_type_0 = ServiceSpecLabels.from_dict(data)

            return labels_type_0

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_task_template(data: object) -> TaskSpec | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"task_template: expected None | TaskSpec, got {type(data).__name__}: {data!r:.200}"
                )
            task_template_type_0 = TaskSpec.from_dict(data)

            return task_template_type_0

        task_template = _parse_task_template(d.pop("TaskTemplate", UNSET))

        def _parse_mode(data: object) -> ServiceSpecMode | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"mode: expected None | ServiceSpecMode, got {type(data).__name__}: {data!r:.200}"
                )
            mode_type_0 = ServiceSpecMode.from_dict(data)

            return mode_type_0

        mode = _parse_mode(d.pop("Mode", UNSET))

        def _parse_update_config(data: object) -> ServiceSpecUpdateConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"update_config: expected None | ServiceSpecUpdateConfig, got {type(data).__name__}: {data!r:.200}"
                )
            update_config_type_0 = ServiceSpecUpdateConfig.from_dict(data)

            return update_config_type_0

        update_config = _parse_update_config(d.pop("UpdateConfig", UNSET))

        def _parse_rollback_config(data: object) -> ServiceSpecRollbackConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"rollback_config: expected None | ServiceSpecRollbackConfig, got {type(data).__name__}: {data!r:.200}"
                )
            rollback_config_type_0 = ServiceSpecRollbackConfig.from_dict(data)

            return rollback_config_type_0

        rollback_config = _parse_rollback_config(d.pop("RollbackConfig", UNSET))

        def _parse_networks(data: object) -> list[NetworkAttachmentConfig] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"networks: expected list[NetworkAttachmentConfig] | None, got {type(data).__name__}: {data!r:.200}"
                )
            networks_type_0 = []
            _networks_type_0 = data
            for networks_type_0_item_data in _networks_type_0:
                networks_type_0_item = NetworkAttachmentConfig.from_dict(networks_type_0_item_data)

                networks_type_0.append(networks_type_0_item)

            return networks_type_0

        networks = _parse_networks(d.pop("Networks", UNSET))

        def _parse_endpoint_spec(data: object) -> EndpointSpec | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"endpoint_spec: expected EndpointSpec | None, got {type(data).__name__}: {data!r:.200}"
                )
            endpoint_spec_type_0 = EndpointSpec.from_dict(data)

            return endpoint_spec_type_0

        endpoint_spec = _parse_endpoint_spec(d.pop("EndpointSpec", UNSET))

        service_spec = cls(
            name=name,
            labels=labels,
            task_template=task_template,
            mode=mode,
            update_config=update_config,
            rollback_config=rollback_config,
            networks=networks,
            endpoint_spec=endpoint_spec,
        )

        service_spec.additional_properties = d
        return service_spec

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
