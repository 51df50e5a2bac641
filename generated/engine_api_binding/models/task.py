from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Task:
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

    id: str | Unset = UNSET
    """ The ID of the task. """
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the task. """
    labels: TaskLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    spec: TaskSpec | Unset | None = UNSET
    service_id: str | Unset = UNSET
    """ The ID of the service this task is part of. """
    slot: int | Unset = UNSET
    node_id: str | Unset = UNSET
    """ The ID of the node that this task is on. """
    assigned_generic_resources: list[GenericResourcesItem] | Unset | None = UNSET
    status: TaskStatus | Unset | None = UNSET
    desired_state: TaskState | Unset = UNSET
    job_iteration: ObjectVersion | Unset | None = UNSET
    """ If the Service this Task belongs to is a job-mode service, contains
    the JobIteration of the Service this Task was created for. Absent if
    the Task was created for a Replicated or Global Service.
     """
    networks_attachments: list[NetworkAttachment] | Unset | None = UNSET
    """ The networks that this task is attached to, and the addresses the
    task was assigned on each of them.
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

        name = self.name

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, TaskSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        service_id = self.service_id

        slot = self.slot

        node_id = self.node_id

        assigned_generic_resources: list[dict[str, Any]] | Unset | None
        if isinstance(self.assigned_generic_resources, Unset):
            assigned_generic_resources = UNSET
        elif isinstance(self.assigned_generic_resources, list):
            assigned_generic_resources = []
            for componentsschemas_generic_resources_item_data in self.assigned_generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                assigned_generic_resources.append(componentsschemas_generic_resources_item)

        else:
            assigned_generic_resources = self.assigned_generic_resources

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        desired_state: str | Unset = UNSET
        if not isinstance(self.desired_state, Unset):
            desired_state = self.desired_state

        job_iteration: dict[str, Any] | Unset | None
        if isinstance(self.job_iteration, Unset):
            job_iteration = UNSET
        elif isinstance(self.job_iteration, ObjectVersion):
            job_iteration = self.job_iteration.to_dict()
        else:
            job_iteration = self.job_iteration

        networks_attachments: list[dict[str, Any]] | Unset | None
        if isinstance(self.networks_attachments, Unset):
            networks_attachments = UNSET
        elif isinstance(self.networks_attachments, list):
            networks_attachments = []
            for networks_attachments_type_0_item_data in self.networks_attachments:
                networks_attachments_type_0_item = networks_attachments_type_0_item_data.to_dict()
                networks_attachments.append(networks_attachments_type_0_item)

        else:
            networks_attachments = self.networks_attachments

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
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if service_id is not UNSET:
            field_dict["ServiceID"] = service_id
        if slot is not UNSET:
            field_dict["Slot"] = slot
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if assigned_generic_resources is not UNSET:
            field_dict["AssignedGenericResources"] = assigned_generic_resources
        if status is not UNSET:
            field_dict["Status"] = status
        if desired_state is not UNSET:
            field_dict["DesiredState"] = desired_state
        if job_iteration is not UNSET:
            field_dict["JobIteration"] = job_iteration
        if networks_attachments is not UNSET:
            field_dict["NetworksAttachments"] = networks_attachments

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

        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: TaskLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = TaskLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | TaskLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        _spec_data = d.pop("Spec", UNSET)
        spec: TaskSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = TaskSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected None | TaskSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        service_id = d.pop("ServiceID", UNSET)

        slot = d.pop("Slot", UNSET)

        node_id = d.pop("NodeID", UNSET)

        _assigned_generic_resources_data = d.pop("AssignedGenericResources", UNSET)
        assigned_generic_resources: list[GenericResourcesItem] | Unset | None
        if _assigned_generic_resources_data is None or _assigned_generic_resources_data is UNSET:
            assigned_generic_resources = _assigned_generic_resources_data
        elif isinstance(_assigned_generic_resources_data, list):
            assigned_generic_resources_type_0 = []
            _assigned_generic_resources_type_0 = _assigned_generic_resources_data
            for componentsschemas_generic_resources_item_data in _assigned_generic_resources_type_0:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                assigned_generic_resources_type_0.append(componentsschemas_generic_resources_item)

            assigned_generic_resources = assigned_generic_resources_type_0
        else:
            raise TypeError(
                f"assigned_generic_resources: expected list[GenericResourcesItem] | None, got {type(_assigned_generic_resources_data).__name__}: {_assigned_generic_resources_data!r:.200}"
            )

        _status_data = d.pop("Status", UNSET)
        status: TaskStatus | Unset | None
        if _status_data is None or _status_data is UNSET:
            status = _status_data
        elif isinstance(_status_data, dict):
            status_type_0 = TaskStatus.from_dict(_status_data)

            status = status_type_0
        else:
            raise TypeError(
                f"status: expected None | TaskStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
            )

        _desired_state = d.pop("DesiredState", UNSET)
        desired_state: TaskState | Unset
        if _desired_state is UNSET:
            desired_state = UNSET
        else:
            desired_state = check_task_state(_desired_state)

        _job_iteration_data = d.pop("JobIteration", UNSET)
        job_iteration: ObjectVersion | Unset | None
        if _job_iteration_data is None or _job_iteration_data is UNSET:
            job_iteration = _job_iteration_data
        elif isinstance(_job_iteration_data, dict):
            job_iteration_type_0 = ObjectVersion.from_dict(_job_iteration_data)

            job_iteration = job_iteration_type_0
        else:
            raise TypeError(
                f"job_iteration: expected None | ObjectVersion, got {type(_job_iteration_data).__name__}: {_job_iteration_data!r:.200}"
            )

        _networks_attachments_data = d.pop("NetworksAttachments", UNSET)
        networks_attachments: list[NetworkAttachment] | Unset | None
        if _networks_attachments_data is None or _networks_attachments_data is UNSET:
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

        task = _new(cls)
        task.id = id
        task.version = version
        task.created_at = created_at
        task.updated_at = updated_at
        task.name = name
        task.labels = labels
        task.spec = spec
        task.service_id = service_id
        task.slot = slot
        task.node_id = node_id
        task.assigned_generic_resources = assigned_generic_resources
        task.status = status
        task.desired_state = desired_state
        task.job_iteration = job_iteration
        task.networks_attachments = networks_attachments
        task.additional_properties = d
        return task

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


from ..models.generic_resources_item import GenericResourcesItem
from ..models.network_attachment import NetworkAttachment
from ..models.object_version import ObjectVersion
from ..models.task_labels import TaskLabels
from ..models.task_spec import TaskSpec
from ..models.task_status import TaskStatus
