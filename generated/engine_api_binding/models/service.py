from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Service:
    """
    Example:
        {'ID': '9mnpnzenvg8p8tdbtq4wvbkcz', 'Version': {'Index': 19}, 'CreatedAt': '2016-06-07T21:05:51.880065305Z',
            'UpdatedAt': '2016-06-07T21:07:29.962229872Z', 'Spec': {'Name': 'hopeful_cori', 'TaskTemplate':
            {'ContainerSpec': {'Image': 'redis'}, 'Resources': {'Limits': {}, 'Reservations': {}}, 'RestartPolicy':
            {'Condition': 'any', 'MaxAttempts': 0}, 'Placement': {}, 'ForceUpdate': 0}, 'Mode': {'Replicated': {'Replicas':
            1}}, 'UpdateConfig': {'Parallelism': 1, 'Delay': 1000000000, 'FailureAction': 'pause', 'Monitor': 15000000000,
            'MaxFailureRatio': 0.15}, 'RollbackConfig': {'Parallelism': 1, 'Delay': 1000000000, 'FailureAction': 'pause',
            'Monitor': 15000000000, 'MaxFailureRatio': 0.15}, 'EndpointSpec': {'Mode': 'vip', 'Ports': [{'Protocol': 'tcp',
            'TargetPort': 6379, 'PublishedPort': 30001}]}}, 'Endpoint': {'Spec': {'Mode': 'vip', 'Ports': [{'Protocol':
            'tcp', 'TargetPort': 6379, 'PublishedPort': 30001}]}, 'Ports': [{'Protocol': 'tcp', 'TargetPort': 6379,
            'PublishedPort': 30001}], 'VirtualIPs': [{'NetworkID': '4qvuz4ko70xaltuqbt8956gd1', 'Addr': '10.255.0.2/16'},
            {'NetworkID': '4qvuz4ko70xaltuqbt8956gd1', 'Addr': '10.255.0.3/16'}]}}

    """

    id: str | Unset = UNSET
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    spec: ServiceSpec | Unset | None = UNSET
    endpoint: ServiceEndpoint | Unset | None = UNSET
    update_status: ServiceUpdateStatus | Unset | None = UNSET
    """ The status of a service update. """
    service_status: ServiceServiceStatus | Unset | None = UNSET
    """ The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
     """
    job_status: ServiceJobStatus | Unset | None = UNSET
    """ The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: dict[str, Any] | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ServiceSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        endpoint: dict[str, Any] | Unset | None
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ServiceEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        update_status: dict[str, Any] | Unset | None
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        elif isinstance(self.update_status, ServiceUpdateStatus):
            update_status = self.update_status.to_dict()
        else:
            update_status = self.update_status

        service_status: dict[str, Any] | Unset | None
        if isinstance(self.service_status, Unset):
            service_status = UNSET
        elif isinstance(self.service_status, ServiceServiceStatus):
            service_status = self.service_status.to_dict()
        else:
            service_status = self.service_status

        job_status: dict[str, Any] | Unset | None
        if isinstance(self.job_status, Unset):
            job_status = UNSET
        elif isinstance(self.job_status, ServiceJobStatus):
            job_status = self.job_status.to_dict()
        else:
            job_status = self.job_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if endpoint is not UNSET:
            field_dict["Endpoint"] = endpoint
        if update_status is not UNSET:
            field_dict["UpdateStatus"] = update_status
        if service_status is not UNSET:
            field_dict["ServiceStatus"] = service_status
        if job_status is not UNSET:
            field_dict["JobStatus"] = job_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _version_data = d.pop("Version", UNSET)
        version: ObjectVersion | Unset | None
        if _version_data is None or _version_data is UNSET:
            version = _version_data
        elif isinstance(_version_data, dict):
            version_type_0 = ObjectVersion.from_dict(_version_data)

            version = version_type_0
        else:
            raise TypeError(
                f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
            )

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("UpdatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _spec_data = d.pop("Spec", UNSET)
        spec: ServiceSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = ServiceSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected None | ServiceSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        _endpoint_data = d.pop("Endpoint", UNSET)
        endpoint: ServiceEndpoint | Unset | None
        if _endpoint_data is None or _endpoint_data is UNSET:
            endpoint = _endpoint_data
        elif isinstance(_endpoint_data, dict):
            endpoint_type_0 = ServiceEndpoint.from_dict(_endpoint_data)

            endpoint = endpoint_type_0
        else:
            raise TypeError(
                f"endpoint: expected None | ServiceEndpoint, got {type(_endpoint_data).__name__}: {_endpoint_data!r:.200}"
            )

        _update_status_data = d.pop("UpdateStatus", UNSET)
        update_status: ServiceUpdateStatus | Unset | None
        if _update_status_data is None or _update_status_data is UNSET:
            update_status = _update_status_data
        elif isinstance(_update_status_data, dict):
            update_status_type_0 = ServiceUpdateStatus.from_dict(_update_status_data)

            update_status = update_status_type_0
        else:
            raise TypeError(
                f"update_status: expected None | ServiceUpdateStatus, got {type(_update_status_data).__name__}: {_update_status_data!r:.200}"
            )

        _service_status_data = d.pop("ServiceStatus", UNSET)
        service_status: ServiceServiceStatus | Unset | None
        if _service_status_data is None or _service_status_data is UNSET:
            service_status = _service_status_data
        elif isinstance(_service_status_data, dict):
            service_status_type_0 = ServiceServiceStatus.from_dict(_service_status_data)

            service_status = service_status_type_0
        else:
            raise TypeError(
                f"service_status: expected None | ServiceServiceStatus, got {type(_service_status_data).__name__}: {_service_status_data!r:.200}"
            )

        _job_status_data = d.pop("JobStatus", UNSET)
        job_status: ServiceJobStatus | Unset | None
        if _job_status_data is None or _job_status_data is UNSET:
            job_status = _job_status_data
        elif isinstance(_job_status_data, dict):
            job_status_type_0 = ServiceJobStatus.from_dict(_job_status_data)

            job_status = job_status_type_0
        else:
            raise TypeError(
                f"job_status: expected None | ServiceJobStatus, got {type(_job_status_data).__name__}: {_job_status_data!r:.200}"
            )

        service = _new(cls)
        service.id = id
        service.version = version
        service.created_at = created_at
        service.updated_at = updated_at
        service.spec = spec
        service.endpoint = endpoint
        service.update_status = update_status
        service.service_status = service_status
        service.job_status = job_status
        service.additional_properties = d
        return service

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


from ..models.object_version import ObjectVersion
from ..models.service_endpoint import ServiceEndpoint
from ..models.service_job_status import ServiceJobStatus
from ..models.service_service_status import ServiceServiceStatus
from ..models.service_spec import ServiceSpec
from ..models.service_update_status import ServiceUpdateStatus
