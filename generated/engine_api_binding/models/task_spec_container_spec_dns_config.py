from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecDNSConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecContainerSpecDNSConfig:
    """Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).

    """

    nameservers: list[str] | Unset | None = UNSET
    """ The IP addresses of the name servers. """
    search: list[str] | Unset | None = UNSET
    """ A search list for host-name lookup. """
    options: list[str] | Unset | None = UNSET
    """ A list of internal resolver variables to be modified (e.g.,
    `debug`, `ndots:3`, etc.).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nameservers: list[str] | Unset | None
        if isinstance(self.nameservers, Unset):
            nameservers = UNSET
        elif isinstance(self.nameservers, list):
            nameservers = self.nameservers

        else:
            nameservers = self.nameservers

        search: list[str] | Unset | None
        if isinstance(self.search, Unset):
            search = UNSET
        elif isinstance(self.search, list):
            search = self.search

        else:
            search = self.search

        options: list[str] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nameservers is not UNSET:
            field_dict["Nameservers"] = nameservers
        if search is not UNSET:
            field_dict["Search"] = search
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _nameservers_data = d.pop("Nameservers", UNSET)
        nameservers: list[str] | Unset | None
        if _nameservers_data is None or _nameservers_data is UNSET:
            nameservers = _nameservers_data
        elif isinstance(_nameservers_data, list):
            nameservers_type_0 = _nameservers_data

            nameservers = nameservers_type_0
        else:
            raise TypeError(
                f"nameservers: expected list[str] | None, got {type(_nameservers_data).__name__}: {_nameservers_data!r:.200}"
            )

        _search_data = d.pop("Search", UNSET)
        search: list[str] | Unset | None
        if _search_data is None or _search_data is UNSET:
            search = _search_data
        elif isinstance(_search_data, list):
            search_type_0 = _search_data

            search = search_type_0
        else:
            raise TypeError(
                f"search: expected list[str] | None, got {type(_search_data).__name__}: {_search_data!r:.200}"
            )

        _options_data = d.pop("Options", UNSET)
        options: list[str] | Unset | None
        if _options_data is None or _options_data is UNSET:
            options = _options_data
        elif isinstance(_options_data, list):
            options_type_0 = _options_data

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected list[str] | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        task_spec_container_spec_dns_config = _new(cls)
        task_spec_container_spec_dns_config.nameservers = nameservers
        task_spec_container_spec_dns_config.search = search
        task_spec_container_spec_dns_config.options = options
        task_spec_container_spec_dns_config.additional_properties = d
        return task_spec_container_spec_dns_config

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
