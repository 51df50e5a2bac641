from __future__ import annotations

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

T = TypeVar("T", bound="ContainerBlkioStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerBlkioStats(Model):
    """BlkioStats stores all IO service stats for data read and write.

    This type is Linux-specific and holds many fields that are specific to cgroups v1.
    On a cgroup v2 host, all fields other than `io_service_bytes_recursive`
    are omitted or `null`.

    This type is only populated on Linux and omitted for Windows containers.

        Example:
            {'io_service_bytes_recursive': [{'major': 254, 'minor': 0, 'op': 'read', 'value': 7593984}, {'major': 254,
                'minor': 0, 'op': 'write', 'value': 100}], 'io_serviced_recursive': None, 'io_queue_recursive': None,
                'io_service_time_recursive': None, 'io_wait_time_recursive': None, 'io_merged_recursive': None,
                'io_time_recursive': None, 'sectors_recursive': None}

    """

    __match_args__ = (
        "io_service_bytes_recursive",
        "io_serviced_recursive",
        "io_queue_recursive",
        "io_service_time_recursive",
        "io_wait_time_recursive",
        "io_merged_recursive",
        "io_time_recursive",
        "sectors_recursive",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | None
    io_serviced_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_queue_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_service_time_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_merged_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_time_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    sectors_recursive: list[ContainerBlkioStatEntry | None] | None
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_serviced_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_queue_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_service_time_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_merged_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        io_time_recursive: list[ContainerBlkioStatEntry | None] | None = None,
        sectors_recursive: list[ContainerBlkioStatEntry | None] | None = None,
    ) -> None:
        self.io_service_bytes_recursive = io_service_bytes_recursive
        self.io_serviced_recursive = io_serviced_recursive
        self.io_queue_recursive = io_queue_recursive
        self.io_service_time_recursive = io_service_time_recursive
        self.io_wait_time_recursive = io_wait_time_recursive
        self.io_merged_recursive = io_merged_recursive
        self.io_time_recursive = io_time_recursive
        self.sectors_recursive = sectors_recursive
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        io_service_bytes_recursive = self.io_service_bytes_recursive
        if io_service_bytes_recursive is not None:
            io_service_bytes_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_service_bytes_recursive, list):
                io_service_bytes_recursive_json = []
                for io_service_bytes_recursive_type_0_item_data in io_service_bytes_recursive:
                    io_service_bytes_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(
                        io_service_bytes_recursive_type_0_item_data, ContainerBlkioStatEntry
                    ):
                        io_service_bytes_recursive_type_0_item = (
                            io_service_bytes_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_service_bytes_recursive_type_0_item = (
                            io_service_bytes_recursive_type_0_item_data
                        )
                    io_service_bytes_recursive_json.append(io_service_bytes_recursive_type_0_item)

            else:
                io_service_bytes_recursive_json = io_service_bytes_recursive
            field_dict["io_service_bytes_recursive"] = io_service_bytes_recursive_json
        elif "io_service_bytes_recursive" in self._sent:
            field_dict["io_service_bytes_recursive"] = None

        io_serviced_recursive = self.io_serviced_recursive
        if io_serviced_recursive is not None:
            io_serviced_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_serviced_recursive, list):
                io_serviced_recursive_json = []
                for io_serviced_recursive_type_0_item_data in io_serviced_recursive:
                    io_serviced_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(io_serviced_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        io_serviced_recursive_type_0_item = (
                            io_serviced_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_serviced_recursive_type_0_item = io_serviced_recursive_type_0_item_data
                    io_serviced_recursive_json.append(io_serviced_recursive_type_0_item)

            else:
                io_serviced_recursive_json = io_serviced_recursive
            field_dict["io_serviced_recursive"] = io_serviced_recursive_json
        elif "io_serviced_recursive" in self._sent:
            field_dict["io_serviced_recursive"] = None

        io_queue_recursive = self.io_queue_recursive
        if io_queue_recursive is not None:
            io_queue_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_queue_recursive, list):
                io_queue_recursive_json = []
                for io_queue_recursive_type_0_item_data in io_queue_recursive:
                    io_queue_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(io_queue_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        io_queue_recursive_type_0_item = (
                            io_queue_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_data
                    io_queue_recursive_json.append(io_queue_recursive_type_0_item)

            else:
                io_queue_recursive_json = io_queue_recursive
            field_dict["io_queue_recursive"] = io_queue_recursive_json
        elif "io_queue_recursive" in self._sent:
            field_dict["io_queue_recursive"] = None

        io_service_time_recursive = self.io_service_time_recursive
        if io_service_time_recursive is not None:
            io_service_time_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_service_time_recursive, list):
                io_service_time_recursive_json = []
                for io_service_time_recursive_type_0_item_data in io_service_time_recursive:
                    io_service_time_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(
                        io_service_time_recursive_type_0_item_data, ContainerBlkioStatEntry
                    ):
                        io_service_time_recursive_type_0_item = (
                            io_service_time_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_service_time_recursive_type_0_item = (
                            io_service_time_recursive_type_0_item_data
                        )
                    io_service_time_recursive_json.append(io_service_time_recursive_type_0_item)

            else:
                io_service_time_recursive_json = io_service_time_recursive
            field_dict["io_service_time_recursive"] = io_service_time_recursive_json
        elif "io_service_time_recursive" in self._sent:
            field_dict["io_service_time_recursive"] = None

        io_wait_time_recursive = self.io_wait_time_recursive
        if io_wait_time_recursive is not None:
            io_wait_time_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_wait_time_recursive, list):
                io_wait_time_recursive_json = []
                for io_wait_time_recursive_type_0_item_data in io_wait_time_recursive:
                    io_wait_time_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(io_wait_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        io_wait_time_recursive_type_0_item = (
                            io_wait_time_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_wait_time_recursive_type_0_item = io_wait_time_recursive_type_0_item_data
                    io_wait_time_recursive_json.append(io_wait_time_recursive_type_0_item)

            else:
                io_wait_time_recursive_json = io_wait_time_recursive
            field_dict["io_wait_time_recursive"] = io_wait_time_recursive_json
        elif "io_wait_time_recursive" in self._sent:
            field_dict["io_wait_time_recursive"] = None

        io_merged_recursive = self.io_merged_recursive
        if io_merged_recursive is not None:
            io_merged_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_merged_recursive, list):
                io_merged_recursive_json = []
                for io_merged_recursive_type_0_item_data in io_merged_recursive:
                    io_merged_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(io_merged_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        io_merged_recursive_type_0_item = (
                            io_merged_recursive_type_0_item_data.to_dict()
                        )
                    else:
                        io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_data
                    io_merged_recursive_json.append(io_merged_recursive_type_0_item)

            else:
                io_merged_recursive_json = io_merged_recursive
            field_dict["io_merged_recursive"] = io_merged_recursive_json
        elif "io_merged_recursive" in self._sent:
            field_dict["io_merged_recursive"] = None

        io_time_recursive = self.io_time_recursive
        if io_time_recursive is not None:
            io_time_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(io_time_recursive, list):
                io_time_recursive_json = []
                for io_time_recursive_type_0_item_data in io_time_recursive:
                    io_time_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(io_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        io_time_recursive_type_0_item = io_time_recursive_type_0_item_data.to_dict()
                    else:
                        io_time_recursive_type_0_item = io_time_recursive_type_0_item_data
                    io_time_recursive_json.append(io_time_recursive_type_0_item)

            else:
                io_time_recursive_json = io_time_recursive
            field_dict["io_time_recursive"] = io_time_recursive_json
        elif "io_time_recursive" in self._sent:
            field_dict["io_time_recursive"] = None

        sectors_recursive = self.sectors_recursive
        if sectors_recursive is not None:
            sectors_recursive_json: list[dict[str, Any] | None] | None
            if isinstance(sectors_recursive, list):
                sectors_recursive_json = []
                for sectors_recursive_type_0_item_data in sectors_recursive:
                    sectors_recursive_type_0_item: dict[str, Any] | None
                    if isinstance(sectors_recursive_type_0_item_data, ContainerBlkioStatEntry):
                        sectors_recursive_type_0_item = sectors_recursive_type_0_item_data.to_dict()
                    else:
                        sectors_recursive_type_0_item = sectors_recursive_type_0_item_data
                    sectors_recursive_json.append(sectors_recursive_type_0_item)

            else:
                sectors_recursive_json = sectors_recursive
            field_dict["sectors_recursive"] = sectors_recursive_json
        elif "sectors_recursive" in self._sent:
            field_dict["sectors_recursive"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("io_service_bytes_recursive", None)

        d.pop("io_serviced_recursive", None)

        d.pop("io_queue_recursive", None)

        d.pop("io_service_time_recursive", None)

        d.pop("io_wait_time_recursive", None)

        d.pop("io_merged_recursive", None)

        d.pop("io_time_recursive", None)

        d.pop("sectors_recursive", None)

        container_blkio_stats = _new(cls)
        container_blkio_stats._sent = src_dict
        container_blkio_stats.additional_properties = d
        return container_blkio_stats

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "io_service_bytes_recursive",
            "io_serviced_recursive",
            "io_queue_recursive",
            "io_service_time_recursive",
            "io_wait_time_recursive",
            "io_merged_recursive",
            "io_time_recursive",
            "sectors_recursive",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "io_service_bytes_recursive":
            _io_service_bytes_recursive_data = src.get("io_service_bytes_recursive")
            io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_service_bytes_recursive_data is None:
                io_service_bytes_recursive = _io_service_bytes_recursive_data
            elif isinstance(_io_service_bytes_recursive_data, list):
                io_service_bytes_recursive_type_0 = []
                _io_service_bytes_recursive_type_0 = _io_service_bytes_recursive_data
                for (
                    io_service_bytes_recursive_type_0_item_data
                ) in _io_service_bytes_recursive_type_0:
                    _io_service_bytes_recursive_type_0_item_data = (
                        io_service_bytes_recursive_type_0_item_data
                    )
                    io_service_bytes_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_service_bytes_recursive_type_0_item_data is None:
                        io_service_bytes_recursive_type_0_item = (
                            _io_service_bytes_recursive_type_0_item_data
                        )
                    elif isinstance(_io_service_bytes_recursive_type_0_item_data, dict):
                        io_service_bytes_recursive_type_0_item_type_0 = (
                            ContainerBlkioStatEntry.from_dict(
                                _io_service_bytes_recursive_type_0_item_data
                            )
                        )

                        io_service_bytes_recursive_type_0_item = (
                            io_service_bytes_recursive_type_0_item_type_0
                        )
                    else:
                        raise TypeError(
                            f"io_service_bytes_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_service_bytes_recursive_type_0_item_data).__name__}: {_io_service_bytes_recursive_type_0_item_data!r:.200}"
                        )

                    io_service_bytes_recursive_type_0.append(io_service_bytes_recursive_type_0_item)

                io_service_bytes_recursive = io_service_bytes_recursive_type_0
            else:
                raise TypeError(
                    f"io_service_bytes_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_service_bytes_recursive_data).__name__}: {_io_service_bytes_recursive_data!r:.200}"
                )

            return io_service_bytes_recursive
        if deferred_name == "io_serviced_recursive":
            _io_serviced_recursive_data = src.get("io_serviced_recursive")
            io_serviced_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_serviced_recursive_data is None:
                io_serviced_recursive = _io_serviced_recursive_data
            elif isinstance(_io_serviced_recursive_data, list):
                io_serviced_recursive_type_0 = []
                _io_serviced_recursive_type_0 = _io_serviced_recursive_data
                for io_serviced_recursive_type_0_item_data in _io_serviced_recursive_type_0:
                    _io_serviced_recursive_type_0_item_data = io_serviced_recursive_type_0_item_data
                    io_serviced_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_serviced_recursive_type_0_item_data is None:
                        io_serviced_recursive_type_0_item = _io_serviced_recursive_type_0_item_data
                    elif isinstance(_io_serviced_recursive_type_0_item_data, dict):
                        io_serviced_recursive_type_0_item_type_0 = (
                            ContainerBlkioStatEntry.from_dict(
                                _io_serviced_recursive_type_0_item_data
                            )
                        )

                        io_serviced_recursive_type_0_item = io_serviced_recursive_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"io_serviced_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_serviced_recursive_type_0_item_data).__name__}: {_io_serviced_recursive_type_0_item_data!r:.200}"
                        )

                    io_serviced_recursive_type_0.append(io_serviced_recursive_type_0_item)

                io_serviced_recursive = io_serviced_recursive_type_0
            else:
                raise TypeError(
                    f"io_serviced_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_serviced_recursive_data).__name__}: {_io_serviced_recursive_data!r:.200}"
                )

            return io_serviced_recursive
        if deferred_name == "io_queue_recursive":
            _io_queue_recursive_data = src.get("io_queue_recursive")
            io_queue_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_queue_recursive_data is None:
                io_queue_recursive = _io_queue_recursive_data
            elif isinstance(_io_queue_recursive_data, list):
                io_queue_recursive_type_0 = []
                _io_queue_recursive_type_0 = _io_queue_recursive_data
                for io_queue_recursive_type_0_item_data in _io_queue_recursive_type_0:
                    _io_queue_recursive_type_0_item_data = io_queue_recursive_type_0_item_data
                    io_queue_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_queue_recursive_type_0_item_data is None:
                        io_queue_recursive_type_0_item = _io_queue_recursive_type_0_item_data
                    elif isinstance(_io_queue_recursive_type_0_item_data, dict):
                        io_queue_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                            _io_queue_recursive_type_0_item_data
                        )

                        io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"io_queue_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_queue_recursive_type_0_item_data).__name__}: {_io_queue_recursive_type_0_item_data!r:.200}"
                        )

                    io_queue_recursive_type_0.append(io_queue_recursive_type_0_item)

                io_queue_recursive = io_queue_recursive_type_0
            else:
                raise TypeError(
                    f"io_queue_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_queue_recursive_data).__name__}: {_io_queue_recursive_data!r:.200}"
                )

            return io_queue_recursive
        if deferred_name == "io_service_time_recursive":
            _io_service_time_recursive_data = src.get("io_service_time_recursive")
            io_service_time_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_service_time_recursive_data is None:
                io_service_time_recursive = _io_service_time_recursive_data
            elif isinstance(_io_service_time_recursive_data, list):
                io_service_time_recursive_type_0 = []
                _io_service_time_recursive_type_0 = _io_service_time_recursive_data
                for io_service_time_recursive_type_0_item_data in _io_service_time_recursive_type_0:
                    _io_service_time_recursive_type_0_item_data = (
                        io_service_time_recursive_type_0_item_data
                    )
                    io_service_time_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_service_time_recursive_type_0_item_data is None:
                        io_service_time_recursive_type_0_item = (
                            _io_service_time_recursive_type_0_item_data
                        )
                    elif isinstance(_io_service_time_recursive_type_0_item_data, dict):
                        io_service_time_recursive_type_0_item_type_0 = (
                            ContainerBlkioStatEntry.from_dict(
                                _io_service_time_recursive_type_0_item_data
                            )
                        )

                        io_service_time_recursive_type_0_item = (
                            io_service_time_recursive_type_0_item_type_0
                        )
                    else:
                        raise TypeError(
                            f"io_service_time_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_service_time_recursive_type_0_item_data).__name__}: {_io_service_time_recursive_type_0_item_data!r:.200}"
                        )

                    io_service_time_recursive_type_0.append(io_service_time_recursive_type_0_item)

                io_service_time_recursive = io_service_time_recursive_type_0
            else:
                raise TypeError(
                    f"io_service_time_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_service_time_recursive_data).__name__}: {_io_service_time_recursive_data!r:.200}"
                )

            return io_service_time_recursive
        if deferred_name == "io_wait_time_recursive":
            _io_wait_time_recursive_data = src.get("io_wait_time_recursive")
            io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_wait_time_recursive_data is None:
                io_wait_time_recursive = _io_wait_time_recursive_data
            elif isinstance(_io_wait_time_recursive_data, list):
                io_wait_time_recursive_type_0 = []
                _io_wait_time_recursive_type_0 = _io_wait_time_recursive_data
                for io_wait_time_recursive_type_0_item_data in _io_wait_time_recursive_type_0:
                    _io_wait_time_recursive_type_0_item_data = (
                        io_wait_time_recursive_type_0_item_data
                    )
                    io_wait_time_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_wait_time_recursive_type_0_item_data is None:
                        io_wait_time_recursive_type_0_item = (
                            _io_wait_time_recursive_type_0_item_data
                        )
                    elif isinstance(_io_wait_time_recursive_type_0_item_data, dict):
                        io_wait_time_recursive_type_0_item_type_0 = (
                            ContainerBlkioStatEntry.from_dict(
                                _io_wait_time_recursive_type_0_item_data
                            )
                        )

                        io_wait_time_recursive_type_0_item = (
                            io_wait_time_recursive_type_0_item_type_0
                        )
                    else:
                        raise TypeError(
                            f"io_wait_time_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_wait_time_recursive_type_0_item_data).__name__}: {_io_wait_time_recursive_type_0_item_data!r:.200}"
                        )

                    io_wait_time_recursive_type_0.append(io_wait_time_recursive_type_0_item)

                io_wait_time_recursive = io_wait_time_recursive_type_0
            else:
                raise TypeError(
                    f"io_wait_time_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_wait_time_recursive_data).__name__}: {_io_wait_time_recursive_data!r:.200}"
                )

            return io_wait_time_recursive
        if deferred_name == "io_merged_recursive":
            _io_merged_recursive_data = src.get("io_merged_recursive")
            io_merged_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_merged_recursive_data is None:
                io_merged_recursive = _io_merged_recursive_data
            elif isinstance(_io_merged_recursive_data, list):
                io_merged_recursive_type_0 = []
                _io_merged_recursive_type_0 = _io_merged_recursive_data
                for io_merged_recursive_type_0_item_data in _io_merged_recursive_type_0:
                    _io_merged_recursive_type_0_item_data = io_merged_recursive_type_0_item_data
                    io_merged_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_merged_recursive_type_0_item_data is None:
                        io_merged_recursive_type_0_item = _io_merged_recursive_type_0_item_data
                    elif isinstance(_io_merged_recursive_type_0_item_data, dict):
                        io_merged_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                            _io_merged_recursive_type_0_item_data
                        )

                        io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"io_merged_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_merged_recursive_type_0_item_data).__name__}: {_io_merged_recursive_type_0_item_data!r:.200}"
                        )

                    io_merged_recursive_type_0.append(io_merged_recursive_type_0_item)

                io_merged_recursive = io_merged_recursive_type_0
            else:
                raise TypeError(
                    f"io_merged_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_merged_recursive_data).__name__}: {_io_merged_recursive_data!r:.200}"
                )

            return io_merged_recursive
        if deferred_name == "io_time_recursive":
            _io_time_recursive_data = src.get("io_time_recursive")
            io_time_recursive: list[ContainerBlkioStatEntry | None] | None
            if _io_time_recursive_data is None:
                io_time_recursive = _io_time_recursive_data
            elif isinstance(_io_time_recursive_data, list):
                io_time_recursive_type_0 = []
                _io_time_recursive_type_0 = _io_time_recursive_data
                for io_time_recursive_type_0_item_data in _io_time_recursive_type_0:
                    _io_time_recursive_type_0_item_data = io_time_recursive_type_0_item_data
                    io_time_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _io_time_recursive_type_0_item_data is None:
                        io_time_recursive_type_0_item = _io_time_recursive_type_0_item_data
                    elif isinstance(_io_time_recursive_type_0_item_data, dict):
                        io_time_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                            _io_time_recursive_type_0_item_data
                        )

                        io_time_recursive_type_0_item = io_time_recursive_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"io_time_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_io_time_recursive_type_0_item_data).__name__}: {_io_time_recursive_type_0_item_data!r:.200}"
                        )

                    io_time_recursive_type_0.append(io_time_recursive_type_0_item)

                io_time_recursive = io_time_recursive_type_0
            else:
                raise TypeError(
                    f"io_time_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_io_time_recursive_data).__name__}: {_io_time_recursive_data!r:.200}"
                )

            return io_time_recursive
        if deferred_name == "sectors_recursive":
            _sectors_recursive_data = src.get("sectors_recursive")
            sectors_recursive: list[ContainerBlkioStatEntry | None] | None
            if _sectors_recursive_data is None:
                sectors_recursive = _sectors_recursive_data
            elif isinstance(_sectors_recursive_data, list):
                sectors_recursive_type_0 = []
                _sectors_recursive_type_0 = _sectors_recursive_data
                for sectors_recursive_type_0_item_data in _sectors_recursive_type_0:
                    _sectors_recursive_type_0_item_data = sectors_recursive_type_0_item_data
                    sectors_recursive_type_0_item: ContainerBlkioStatEntry | None
                    if _sectors_recursive_type_0_item_data is None:
                        sectors_recursive_type_0_item = _sectors_recursive_type_0_item_data
                    elif isinstance(_sectors_recursive_type_0_item_data, dict):
                        sectors_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                            _sectors_recursive_type_0_item_data
                        )

                        sectors_recursive_type_0_item = sectors_recursive_type_0_item_type_0
                    else:
                        raise TypeError(
                            f"sectors_recursive_type_0_item: expected ContainerBlkioStatEntry | None, got {type(_sectors_recursive_type_0_item_data).__name__}: {_sectors_recursive_type_0_item_data!r:.200}"
                        )

                    sectors_recursive_type_0.append(sectors_recursive_type_0_item)

                sectors_recursive = sectors_recursive_type_0
            else:
                raise TypeError(
                    f"sectors_recursive: expected list[ContainerBlkioStatEntry | None] | None, got {type(_sectors_recursive_data).__name__}: {_sectors_recursive_data!r:.200}"
                )

            return sectors_recursive
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "io_service_bytes_recursive": "io_service_bytes_recursive",
        "io_serviced_recursive": "io_serviced_recursive",
        "io_queue_recursive": "io_queue_recursive",
        "io_service_time_recursive": "io_service_time_recursive",
        "io_wait_time_recursive": "io_wait_time_recursive",
        "io_merged_recursive": "io_merged_recursive",
        "io_time_recursive": "io_time_recursive",
        "sectors_recursive": "sectors_recursive",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "io_service_bytes_recursive",
                "io_serviced_recursive",
                "io_queue_recursive",
                "io_service_time_recursive",
                "io_wait_time_recursive",
                "io_merged_recursive",
                "io_time_recursive",
                "sectors_recursive",
            ],
        ) -> list[ContainerBlkioStatEntry | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "io_service_bytes_recursive",
                "io_serviced_recursive",
                "io_queue_recursive",
                "io_service_time_recursive",
                "io_wait_time_recursive",
                "io_merged_recursive",
                "io_time_recursive",
                "sectors_recursive",
            ],
            default: None = None,
        ) -> list[ContainerBlkioStatEntry | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_blkio_stat_entry import ContainerBlkioStatEntry
