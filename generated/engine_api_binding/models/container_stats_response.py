from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerStatsResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerStatsResponse:
    """Statistics sample for a container."""

    id: str | Unset | None = UNSET
    """ ID of the container for which the stats were collected.
     """
    name: str | Unset | None = UNSET
    """ Name of the container for which the stats were collected.
     """
    os_type: str | Unset | None = UNSET
    """ OSType is the OS of the container ("linux" or "windows") to allow
    platform-specific handling of stats.
     """
    read: datetime.datetime | Unset = UNSET
    """ Date and time at which this sample was collected.
    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    cpu_stats: ContainerCPUStats | Unset | None = UNSET
    memory_stats: ContainerMemoryStats | Unset | None = UNSET
    networks: Any | Unset = UNSET
    """ Network statistics for the container per interface.

    This field is omitted if the container has no networking enabled.
     """
    pids_stats: ContainerPidsStats | Unset | None = UNSET
    blkio_stats: ContainerBlkioStats | Unset | None = UNSET
    num_procs: int | Unset = UNSET
    """ The number of processors on the system.

    This field is Windows-specific and always zero for Linux containers.
     """
    storage_stats: ContainerStorageStats | Unset | None = UNSET
    preread: datetime.datetime | Unset = UNSET
    """ Date and time at which this first sample was collected. This field
    is not propagated if the "one-shot" option is set. If the "one-shot"
    option is set, this field may be omitted, empty, or set to a default
    date (`0001-01-01T00:00:00Z`).

    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    precpu_stats: ContainerCPUStats | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        os_type: str | Unset | None
        if isinstance(self.os_type, Unset):
            os_type = UNSET
        else:
            os_type = self.os_type

        read: str | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.isoformat()

        cpu_stats: dict[str, Any] | Unset | None
        if isinstance(self.cpu_stats, Unset):
            cpu_stats = UNSET
        elif isinstance(self.cpu_stats, ContainerCPUStats):
            cpu_stats = self.cpu_stats.to_dict()
        else:
            cpu_stats = self.cpu_stats

        memory_stats: dict[str, Any] | Unset | None
        if isinstance(self.memory_stats, Unset):
            memory_stats = UNSET
        elif isinstance(self.memory_stats, ContainerMemoryStats):
            memory_stats = self.memory_stats.to_dict()
        else:
            memory_stats = self.memory_stats

        networks = self.networks

        pids_stats: dict[str, Any] | Unset | None
        if isinstance(self.pids_stats, Unset):
            pids_stats = UNSET
        elif isinstance(self.pids_stats, ContainerPidsStats):
            pids_stats = self.pids_stats.to_dict()
        else:
            pids_stats = self.pids_stats

        blkio_stats: dict[str, Any] | Unset | None
        if isinstance(self.blkio_stats, Unset):
            blkio_stats = UNSET
        elif isinstance(self.blkio_stats, ContainerBlkioStats):
            blkio_stats = self.blkio_stats.to_dict()
        else:
            blkio_stats = self.blkio_stats

        num_procs = self.num_procs

        storage_stats: dict[str, Any] | Unset | None
        if isinstance(self.storage_stats, Unset):
            storage_stats = UNSET
        elif isinstance(self.storage_stats, ContainerStorageStats):
            storage_stats = self.storage_stats.to_dict()
        else:
            storage_stats = self.storage_stats

        preread: str | Unset = UNSET
        if not isinstance(self.preread, Unset):
            preread = self.preread.isoformat()

        precpu_stats: dict[str, Any] | Unset | None
        if isinstance(self.precpu_stats, Unset):
            precpu_stats = UNSET
        elif isinstance(self.precpu_stats, ContainerCPUStats):
            precpu_stats = self.precpu_stats.to_dict()
        else:
            precpu_stats = self.precpu_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if os_type is not UNSET:
            field_dict["os_type"] = os_type
        if read is not UNSET:
            field_dict["read"] = read
        if cpu_stats is not UNSET:
            field_dict["cpu_stats"] = cpu_stats
        if memory_stats is not UNSET:
            field_dict["memory_stats"] = memory_stats
        if networks is not UNSET:
            field_dict["networks"] = networks
        if pids_stats is not UNSET:
            field_dict["pids_stats"] = pids_stats
        if blkio_stats is not UNSET:
            field_dict["blkio_stats"] = blkio_stats
        if num_procs is not UNSET:
            field_dict["num_procs"] = num_procs
        if storage_stats is not UNSET:
            field_dict["storage_stats"] = storage_stats
        if preread is not UNSET:
            field_dict["preread"] = preread
        if precpu_stats is not UNSET:
            field_dict["precpu_stats"] = precpu_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id_data = d.pop("id", UNSET)
        id: str | Unset | None
        if _id_data is None or _id_data is UNSET or isinstance(_id_data, str):
            id = _id_data
        else:
            raise TypeError(
                f"id: expected None | str, got {type(_id_data).__name__}: {_id_data!r:.200}"
            )

        _name_data = d.pop("name", UNSET)
        name: str | Unset | None
        if _name_data is None or _name_data is UNSET or isinstance(_name_data, str):
            name = _name_data
        else:
            raise TypeError(
                f"name: expected None | str, got {type(_name_data).__name__}: {_name_data!r:.200}"
            )

        _os_type_data = d.pop("os_type", UNSET)
        os_type: str | Unset | None
        if _os_type_data is None or _os_type_data is UNSET or isinstance(_os_type_data, str):
            os_type = _os_type_data
        else:
            raise TypeError(
                f"os_type: expected None | str, got {type(_os_type_data).__name__}: {_os_type_data!r:.200}"
            )

        _read = d.pop("read", UNSET)
        read: datetime.datetime | Unset
        if _read is UNSET:
            read = UNSET
        else:
            read = datetime.datetime.fromisoformat(_read)

        _cpu_stats_data = d.pop("cpu_stats", UNSET)
        cpu_stats: ContainerCPUStats | Unset | None
        if _cpu_stats_data is None or _cpu_stats_data is UNSET:
            cpu_stats = _cpu_stats_data
        elif isinstance(_cpu_stats_data, dict):
            cpu_stats_type_0 = ContainerCPUStats.from_dict(_cpu_stats_data)

            cpu_stats = cpu_stats_type_0
        else:
            raise TypeError(
                f"cpu_stats: expected ContainerCPUStats | None, got {type(_cpu_stats_data).__name__}: {_cpu_stats_data!r:.200}"
            )

        _memory_stats_data = d.pop("memory_stats", UNSET)
        memory_stats: ContainerMemoryStats | Unset | None
        if _memory_stats_data is None or _memory_stats_data is UNSET:
            memory_stats = _memory_stats_data
        elif isinstance(_memory_stats_data, dict):
            memory_stats_type_0 = ContainerMemoryStats.from_dict(_memory_stats_data)

            memory_stats = memory_stats_type_0
        else:
            raise TypeError(
                f"memory_stats: expected ContainerMemoryStats | None, got {type(_memory_stats_data).__name__}: {_memory_stats_data!r:.200}"
            )

        networks = d.pop("networks", UNSET)

        _pids_stats_data = d.pop("pids_stats", UNSET)
        pids_stats: ContainerPidsStats | Unset | None
        if _pids_stats_data is None or _pids_stats_data is UNSET:
            pids_stats = _pids_stats_data
        elif isinstance(_pids_stats_data, dict):
            pids_stats_type_0 = ContainerPidsStats.from_dict(_pids_stats_data)

            pids_stats = pids_stats_type_0
        else:
            raise TypeError(
                f"pids_stats: expected ContainerPidsStats | None, got {type(_pids_stats_data).__name__}: {_pids_stats_data!r:.200}"
            )

        _blkio_stats_data = d.pop("blkio_stats", UNSET)
        blkio_stats: ContainerBlkioStats | Unset | None
        if _blkio_stats_data is None or _blkio_stats_data is UNSET:
            blkio_stats = _blkio_stats_data
        elif isinstance(_blkio_stats_data, dict):
            blkio_stats_type_0 = ContainerBlkioStats.from_dict(_blkio_stats_data)

            blkio_stats = blkio_stats_type_0
        else:
            raise TypeError(
                f"blkio_stats: expected ContainerBlkioStats | None, got {type(_blkio_stats_data).__name__}: {_blkio_stats_data!r:.200}"
            )

        num_procs = d.pop("num_procs", UNSET)

        _storage_stats_data = d.pop("storage_stats", UNSET)
        storage_stats: ContainerStorageStats | Unset | None
        if _storage_stats_data is None or _storage_stats_data is UNSET:
            storage_stats = _storage_stats_data
        elif isinstance(_storage_stats_data, dict):
            storage_stats_type_0 = ContainerStorageStats.from_dict(_storage_stats_data)

            storage_stats = storage_stats_type_0
        else:
            raise TypeError(
                f"storage_stats: expected ContainerStorageStats | None, got {type(_storage_stats_data).__name__}: {_storage_stats_data!r:.200}"
            )

        _preread = d.pop("preread", UNSET)
        preread: datetime.datetime | Unset
        if _preread is UNSET:
            preread = UNSET
        else:
            preread = datetime.datetime.fromisoformat(_preread)

        _precpu_stats_data = d.pop("precpu_stats", UNSET)
        precpu_stats: ContainerCPUStats | Unset | None
        if _precpu_stats_data is None or _precpu_stats_data is UNSET:
            precpu_stats = _precpu_stats_data
        elif isinstance(_precpu_stats_data, dict):
            precpu_stats_type_0 = ContainerCPUStats.from_dict(_precpu_stats_data)

            precpu_stats = precpu_stats_type_0
        else:
            raise TypeError(
                f"precpu_stats: expected ContainerCPUStats | None, got {type(_precpu_stats_data).__name__}: {_precpu_stats_data!r:.200}"
            )

        container_stats_response = _new(cls)
        container_stats_response.id = id
        container_stats_response.name = name
        container_stats_response.os_type = os_type
        container_stats_response.read = read
        container_stats_response.cpu_stats = cpu_stats
        container_stats_response.memory_stats = memory_stats
        container_stats_response.networks = networks
        container_stats_response.pids_stats = pids_stats
        container_stats_response.blkio_stats = blkio_stats
        container_stats_response.num_procs = num_procs
        container_stats_response.storage_stats = storage_stats
        container_stats_response.preread = preread
        container_stats_response.precpu_stats = precpu_stats
        container_stats_response.additional_properties = d
        return container_stats_response

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


from ..models.container_blkio_stats import ContainerBlkioStats
from ..models.container_cpu_stats import ContainerCPUStats
from ..models.container_memory_stats import ContainerMemoryStats
from ..models.container_pids_stats import ContainerPidsStats
from ..models.container_storage_stats import ContainerStorageStats
