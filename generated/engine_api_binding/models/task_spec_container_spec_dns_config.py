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

T = TypeVar("T", bound="TaskSpecContainerSpecDNSConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecDNSConfig(Model):
    """Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).

    """

    __match_args__ = (
        "nameservers",
        "search",
        "options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    nameservers: list[str] | None
    """ The IP addresses of the name servers. """
    search: list[str] | None
    """ A search list for host-name lookup. """
    options: list[str] | None
    """ A list of internal resolver variables to be modified (e.g.,
    `debug`, `ndots:3`, etc.).
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        nameservers: list[str] | None = None,
        search: list[str] | None = None,
        options: list[str] | None = None,
    ) -> None:
        self.nameservers = nameservers
        self.search = search
        self.options = options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        nameservers = self.nameservers
        if nameservers is not None:
            nameservers_json: list[str] | None
            if isinstance(nameservers, list):
                nameservers_json = nameservers

            else:
                nameservers_json = nameservers
            field_dict["Nameservers"] = nameservers_json
        elif "Nameservers" in self._sent:
            field_dict["Nameservers"] = None

        search = self.search
        if search is not None:
            search_json: list[str] | None
            if isinstance(search, list):
                search_json = search

            else:
                search_json = search
            field_dict["Search"] = search_json
        elif "Search" in self._sent:
            field_dict["Search"] = None

        options = self.options
        if options is not None:
            options_json: list[str] | None
            if isinstance(options, list):
                options_json = options

            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _nameservers_data = d.pop("Nameservers", None)
        nameservers: list[str] | None
        if _nameservers_data is None:
            nameservers = _nameservers_data
        elif isinstance(_nameservers_data, list):
            nameservers_type_0 = _nameservers_data

            nameservers = nameservers_type_0
        else:
            raise TypeError(
                f"nameservers: expected list[str] | None, got {type(_nameservers_data).__name__}: {_nameservers_data!r:.200}"
            )

        _search_data = d.pop("Search", None)
        search: list[str] | None
        if _search_data is None:
            search = _search_data
        elif isinstance(_search_data, list):
            search_type_0 = _search_data

            search = search_type_0
        else:
            raise TypeError(
                f"search: expected list[str] | None, got {type(_search_data).__name__}: {_search_data!r:.200}"
            )

        _options_data = d.pop("Options", None)
        options: list[str] | None
        if _options_data is None:
            options = _options_data
        elif isinstance(_options_data, list):
            options_type_0 = _options_data

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected list[str] | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        task_spec_container_spec_dns_config = _new(cls)
        task_spec_container_spec_dns_config._sent = src_dict
        task_spec_container_spec_dns_config.nameservers = nameservers
        task_spec_container_spec_dns_config.search = search
        task_spec_container_spec_dns_config.options = options
        task_spec_container_spec_dns_config.additional_properties = d
        return task_spec_container_spec_dns_config

    _keys: ClassVar[dict[str, str]] = {
        "Nameservers": "nameservers",
        "Search": "search",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Nameservers", "Search", "Options"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Nameservers", "Search", "Options"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
