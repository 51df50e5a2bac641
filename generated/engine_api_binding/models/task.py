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
from ..models.task_state import TaskState, check_task_state

T = TypeVar("T", bound="Task")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Task(Model):
    """
    Example:
        {'ID': '0kzzo1i0y4jz6027t0k7aezc7', 'Version': {'Index': 71}, 'CreatedAt': '2016-06-07T21:07:31.171892745Z',
            'UpdatedAt': '2016-06-07T21:07:31.376370513Z', 'Spec': {'ContainerSpec': {'Image': 'redis'}, 'Resources':
            {'Limits': {}, 'Reservations': {}}, 'RestartPolicy': {'Condition': 'any', 'MaxAttempts': 0}, 'Placement': {}},
            'ServiceID': '9mnpnzenvg8p8tdbtq4wvbkcz', 'Slot': 1, 'NodeID': '60gvrl6tm78dmak4yl7srz94v', 'Status':
            {'Timestamp': '2016-06-07T21:07:31.290032978Z', 'State': 'running', 'Message': 'started', 'ContainerStatus':
            {'ContainerID': 'e5d62702a1b48d01c3e02ca1e0212a250801fa8d67caca0b6f35919ebc12f035', 'PID': 677}},
            'DesiredState': 'running', 'NetworksAttachments': [{'Network': {'ID': '4qvuz4ko70xaltuqbt8956gd1', 'Version':
            {'Index': 18}, 'CreatedAt': '2016-06-07T20:31:11.912919752Z', 'UpdatedAt': '2016-06-07T21:07:29.955277358Z',
            'Spec': {'Name': 'ingress', 'Labels': {'com.docker.swarm.internal': 'true'}, 'DriverConfiguration': {},
            'IPAMOptions': {'Driver': {}, 'Configs': [{'Subnet': '10.255.0.0/16', 'Gateway': '10.255.0.1'}]}},
            'DriverState': {'Name': 'overlay', 'Options': {'com.docker.network.driver.overlay.vxlanid_list': '256'}},
            'IPAMOptions': {'Driver': {'Name': 'default'}, 'Configs': [{'Subnet': '10.255.0.0/16', 'Gateway':
            '10.255.0.1'}]}}, 'Addresses': ['10.255.0.10/16']}], 'AssignedGenericResources': [{'DiscreteResourceSpec':
            {'Kind': 'SSD', 'Value': 3}}, {'NamedResourceSpec': {'Kind': 'GPU', 'Value': 'UUID1'}}, {'NamedResourceSpec':
            {'Kind': 'GPU', 'Value': 'UUID2'}}]}

    """

    __match_args__ = (
        "id",
        "version",
        "created_at",
        "updated_at",
        "name",
        "labels",
        "spec",
        "service_id",
        "slot",
        "node_id",
        "assigned_generic_resources",
        "status",
        "desired_state",
        "job_iteration",
        "networks_attachments",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of the task. """
    version: ObjectVersion | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    name: str | None
    """ Name of the task. """
    labels: TaskLabels | None
    """ User-defined key/value metadata. """
    spec: TaskSpec | None
    service_id: str | None
    """ The ID of the service this task is part of. """
    slot: int | None
    node_id: str | None
    """ The ID of the node that this task is on. """
    assigned_generic_resources: list[GenericResourcesItem] | None
    status: TaskStatus | None
    desired_state: TaskState | None
    job_iteration: ObjectVersion | None
    """ If the Service this Task belongs to is a job-mode service, contains
    the JobIteration of the Service this Task was created for. Absent if
    the Task was created for a Replicated or Global Service.
     """
    networks_attachments: list[NetworkAttachment] | None
    """ The networks that this task is attached to, and the addresses the
    task was assigned on each of them.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        version: ObjectVersion | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        name: str | None = None,
        labels: TaskLabels | None = None,
        spec: TaskSpec | None = None,
        service_id: str | None = None,
        slot: int | None = None,
        node_id: str | None = None,
        assigned_generic_resources: list[GenericResourcesItem] | None = None,
        status: TaskStatus | None = None,
        desired_state: TaskState | None = None,
        job_iteration: ObjectVersion | None = None,
        networks_attachments: list[NetworkAttachment] | None = None,
    ) -> None:
        self.id = id
        self.version = version
        self.created_at = created_at
        self.updated_at = updated_at
        self.name = name
        self.labels = labels
        self.spec = spec
        self.service_id = service_id
        self.slot = slot
        self.node_id = node_id
        self.assigned_generic_resources = assigned_generic_resources
        self.status = status
        self.desired_state = desired_state
        self.job_iteration = job_iteration
        self.networks_attachments = networks_attachments
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

        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, TaskLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, TaskSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        if self.service_id is not None:
            field_dict["ServiceID"] = self.service_id
        elif "ServiceID" in self._sent:
            field_dict["ServiceID"] = None

        if self.slot is not None:
            field_dict["Slot"] = self.slot
        elif "Slot" in self._sent:
            field_dict["Slot"] = None

        if self.node_id is not None:
            field_dict["NodeID"] = self.node_id
        elif "NodeID" in self._sent:
            field_dict["NodeID"] = None

        assigned_generic_resources = self.assigned_generic_resources
        if assigned_generic_resources is not None:
            assigned_generic_resources_json: list[dict[str, Any]] | None
            if isinstance(assigned_generic_resources, list):
                assigned_generic_resources_json = []
                for componentsschemas_generic_resources_item_data in assigned_generic_resources:
                    componentsschemas_generic_resources_item = (
                        componentsschemas_generic_resources_item_data.to_dict()
                    )
                    assigned_generic_resources_json.append(componentsschemas_generic_resources_item)

            else:
                assigned_generic_resources_json = assigned_generic_resources
            field_dict["AssignedGenericResources"] = assigned_generic_resources_json
        elif "AssignedGenericResources" in self._sent:
            field_dict["AssignedGenericResources"] = None

        status = self.status
        if status is not None:
            status_json: dict[str, Any] | None
            if isinstance(status, TaskStatus):
                status_json = status.to_dict()
            else:
                status_json = status
            field_dict["Status"] = status_json
        elif "Status" in self._sent:
            field_dict["Status"] = None

        desired_state = self.desired_state
        if desired_state is not None:
            desired_state_json: str = desired_state
            field_dict["DesiredState"] = desired_state_json
        elif "DesiredState" in self._sent:
            field_dict["DesiredState"] = None

        job_iteration = self.job_iteration
        if job_iteration is not None:
            job_iteration_json: dict[str, Any] | None
            if isinstance(job_iteration, ObjectVersion):
                job_iteration_json = job_iteration.to_dict()
            else:
                job_iteration_json = job_iteration
            field_dict["JobIteration"] = job_iteration_json
        elif "JobIteration" in self._sent:
            field_dict["JobIteration"] = None

        networks_attachments = self.networks_attachments
        if networks_attachments is not None:
            networks_attachments_json: list[dict[str, Any]] | None
            if isinstance(networks_attachments, list):
                networks_attachments_json = []
                for networks_attachments_type_0_item_data in networks_attachments:
                    networks_attachments_type_0_item = (
                        networks_attachments_type_0_item_data.to_dict()
                    )
                    networks_attachments_json.append(networks_attachments_type_0_item)

            else:
                networks_attachments_json = networks_attachments
            field_dict["NetworksAttachments"] = networks_attachments_json
        elif "NetworksAttachments" in self._sent:
            field_dict["NetworksAttachments"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Version", None)

        d.pop("CreatedAt", None)

        d.pop("UpdatedAt", None)

        name = d.pop("Name", None)

        d.pop("Labels", None)

        d.pop("Spec", None)

        service_id = d.pop("ServiceID", None)

        slot = d.pop("Slot", None)

        node_id = d.pop("NodeID", None)

        d.pop("AssignedGenericResources", None)

        d.pop("Status", None)

        _desired_state_src = d.pop("DesiredState", None)
        desired_state: TaskState | None
        if _desired_state_src is None:
            desired_state = None
        else:
            desired_state_value = check_task_state(_desired_state_src)

            desired_state = desired_state_value

        d.pop("JobIteration", None)

        d.pop("NetworksAttachments", None)

        task = _new(cls)
        task._sent = src_dict
        task.id = id
        task.name = name
        task.service_id = service_id
        task.slot = slot
        task.node_id = node_id
        task.desired_state = desired_state
        task.additional_properties = d
        return task

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "created_at",
            "updated_at",
            "labels",
            "spec",
            "assigned_generic_resources",
            "status",
            "job_iteration",
            "networks_attachments",
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
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: TaskLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = TaskLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected None | TaskLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: TaskSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = TaskSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected None | TaskSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        if deferred_name == "assigned_generic_resources":
            _assigned_generic_resources_data = src.get("AssignedGenericResources")
            assigned_generic_resources: list[GenericResourcesItem] | None
            if _assigned_generic_resources_data is None:
                assigned_generic_resources = _assigned_generic_resources_data
            elif isinstance(_assigned_generic_resources_data, list):
                assigned_generic_resources_type_0 = []
                _assigned_generic_resources_type_0 = _assigned_generic_resources_data
                for (
                    componentsschemas_generic_resources_item_data
                ) in _assigned_generic_resources_type_0:
                    componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                        componentsschemas_generic_resources_item_data
                    )

                    assigned_generic_resources_type_0.append(
                        componentsschemas_generic_resources_item
                    )

                assigned_generic_resources = assigned_generic_resources_type_0
            else:
                raise TypeError(
                    f"assigned_generic_resources: expected list[GenericResourcesItem] | None, got {type(_assigned_generic_resources_data).__name__}: {_assigned_generic_resources_data!r:.200}"
                )

            return assigned_generic_resources
        if deferred_name == "status":
            _status_data = src.get("Status")
            status: TaskStatus | None
            if _status_data is None:
                status = _status_data
            elif isinstance(_status_data, dict):
                status_type_0 = TaskStatus.from_dict(_status_data)

                status = status_type_0
            else:
                raise TypeError(
                    f"status: expected None | TaskStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
                )

            return status
        if deferred_name == "job_iteration":
            _job_iteration_data = src.get("JobIteration")
            job_iteration: ObjectVersion | None
            if _job_iteration_data is None:
                job_iteration = _job_iteration_data
            elif isinstance(_job_iteration_data, dict):
                job_iteration_type_0 = ObjectVersion.from_dict(_job_iteration_data)

                job_iteration = job_iteration_type_0
            else:
                raise TypeError(
                    f"job_iteration: expected None | ObjectVersion, got {type(_job_iteration_data).__name__}: {_job_iteration_data!r:.200}"
                )

            return job_iteration
        if deferred_name == "networks_attachments":
            _networks_attachments_data = src.get("NetworksAttachments")
            networks_attachments: list[NetworkAttachment] | None
            if _networks_attachments_data is None:
                networks_attachments = _networks_attachments_data
            elif isinstance(_networks_attachments_data, list):
                networks_attachments_type_0 = []
                _networks_attachments_type_0 = _networks_attachments_data
                for networks_attachments_type_0_item_data in _networks_attachments_type_0:
                    networks_attachments_type_0_item = NetworkAttachment.from_dict(
                        networks_attachments_type_0_item_data
                    )

                    networks_attachments_type_0.append(networks_attachments_type_0_item)

                networks_attachments = networks_attachments_type_0
            else:
                raise TypeError(
                    f"networks_attachments: expected list[NetworkAttachment] | None, got {type(_networks_attachments_data).__name__}: {_networks_attachments_data!r:.200}"
                )

            return networks_attachments
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Version": "version",
        "CreatedAt": "created_at",
        "UpdatedAt": "updated_at",
        "Name": "name",
        "Labels": "labels",
        "Spec": "spec",
        "ServiceID": "service_id",
        "Slot": "slot",
        "NodeID": "node_id",
        "AssignedGenericResources": "assigned_generic_resources",
        "Status": "status",
        "DesiredState": "desired_state",
        "JobIteration": "job_iteration",
        "NetworksAttachments": "networks_attachments",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID", "Name", "ServiceID", "NodeID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Version", "JobIteration"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "UpdatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> TaskLabels: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> TaskSpec: ...
        @overload
        def __getitem__(self, key: Literal["Slot"]) -> int: ...
        @overload
        def __getitem__(
            self, key: Literal["AssignedGenericResources"]
        ) -> list[GenericResourcesItem]: ...
        @overload
        def __getitem__(self, key: Literal["Status"]) -> TaskStatus: ...
        @overload
        def __getitem__(self, key: Literal["DesiredState"]) -> TaskState: ...
        @overload
        def __getitem__(self, key: Literal["NetworksAttachments"]) -> list[NetworkAttachment]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["ID", "Name", "ServiceID", "NodeID"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Version", "JobIteration"], default: None = None
        ) -> ObjectVersion | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt", "UpdatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> TaskLabels | None: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> TaskSpec | None: ...
        @overload
        def get(self, key: Literal["Slot"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["AssignedGenericResources"], default: None = None
        ) -> list[GenericResourcesItem] | None: ...
        @overload
        def get(self, key: Literal["Status"], default: None = None) -> TaskStatus | None: ...
        @overload
        def get(self, key: Literal["DesiredState"], default: None = None) -> TaskState | None: ...
        @overload
        def get(
            self, key: Literal["NetworksAttachments"], default: None = None
        ) -> list[NetworkAttachment] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.generic_resources_item import GenericResourcesItem
from ..models.network_attachment import NetworkAttachment
from ..models.object_version import ObjectVersion
from ..models.task_labels import TaskLabels
from ..models.task_spec import TaskSpec
from ..models.task_status import TaskStatus
