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

T = TypeVar("T", bound="ContainerStatsResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerStatsResponse(Model):
    """Statistics sample for a container."""

    __match_args__ = (
        "id",
        "name",
        "os_type",
        "read",
        "cpu_stats",
        "memory_stats",
        "networks",
        "pids_stats",
        "blkio_stats",
        "num_procs",
        "storage_stats",
        "preread",
        "precpu_stats",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ ID of the container for which the stats were collected.
     """
    name: str | None
    """ Name of the container for which the stats were collected.
     """
    os_type: str | None
    """ OSType is the OS of the container ("linux" or "windows") to allow
    platform-specific handling of stats.
     """
    read: datetime.datetime | None
    """ Date and time at which this sample was collected.
    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    cpu_stats: ContainerCPUStats | None
    memory_stats: ContainerMemoryStats | None
    networks: Any | None
    """ Network statistics for the container per interface.

    This field is omitted if the container has no networking enabled.
     """
    pids_stats: ContainerPidsStats | None
    blkio_stats: ContainerBlkioStats | None
    num_procs: int | None
    """ The number of processors on the system.

    This field is Windows-specific and always zero for Linux containers.
     """
    storage_stats: ContainerStorageStats | None
    preread: datetime.datetime | None
    """ Date and time at which this first sample was collected. This field
    is not propagated if the "one-shot" option is set. If the "one-shot"
    option is set, this field may be omitted, empty, or set to a default
    date (`0001-01-01T00:00:00Z`).

    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    precpu_stats: ContainerCPUStats | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        name: str | None = None,
        os_type: str | None = None,
        read: datetime.datetime | None = None,
        cpu_stats: ContainerCPUStats | None = None,
        memory_stats: ContainerMemoryStats | None = None,
        networks: Any | None = None,
        pids_stats: ContainerPidsStats | None = None,
        blkio_stats: ContainerBlkioStats | None = None,
        num_procs: int | None = None,
        storage_stats: ContainerStorageStats | None = None,
        preread: datetime.datetime | None = None,
        precpu_stats: ContainerCPUStats | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.os_type = os_type
        self.read = read
        self.cpu_stats = cpu_stats
        self.memory_stats = memory_stats
        self.networks = networks
        self.pids_stats = pids_stats
        self.blkio_stats = blkio_stats
        self.num_procs = num_procs
        self.storage_stats = storage_stats
        self.preread = preread
        self.precpu_stats = precpu_stats
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not None:
            id_json: str | None
            id_json = id
            field_dict["id"] = id_json
        elif "id" in self._sent:
            field_dict["id"] = None

        name = self.name
        if name is not None:
            name_json: str | None
            name_json = name
            field_dict["name"] = name_json
        elif "name" in self._sent:
            field_dict["name"] = None

        os_type = self.os_type
        if os_type is not None:
            os_type_json: str | None
            os_type_json = os_type
            field_dict["os_type"] = os_type_json
        elif "os_type" in self._sent:
            field_dict["os_type"] = None

        read = self.read
        if read is not None:
            read_json = read.isoformat()
            field_dict["read"] = read_json
        elif "read" in self._sent:
            field_dict["read"] = None

        cpu_stats = self.cpu_stats
        if cpu_stats is not None:
            cpu_stats_json: dict[str, Any] | None
            if isinstance(cpu_stats, ContainerCPUStats):
                cpu_stats_json = cpu_stats.to_dict()
            else:
                cpu_stats_json = cpu_stats
            field_dict["cpu_stats"] = cpu_stats_json
        elif "cpu_stats" in self._sent:
            field_dict["cpu_stats"] = None

        memory_stats = self.memory_stats
        if memory_stats is not None:
            memory_stats_json: dict[str, Any] | None
            if isinstance(memory_stats, ContainerMemoryStats):
                memory_stats_json = memory_stats.to_dict()
            else:
                memory_stats_json = memory_stats
            field_dict["memory_stats"] = memory_stats_json
        elif "memory_stats" in self._sent:
            field_dict["memory_stats"] = None

        if self.networks is not None:
            field_dict["networks"] = self.networks
        elif "networks" in self._sent:
            field_dict["networks"] = None

        pids_stats = self.pids_stats
        if pids_stats is not None:
            pids_stats_json: dict[str, Any] | None
            if isinstance(pids_stats, ContainerPidsStats):
                pids_stats_json = pids_stats.to_dict()
            else:
                pids_stats_json = pids_stats
            field_dict["pids_stats"] = pids_stats_json
        elif "pids_stats" in self._sent:
            field_dict["pids_stats"] = None

        blkio_stats = self.blkio_stats
        if blkio_stats is not None:
            blkio_stats_json: dict[str, Any] | None
            if isinstance(blkio_stats, ContainerBlkioStats):
                blkio_stats_json = blkio_stats.to_dict()
            else:
                blkio_stats_json = blkio_stats
            field_dict["blkio_stats"] = blkio_stats_json
        elif "blkio_stats" in self._sent:
            field_dict["blkio_stats"] = None

        if self.num_procs is not None:
            field_dict["num_procs"] = self.num_procs
        elif "num_procs" in self._sent:
            field_dict["num_procs"] = None

        storage_stats = self.storage_stats
        if storage_stats is not None:
            storage_stats_json: dict[str, Any] | None
            if isinstance(storage_stats, ContainerStorageStats):
                storage_stats_json = storage_stats.to_dict()
            else:
                storage_stats_json = storage_stats
            field_dict["storage_stats"] = storage_stats_json
        elif "storage_stats" in self._sent:
            field_dict["storage_stats"] = None

        preread = self.preread
        if preread is not None:
            preread_json = preread.isoformat()
            field_dict["preread"] = preread_json
        elif "preread" in self._sent:
            field_dict["preread"] = None

        precpu_stats = self.precpu_stats
        if precpu_stats is not None:
            precpu_stats_json: dict[str, Any] | None
            if isinstance(precpu_stats, ContainerCPUStats):
                precpu_stats_json = precpu_stats.to_dict()
            else:
                precpu_stats_json = precpu_stats
            field_dict["precpu_stats"] = precpu_stats_json
        elif "precpu_stats" in self._sent:
            field_dict["precpu_stats"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _id_data = d.pop("id", None)
        id: str | None
        if _id_data is None or isinstance(_id_data, str):
            id = _id_data
        else:
            raise TypeError(
                f"id: expected None | str, got {type(_id_data).__name__}: {_id_data!r:.200}"
            )

        _name_data = d.pop("name", None)
        name: str | None
        if _name_data is None or isinstance(_name_data, str):
            name = _name_data
        else:
            raise TypeError(
                f"name: expected None | str, got {type(_name_data).__name__}: {_name_data!r:.200}"
            )

        _os_type_data = d.pop("os_type", None)
        os_type: str | None
        if _os_type_data is None or isinstance(_os_type_data, str):
            os_type = _os_type_data
        else:
            raise TypeError(
                f"os_type: expected None | str, got {type(_os_type_data).__name__}: {_os_type_data!r:.200}"
            )

        d.pop("read", None)

        d.pop("cpu_stats", None)

        d.pop("memory_stats", None)

        networks = d.pop("networks", None)

        d.pop("pids_stats", None)

        d.pop("blkio_stats", None)

        num_procs = d.pop("num_procs", None)

        d.pop("storage_stats", None)

        d.pop("preread", None)

        d.pop("precpu_stats", None)

        container_stats_response = _new(cls)
        container_stats_response._sent = src_dict
        container_stats_response.id = id
        container_stats_response.name = name
        container_stats_response.os_type = os_type
        container_stats_response.networks = networks
        container_stats_response.num_procs = num_procs
        container_stats_response.additional_properties = d
        return container_stats_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "read",
            "cpu_stats",
            "memory_stats",
            "pids_stats",
            "blkio_stats",
            "storage_stats",
            "preread",
            "precpu_stats",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "read":
            _read_src = src.get("read")
            read: datetime.datetime | None
            if _read_src is None:
                read = None
            else:
                read_value = datetime.datetime.fromisoformat(_read_src)

                read = read_value

            return read
        if deferred_name == "cpu_stats":
            _cpu_stats_data = src.get("cpu_stats")
            cpu_stats: ContainerCPUStats | None
            if _cpu_stats_data is None:
                cpu_stats = _cpu_stats_data
            elif isinstance(_cpu_stats_data, dict):
                cpu_stats_type_0 = ContainerCPUStats.from_dict(_cpu_stats_data)

                cpu_stats = cpu_stats_type_0
            else:
                raise TypeError(
                    f"cpu_stats: expected ContainerCPUStats | None, got {type(_cpu_stats_data).__name__}: {_cpu_stats_data!r:.200}"
                )

            return cpu_stats
        if deferred_name == "memory_stats":
            _memory_stats_data = src.get("memory_stats")
            memory_stats: ContainerMemoryStats | None
            if _memory_stats_data is None:
                memory_stats = _memory_stats_data
            elif isinstance(_memory_stats_data, dict):
                memory_stats_type_0 = ContainerMemoryStats.from_dict(_memory_stats_data)

                memory_stats = memory_stats_type_0
            else:
                raise TypeError(
                    f"memory_stats: expected ContainerMemoryStats | None, got {type(_memory_stats_data).__name__}: {_memory_stats_data!r:.200}"
                )

            return memory_stats
        if deferred_name == "pids_stats":
            _pids_stats_data = src.get("pids_stats")
            pids_stats: ContainerPidsStats | None
            if _pids_stats_data is None:
                pids_stats = _pids_stats_data
            elif isinstance(_pids_stats_data, dict):
                pids_stats_type_0 = ContainerPidsStats.from_dict(_pids_stats_data)

                pids_stats = pids_stats_type_0
            else:
                raise TypeError(
                    f"pids_stats: expected ContainerPidsStats | None, got {type(_pids_stats_data).__name__}: {_pids_stats_data!r:.200}"
                )

            return pids_stats
        if deferred_name == "blkio_stats":
            _blkio_stats_data = src.get("blkio_stats")
            blkio_stats: ContainerBlkioStats | None
            if _blkio_stats_data is None:
                blkio_stats = _blkio_stats_data
            elif isinstance(_blkio_stats_data, dict):
                blkio_stats_type_0 = ContainerBlkioStats.from_dict(_blkio_stats_data)

                blkio_stats = blkio_stats_type_0
            else:
                raise TypeError(
                    f"blkio_stats: expected ContainerBlkioStats | None, got {type(_blkio_stats_data).__name__}: {_blkio_stats_data!r:.200}"
                )

            return blkio_stats
        if deferred_name == "storage_stats":
            _storage_stats_data = src.get("storage_stats")
            storage_stats: ContainerStorageStats | None
            if _storage_stats_data is None:
                storage_stats = _storage_stats_data
            elif isinstance(_storage_stats_data, dict):
                storage_stats_type_0 = ContainerStorageStats.from_dict(_storage_stats_data)

                storage_stats = storage_stats_type_0
            else:
                raise TypeError(
                    f"storage_stats: expected ContainerStorageStats | None, got {type(_storage_stats_data).__name__}: {_storage_stats_data!r:.200}"
                )

            return storage_stats
        if deferred_name == "preread":
            _preread_src = src.get("preread")
            preread: datetime.datetime | None
            if _preread_src is None:
                preread = None
            else:
                preread_value = datetime.datetime.fromisoformat(_preread_src)

                preread = preread_value

            return preread
        if deferred_name == "precpu_stats":
            _precpu_stats_data = src.get("precpu_stats")
            precpu_stats: ContainerCPUStats | None
            if _precpu_stats_data is None:
                precpu_stats = _precpu_stats_data
            elif isinstance(_precpu_stats_data, dict):
                precpu_stats_type_0 = ContainerCPUStats.from_dict(_precpu_stats_data)

                precpu_stats = precpu_stats_type_0
            else:
                raise TypeError(
                    f"precpu_stats: expected ContainerCPUStats | None, got {type(_precpu_stats_data).__name__}: {_precpu_stats_data!r:.200}"
                )

            return precpu_stats
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "os_type": "os_type",
        "read": "read",
        "cpu_stats": "cpu_stats",
        "memory_stats": "memory_stats",
        "networks": "networks",
        "pids_stats": "pids_stats",
        "blkio_stats": "blkio_stats",
        "num_procs": "num_procs",
        "storage_stats": "storage_stats",
        "preread": "preread",
        "precpu_stats": "precpu_stats",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["id", "name", "os_type"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["read", "preread"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["cpu_stats", "precpu_stats"]) -> ContainerCPUStats: ...
        @overload
        def __getitem__(self, key: Literal["memory_stats"]) -> ContainerMemoryStats: ...
        @overload
        def __getitem__(self, key: Literal["networks"]) -> Any: ...
        @overload
        def __getitem__(self, key: Literal["pids_stats"]) -> ContainerPidsStats: ...
        @overload
        def __getitem__(self, key: Literal["blkio_stats"]) -> ContainerBlkioStats: ...
        @overload
        def __getitem__(self, key: Literal["num_procs"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["storage_stats"]) -> ContainerStorageStats: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["id", "name", "os_type"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["read", "preread"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(
            self, key: Literal["cpu_stats", "precpu_stats"], default: None = None
        ) -> ContainerCPUStats | None: ...
        @overload
        def get(
            self, key: Literal["memory_stats"], default: None = None
        ) -> ContainerMemoryStats | None: ...
        @overload
        def get(self, key: Literal["networks"], default: None = None) -> Any | None: ...
        @overload
        def get(
            self, key: Literal["pids_stats"], default: None = None
        ) -> ContainerPidsStats | None: ...
        @overload
        def get(
            self, key: Literal["blkio_stats"], default: None = None
        ) -> ContainerBlkioStats | None: ...
        @overload
        def get(self, key: Literal["num_procs"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["storage_stats"], default: None = None
        ) -> ContainerStorageStats | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_blkio_stats import ContainerBlkioStats
from ..models.container_cpu_stats import ContainerCPUStats
from ..models.container_memory_stats import ContainerMemoryStats
from ..models.container_pids_stats import ContainerPidsStats
from ..models.container_storage_stats import ContainerStorageStats
