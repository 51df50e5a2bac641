from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Node")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Node:
    id: str | Unset = UNSET
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time at which the node was added to the swarm in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: datetime.datetime | Unset = UNSET
    """ Date and time at which the node was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: NodeSpec | Unset | None = UNSET
    description: NodeDescription | Unset | None = UNSET
    status: NodeStatus | Unset | None = UNSET
    manager_status: ManagerStatus | Unset | None = UNSET
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
        elif isinstance(self.spec, NodeSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        description: dict[str, Any] | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, NodeDescription):
            description = self.description.to_dict()
        else:
            description = self.description

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, NodeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        manager_status: dict[str, Any] | Unset | None
        if isinstance(self.manager_status, Unset):
            manager_status = UNSET
        elif isinstance(self.manager_status, ManagerStatus):
            manager_status = self.manager_status.to_dict()
        else:
            manager_status = self.manager_status

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
        if description is not UNSET:
            field_dict["Description"] = description
        if status is not UNSET:
            field_dict["Status"] = status
        if manager_status is not UNSET:
            field_dict["ManagerStatus"] = manager_status

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
        spec: NodeSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = NodeSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected NodeSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        _description_data = d.pop("Description", UNSET)
        description: NodeDescription | Unset | None
        if _description_data is None or _description_data is UNSET:
            description = _description_data
        elif isinstance(_description_data, dict):
            description_type_0 = NodeDescription.from_dict(_description_data)

            description = description_type_0
        else:
            raise TypeError(
                f"description: expected NodeDescription | None, got {type(_description_data).__name__}: {_description_data!r:.200}"
            )

        _status_data = d.pop("Status", UNSET)
        status: NodeStatus | Unset | None
        if _status_data is None or _status_data is UNSET:
            status = _status_data
        elif isinstance(_status_data, dict):
            status_type_0 = NodeStatus.from_dict(_status_data)

            status = status_type_0
        else:
            raise TypeError(
                f"status: expected NodeStatus | None, got {type(_status_data).__name__}: {_status_data!r:.200}"
            )

        _manager_status_data = d.pop("ManagerStatus", UNSET)
        manager_status: ManagerStatus | Unset | None
        if _manager_status_data is None or _manager_status_data is UNSET:
            manager_status = _manager_status_data
        elif isinstance(_manager_status_data, dict):
            manager_status_type_0 = ManagerStatus.from_dict(_manager_status_data)

            manager_status = manager_status_type_0
        else:
            raise TypeError(
                f"manager_status: expected ManagerStatus | None, got {type(_manager_status_data).__name__}: {_manager_status_data!r:.200}"
            )

        node = _new(cls)
        node.id = id
        node.version = version
        node.created_at = created_at
        node.updated_at = updated_at
        node.spec = spec
        node.description = description
        node.status = status
        node.manager_status = manager_status
        node.additional_properties = d
        return node

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


from ..models.manager_status import ManagerStatus
from ..models.node_description import NodeDescription
from ..models.node_spec import NodeSpec
from ..models.node_status import NodeStatus
from ..models.object_version import ObjectVersion
