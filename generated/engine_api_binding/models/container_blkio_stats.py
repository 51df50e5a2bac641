from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerBlkioStats")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerBlkioStats:
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

    io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    io_serviced_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_queue_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_service_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_merged_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    sectors_recursive: list[ContainerBlkioStatEntry | None] | Unset | None = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        io_service_bytes_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_service_bytes_recursive, Unset):
            io_service_bytes_recursive = UNSET
        elif isinstance(self.io_service_bytes_recursive, list):
            io_service_bytes_recursive = []
            for io_service_bytes_recursive_type_0_item_data in self.io_service_bytes_recursive:
                io_service_bytes_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_service_bytes_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_service_bytes_recursive_type_0_item = (
                        io_service_bytes_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_service_bytes_recursive_type_0_item = (
                        io_service_bytes_recursive_type_0_item_data
                    )
                io_service_bytes_recursive.append(io_service_bytes_recursive_type_0_item)

        else:
            io_service_bytes_recursive = self.io_service_bytes_recursive

        io_serviced_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_serviced_recursive, Unset):
            io_serviced_recursive = UNSET
        elif isinstance(self.io_serviced_recursive, list):
            io_serviced_recursive = []
            for io_serviced_recursive_type_0_item_data in self.io_serviced_recursive:
                io_serviced_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_serviced_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_serviced_recursive_type_0_item = (
                        io_serviced_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_serviced_recursive_type_0_item = io_serviced_recursive_type_0_item_data
                io_serviced_recursive.append(io_serviced_recursive_type_0_item)

        else:
            io_serviced_recursive = self.io_serviced_recursive

        io_queue_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_queue_recursive, Unset):
            io_queue_recursive = UNSET
        elif isinstance(self.io_queue_recursive, list):
            io_queue_recursive = []
            for io_queue_recursive_type_0_item_data in self.io_queue_recursive:
                io_queue_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_queue_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_data.to_dict()
                else:
                    io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_data
                io_queue_recursive.append(io_queue_recursive_type_0_item)

        else:
            io_queue_recursive = self.io_queue_recursive

        io_service_time_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_service_time_recursive, Unset):
            io_service_time_recursive = UNSET
        elif isinstance(self.io_service_time_recursive, list):
            io_service_time_recursive = []
            for io_service_time_recursive_type_0_item_data in self.io_service_time_recursive:
                io_service_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_service_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_service_time_recursive_type_0_item = (
                        io_service_time_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_service_time_recursive_type_0_item = (
                        io_service_time_recursive_type_0_item_data
                    )
                io_service_time_recursive.append(io_service_time_recursive_type_0_item)

        else:
            io_service_time_recursive = self.io_service_time_recursive

        io_wait_time_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_wait_time_recursive, Unset):
            io_wait_time_recursive = UNSET
        elif isinstance(self.io_wait_time_recursive, list):
            io_wait_time_recursive = []
            for io_wait_time_recursive_type_0_item_data in self.io_wait_time_recursive:
                io_wait_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_wait_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_wait_time_recursive_type_0_item = (
                        io_wait_time_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_wait_time_recursive_type_0_item = io_wait_time_recursive_type_0_item_data
                io_wait_time_recursive.append(io_wait_time_recursive_type_0_item)

        else:
            io_wait_time_recursive = self.io_wait_time_recursive

        io_merged_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_merged_recursive, Unset):
            io_merged_recursive = UNSET
        elif isinstance(self.io_merged_recursive, list):
            io_merged_recursive = []
            for io_merged_recursive_type_0_item_data in self.io_merged_recursive:
                io_merged_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_merged_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_data.to_dict()
                else:
                    io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_data
                io_merged_recursive.append(io_merged_recursive_type_0_item)

        else:
            io_merged_recursive = self.io_merged_recursive

        io_time_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.io_time_recursive, Unset):
            io_time_recursive = UNSET
        elif isinstance(self.io_time_recursive, list):
            io_time_recursive = []
            for io_time_recursive_type_0_item_data in self.io_time_recursive:
                io_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_time_recursive_type_0_item = io_time_recursive_type_0_item_data.to_dict()
                else:
                    io_time_recursive_type_0_item = io_time_recursive_type_0_item_data
                io_time_recursive.append(io_time_recursive_type_0_item)

        else:
            io_time_recursive = self.io_time_recursive

        sectors_recursive: list[dict[str, Any] | None] | Unset | None
        if isinstance(self.sectors_recursive, Unset):
            sectors_recursive = UNSET
        elif isinstance(self.sectors_recursive, list):
            sectors_recursive = []
            for sectors_recursive_type_0_item_data in self.sectors_recursive:
                sectors_recursive_type_0_item: dict[str, Any] | None
                if isinstance(sectors_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    sectors_recursive_type_0_item = sectors_recursive_type_0_item_data.to_dict()
                else:
                    sectors_recursive_type_0_item = sectors_recursive_type_0_item_data
                sectors_recursive.append(sectors_recursive_type_0_item)

        else:
            sectors_recursive = self.sectors_recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if io_service_bytes_recursive is not UNSET:
            field_dict["io_service_bytes_recursive"] = io_service_bytes_recursive
        if io_serviced_recursive is not UNSET:
            field_dict["io_serviced_recursive"] = io_serviced_recursive
        if io_queue_recursive is not UNSET:
            field_dict["io_queue_recursive"] = io_queue_recursive
        if io_service_time_recursive is not UNSET:
            field_dict["io_service_time_recursive"] = io_service_time_recursive
        if io_wait_time_recursive is not UNSET:
            field_dict["io_wait_time_recursive"] = io_wait_time_recursive
        if io_merged_recursive is not UNSET:
            field_dict["io_merged_recursive"] = io_merged_recursive
        if io_time_recursive is not UNSET:
            field_dict["io_time_recursive"] = io_time_recursive
        if sectors_recursive is not UNSET:
            field_dict["sectors_recursive"] = sectors_recursive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _io_service_bytes_recursive_data = d.pop("io_service_bytes_recursive", UNSET)
        io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_service_bytes_recursive_data is None or _io_service_bytes_recursive_data is UNSET:
            io_service_bytes_recursive = _io_service_bytes_recursive_data
        elif isinstance(_io_service_bytes_recursive_data, list):
            io_service_bytes_recursive_type_0 = []
            _io_service_bytes_recursive_type_0 = _io_service_bytes_recursive_data
            for io_service_bytes_recursive_type_0_item_data in _io_service_bytes_recursive_type_0:
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

        _io_serviced_recursive_data = d.pop("io_serviced_recursive", UNSET)
        io_serviced_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_serviced_recursive_data is None or _io_serviced_recursive_data is UNSET:
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
                    io_serviced_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                        _io_serviced_recursive_type_0_item_data
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

        _io_queue_recursive_data = d.pop("io_queue_recursive", UNSET)
        io_queue_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_queue_recursive_data is None or _io_queue_recursive_data is UNSET:
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

        _io_service_time_recursive_data = d.pop("io_service_time_recursive", UNSET)
        io_service_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_service_time_recursive_data is None or _io_service_time_recursive_data is UNSET:
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

        _io_wait_time_recursive_data = d.pop("io_wait_time_recursive", UNSET)
        io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_wait_time_recursive_data is None or _io_wait_time_recursive_data is UNSET:
            io_wait_time_recursive = _io_wait_time_recursive_data
        elif isinstance(_io_wait_time_recursive_data, list):
            io_wait_time_recursive_type_0 = []
            _io_wait_time_recursive_type_0 = _io_wait_time_recursive_data
            for io_wait_time_recursive_type_0_item_data in _io_wait_time_recursive_type_0:
                _io_wait_time_recursive_type_0_item_data = io_wait_time_recursive_type_0_item_data
                io_wait_time_recursive_type_0_item: ContainerBlkioStatEntry | None
                if _io_wait_time_recursive_type_0_item_data is None:
                    io_wait_time_recursive_type_0_item = _io_wait_time_recursive_type_0_item_data
                elif isinstance(_io_wait_time_recursive_type_0_item_data, dict):
                    io_wait_time_recursive_type_0_item_type_0 = ContainerBlkioStatEntry.from_dict(
                        _io_wait_time_recursive_type_0_item_data
                    )

                    io_wait_time_recursive_type_0_item = io_wait_time_recursive_type_0_item_type_0
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

        _io_merged_recursive_data = d.pop("io_merged_recursive", UNSET)
        io_merged_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_merged_recursive_data is None or _io_merged_recursive_data is UNSET:
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

        _io_time_recursive_data = d.pop("io_time_recursive", UNSET)
        io_time_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _io_time_recursive_data is None or _io_time_recursive_data is UNSET:
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

        _sectors_recursive_data = d.pop("sectors_recursive", UNSET)
        sectors_recursive: list[ContainerBlkioStatEntry | None] | Unset | None
        if _sectors_recursive_data is None or _sectors_recursive_data is UNSET:
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

        container_blkio_stats = _new(cls)
        container_blkio_stats.io_service_bytes_recursive = io_service_bytes_recursive
        container_blkio_stats.io_serviced_recursive = io_serviced_recursive
        container_blkio_stats.io_queue_recursive = io_queue_recursive
        container_blkio_stats.io_service_time_recursive = io_service_time_recursive
        container_blkio_stats.io_wait_time_recursive = io_wait_time_recursive
        container_blkio_stats.io_merged_recursive = io_merged_recursive
        container_blkio_stats.io_time_recursive = io_time_recursive
        container_blkio_stats.sectors_recursive = sectors_recursive
        container_blkio_stats.additional_properties = d
        return container_blkio_stats

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


from ..models.container_blkio_stat_entry import ContainerBlkioStatEntry
