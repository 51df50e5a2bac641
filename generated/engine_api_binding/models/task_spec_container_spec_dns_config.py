from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecContainerSpecDNSConfig")


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

        def _parse_nameservers(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"nameservers: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            nameservers_type_0 = cast(list[str], data)

            return nameservers_type_0

        nameservers = _parse_nameservers(d.pop("Nameservers", UNSET))

        def _parse_search(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"search: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            search_type_0 = cast(list[str], data)

            return search_type_0

        search = _parse_search(d.pop("Search", UNSET))

        def _parse_options(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"options: expected list[str] | None, got {type(data).__name__}: {data!r:.200}"
                )
            options_type_0 = cast(list[str], data)

            return options_type_0

        options = _parse_options(d.pop("Options", UNSET))

        task_spec_container_spec_dns_config = cls(
            nameservers=nameservers,
            search=search,
            options=options,
        )

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
