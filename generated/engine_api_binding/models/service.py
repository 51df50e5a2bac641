from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="Service")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Service(Model):
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

    __match_args__ = (
        "id",
        "version",
        "created_at",
        "updated_at",
        "spec",
        "endpoint",
        "update_status",
        "service_status",
        "job_status",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    version: ObjectVersion | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    spec: ServiceSpec | None
    endpoint: ServiceEndpoint | None
    update_status: ServiceUpdateStatus | None
    """ The status of a service update. """
    service_status: ServiceServiceStatus | None
    """ The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
     """
    job_status: ServiceJobStatus | None
    """ The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        version: ObjectVersion | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        spec: ServiceSpec | None = None,
        endpoint: ServiceEndpoint | None = None,
        update_status: ServiceUpdateStatus | None = None,
        service_status: ServiceServiceStatus | None = None,
        job_status: ServiceJobStatus | None = None,
    ) -> None:
        self.id = id
        self.version = version
        self.created_at = created_at
        self.updated_at = updated_at
        self.spec = spec
        self.endpoint = endpoint
        self.update_status = update_status
        self.service_status = service_status
        self.job_status = job_status
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        version = self.version
        if version is not None:
            version_json: dict[str, Any] | None
            if isinstance(version, ObjectVersion):
                version_json = version.to_dict()
            else:
                version_json = version
            field_dict["Version"] = version_json
        elif "Version" in self._sent:
            field_dict["Version"] = None

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        updated_at = self.updated_at
        if updated_at is not None:
            updated_at_json = updated_at.isoformat()
            field_dict["UpdatedAt"] = updated_at_json
        elif "UpdatedAt" in self._sent:
            field_dict["UpdatedAt"] = None

        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, ServiceSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        endpoint = self.endpoint
        if endpoint is not None:
            endpoint_json: dict[str, Any] | None
            if isinstance(endpoint, ServiceEndpoint):
                endpoint_json = endpoint.to_dict()
            else:
                endpoint_json = endpoint
            field_dict["Endpoint"] = endpoint_json
        elif "Endpoint" in self._sent:
            field_dict["Endpoint"] = None

        update_status = self.update_status
        if update_status is not None:
            update_status_json: dict[str, Any] | None
            if isinstance(update_status, ServiceUpdateStatus):
                update_status_json = update_status.to_dict()
            else:
                update_status_json = update_status
            field_dict["UpdateStatus"] = update_status_json
        elif "UpdateStatus" in self._sent:
            field_dict["UpdateStatus"] = None

        service_status = self.service_status
        if service_status is not None:
            service_status_json: dict[str, Any] | None
            if isinstance(service_status, ServiceServiceStatus):
                service_status_json = service_status.to_dict()
            else:
                service_status_json = service_status
            field_dict["ServiceStatus"] = service_status_json
        elif "ServiceStatus" in self._sent:
            field_dict["ServiceStatus"] = None

        job_status = self.job_status
        if job_status is not None:
            job_status_json: dict[str, Any] | None
            if isinstance(job_status, ServiceJobStatus):
                job_status_json = job_status.to_dict()
            else:
                job_status_json = job_status
            field_dict["JobStatus"] = job_status_json
        elif "JobStatus" in self._sent:
            field_dict["JobStatus"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Version", None)

        d.pop("CreatedAt", None)

        d.pop("UpdatedAt", None)

        d.pop("Spec", None)

        d.pop("Endpoint", None)

        d.pop("UpdateStatus", None)

        d.pop("ServiceStatus", None)

        d.pop("JobStatus", None)

        service = _new(cls)
        service._sent = src_dict
        service.id = id
        service.additional_properties = d
        return service

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "created_at",
            "updated_at",
            "spec",
            "endpoint",
            "update_status",
            "service_status",
            "job_status",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "version":
            _version_data = src.get("Version")
            version: ObjectVersion | None
            if _version_data is None:
                version = _version_data
            elif isinstance(_version_data, dict):
                version_type_0 = ObjectVersion.from_dict(_version_data)

                version = version_type_0
            else:
                raise TypeError(
                    f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
                )

            return version
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        if deferred_name == "updated_at":
            _updated_at_src = src.get("UpdatedAt")
            updated_at: datetime.datetime | None
            if _updated_at_src is None:
                updated_at = None
            else:
                updated_at_value = datetime.datetime.fromisoformat(_updated_at_src)

                updated_at = updated_at_value

            return updated_at
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: ServiceSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = ServiceSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected None | ServiceSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        if deferred_name == "endpoint":
            _endpoint_data = src.get("Endpoint")
            endpoint: ServiceEndpoint | None
            if _endpoint_data is None:
                endpoint = _endpoint_data
            elif isinstance(_endpoint_data, dict):
                endpoint_type_0 = ServiceEndpoint.from_dict(_endpoint_data)

                endpoint = endpoint_type_0
            else:
                raise TypeError(
                    f"endpoint: expected None | ServiceEndpoint, got {type(_endpoint_data).__name__}: {_endpoint_data!r:.200}"
                )

            return endpoint
        if deferred_name == "update_status":
            _update_status_data = src.get("UpdateStatus")
            update_status: ServiceUpdateStatus | None
            if _update_status_data is None:
                update_status = _update_status_data
            elif isinstance(_update_status_data, dict):
                update_status_type_0 = ServiceUpdateStatus.from_dict(_update_status_data)

                update_status = update_status_type_0
            else:
                raise TypeError(
                    f"update_status: expected None | ServiceUpdateStatus, got {type(_update_status_data).__name__}: {_update_status_data!r:.200}"
                )

            return update_status
        if deferred_name == "service_status":
            _service_status_data = src.get("ServiceStatus")
            service_status: ServiceServiceStatus | None
            if _service_status_data is None:
                service_status = _service_status_data
            elif isinstance(_service_status_data, dict):
                service_status_type_0 = ServiceServiceStatus.from_dict(_service_status_data)

                service_status = service_status_type_0
            else:
                raise TypeError(
                    f"service_status: expected None | ServiceServiceStatus, got {type(_service_status_data).__name__}: {_service_status_data!r:.200}"
                )

            return service_status
        if deferred_name == "job_status":
            _job_status_data = src.get("JobStatus")
            job_status: ServiceJobStatus | None
            if _job_status_data is None:
                job_status = _job_status_data
            elif isinstance(_job_status_data, dict):
                job_status_type_0 = ServiceJobStatus.from_dict(_job_status_data)

                job_status = job_status_type_0
            else:
                raise TypeError(
                    f"job_status: expected None | ServiceJobStatus, got {type(_job_status_data).__name__}: {_job_status_data!r:.200}"
                )

            return job_status
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Version": "version",
        "CreatedAt": "created_at",
        "UpdatedAt": "updated_at",
        "Spec": "spec",
        "Endpoint": "endpoint",
        "UpdateStatus": "update_status",
        "ServiceStatus": "service_status",
        "JobStatus": "job_status",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Version"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "UpdatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> ServiceSpec: ...
        @overload
        def __getitem__(self, key: Literal["Endpoint"]) -> ServiceEndpoint: ...
        @overload
        def __getitem__(self, key: Literal["UpdateStatus"]) -> ServiceUpdateStatus: ...
        @overload
        def __getitem__(self, key: Literal["ServiceStatus"]) -> ServiceServiceStatus: ...
        @overload
        def __getitem__(self, key: Literal["JobStatus"]) -> ServiceJobStatus: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Version"], default: None = None) -> ObjectVersion | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt", "UpdatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> ServiceSpec | None: ...
        @overload
        def get(self, key: Literal["Endpoint"], default: None = None) -> ServiceEndpoint | None: ...
        @overload
        def get(
            self, key: Literal["UpdateStatus"], default: None = None
        ) -> ServiceUpdateStatus | None: ...
        @overload
        def get(
            self, key: Literal["ServiceStatus"], default: None = None
        ) -> ServiceServiceStatus | None: ...
        @overload
        def get(
            self, key: Literal["JobStatus"], default: None = None
        ) -> ServiceJobStatus | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.object_version import ObjectVersion
from ..models.service_endpoint import ServiceEndpoint
from ..models.service_job_status import ServiceJobStatus
from ..models.service_service_status import ServiceServiceStatus
from ..models.service_spec import ServiceSpec
from ..models.service_update_status import ServiceUpdateStatus
