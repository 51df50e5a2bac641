from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterInfo:
    """ClusterInfo represents information about the swarm as is returned by the
    "/info" endpoint. Join-tokens are not included.

    """

    id: str | Unset = UNSET
    """ The ID of the swarm. """
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time at which the swarm was initialised in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: datetime.datetime | Unset = UNSET
    """ Date and time at which the swarm was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: SwarmSpec | Unset | None = UNSET
    tls_info: TLSInfo | Unset | None = UNSET
    root_rotation_in_progress: bool | Unset = UNSET
    """ Whether there is currently a root CA rotation in progress for the swarm
     """
    data_path_port: int | Unset = UNSET
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    If no port is set or is set to 0, the default port (4789) is used.
     """
    default_addr_pool: list[str] | Unset | None = UNSET
    """ Default Address Pool specifies default subnet pools for global scope
    networks.
     """
    subnet_size: int | Unset = UNSET
    """ SubnetSize specifies the subnet size of the networks created from the
    default subnet pool.
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
        elif isinstance(self.spec, SwarmSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        tls_info: dict[str, Any] | Unset | None
        if isinstance(self.tls_info, Unset):
            tls_info = UNSET
        elif isinstance(self.tls_info, TLSInfo):
            tls_info = self.tls_info.to_dict()
        else:
            tls_info = self.tls_info

        root_rotation_in_progress = self.root_rotation_in_progress

        data_path_port = self.data_path_port

        default_addr_pool: list[str] | Unset | None
        if isinstance(self.default_addr_pool, Unset):
            default_addr_pool = UNSET
        elif isinstance(self.default_addr_pool, list):
            default_addr_pool = self.default_addr_pool

        else:
            default_addr_pool = self.default_addr_pool

        subnet_size = self.subnet_size

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
        if tls_info is not UNSET:
            field_dict["TLSInfo"] = tls_info
        if root_rotation_in_progress is not UNSET:
            field_dict["RootRotationInProgress"] = root_rotation_in_progress
        if data_path_port is not UNSET:
            field_dict["DataPathPort"] = data_path_port
        if default_addr_pool is not UNSET:
            field_dict["DefaultAddrPool"] = default_addr_pool
        if subnet_size is not UNSET:
            field_dict["SubnetSize"] = subnet_size

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
        spec: SwarmSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = SwarmSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected None | SwarmSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        _tls_info_data = d.pop("TLSInfo", UNSET)
        tls_info: TLSInfo | Unset | None
        if _tls_info_data is None or _tls_info_data is UNSET:
            tls_info = _tls_info_data
        elif isinstance(_tls_info_data, dict):
            tls_info_type_0 = TLSInfo.from_dict(_tls_info_data)

            tls_info = tls_info_type_0
        else:
            raise TypeError(
                f"tls_info: expected None | TLSInfo, got {type(_tls_info_data).__name__}: {_tls_info_data!r:.200}"
            )

        root_rotation_in_progress = d.pop("RootRotationInProgress", UNSET)

        data_path_port = d.pop("DataPathPort", UNSET)

        _default_addr_pool_data = d.pop("DefaultAddrPool", UNSET)
        default_addr_pool: list[str] | Unset | None
        if _default_addr_pool_data is None or _default_addr_pool_data is UNSET:
            default_addr_pool = _default_addr_pool_data
        elif isinstance(_default_addr_pool_data, list):
            default_addr_pool_type_0 = _default_addr_pool_data

            default_addr_pool = default_addr_pool_type_0
        else:
            raise TypeError(
                f"default_addr_pool: expected list[str] | None, got {type(_default_addr_pool_data).__name__}: {_default_addr_pool_data!r:.200}"
            )

        subnet_size = d.pop("SubnetSize", UNSET)

        cluster_info = _new(cls)
        cluster_info.id = id
        cluster_info.version = version
        cluster_info.created_at = created_at
        cluster_info.updated_at = updated_at
        cluster_info.spec = spec
        cluster_info.tls_info = tls_info
        cluster_info.root_rotation_in_progress = root_rotation_in_progress
        cluster_info.data_path_port = data_path_port
        cluster_info.default_addr_pool = default_addr_pool
        cluster_info.subnet_size = subnet_size
        cluster_info.additional_properties = d
        return cluster_info

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
from ..models.swarm_spec import SwarmSpec
from ..models.tls_info import TLSInfo
