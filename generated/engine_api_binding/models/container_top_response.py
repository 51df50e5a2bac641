from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerTopResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerTopResponse:
    """Container "top" response."""

    titles: list[str] | Unset | None = UNSET
    """ The ps column titles """
    processes: list[list[str] | None] | Unset | None = UNSET
    """ Each process running in the container, where each process
    is an array of values corresponding to the titles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        titles: list[str] | Unset | None
        if isinstance(self.titles, Unset):
            titles = UNSET
        elif isinstance(self.titles, list):
            titles = self.titles

        else:
            titles = self.titles

        processes: list[list[str] | None] | Unset | None
        if isinstance(self.processes, Unset):
            processes = UNSET
        elif isinstance(self.processes, list):
            processes = []
            for processes_type_0_item_data in self.processes:
                processes_type_0_item: list[str] | None
                if isinstance(processes_type_0_item_data, list):
                    processes_type_0_item = processes_type_0_item_data

                else:
                    processes_type_0_item = processes_type_0_item_data
                processes.append(processes_type_0_item)

        else:
            processes = self.processes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if titles is not UNSET:
            field_dict["Titles"] = titles
        if processes is not UNSET:
            field_dict["Processes"] = processes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _titles_data = d.pop("Titles", UNSET)
        titles: list[str] | Unset | None
        if _titles_data is None or _titles_data is UNSET:
            titles = _titles_data
        elif isinstance(_titles_data, list):
            titles_type_0 = _titles_data

            titles = titles_type_0
        else:
            raise TypeError(
                f"titles: expected list[str] | None, got {type(_titles_data).__name__}: {_titles_data!r:.200}"
            )

        _processes_data = d.pop("Processes", UNSET)
        processes: list[list[str] | None] | Unset | None
        if _processes_data is None or _processes_data is UNSET:
            processes = _processes_data
        elif isinstance(_processes_data, list):
            processes_type_0 = []
            _processes_type_0 = _processes_data
            for processes_type_0_item_data in _processes_type_0:
                _processes_type_0_item_data = processes_type_0_item_data
                processes_type_0_item: list[str] | None
                if _processes_type_0_item_data is None:
                    processes_type_0_item = _processes_type_0_item_data
                elif isinstance(_processes_type_0_item_data, list):
                    processes_type_0_item_type_0 = _processes_type_0_item_data

                    processes_type_0_item = processes_type_0_item_type_0
                else:
                    raise TypeError(
                        f"processes_type_0_item: expected list[str] | None, got {type(_processes_type_0_item_data).__name__}: {_processes_type_0_item_data!r:.200}"
                    )

                processes_type_0.append(processes_type_0_item)

            processes = processes_type_0
        else:
            raise TypeError(
                f"processes: expected list[list[str] | None] | None, got {type(_processes_data).__name__}: {_processes_data!r:.200}"
            )

        container_top_response = _new(cls)
        container_top_response.titles = titles
        container_top_response.processes = processes
        container_top_response.additional_properties = d
        return container_top_response

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
