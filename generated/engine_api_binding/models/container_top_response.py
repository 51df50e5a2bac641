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

T = TypeVar("T", bound="ContainerTopResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerTopResponse(Model):
    """Container "top" response."""

    __match_args__ = (
        "titles",
        "processes",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    titles: list[str] | None
    """ The ps column titles """
    processes: list[list[str] | None] | None
    """ Each process running in the container, where each process
    is an array of values corresponding to the titles. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        titles: list[str] | None = None,
        processes: list[list[str] | None] | None = None,
    ) -> None:
        self.titles = titles
        self.processes = processes
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        titles = self.titles
        if titles is not None:
            titles_json: list[str] | None
            if isinstance(titles, list):
                titles_json = titles

            else:
                titles_json = titles
            field_dict["Titles"] = titles_json
        elif "Titles" in self._sent:
            field_dict["Titles"] = None

        processes = self.processes
        if processes is not None:
            processes_json: list[list[str] | None] | None
            if isinstance(processes, list):
                processes_json = []
                for processes_type_0_item_data in processes:
                    processes_type_0_item: list[str] | None
                    if isinstance(processes_type_0_item_data, list):
                        processes_type_0_item = processes_type_0_item_data

                    else:
                        processes_type_0_item = processes_type_0_item_data
                    processes_json.append(processes_type_0_item)

            else:
                processes_json = processes
            field_dict["Processes"] = processes_json
        elif "Processes" in self._sent:
            field_dict["Processes"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _titles_data = d.pop("Titles", None)
        titles: list[str] | None
        if _titles_data is None:
            titles = _titles_data
        elif isinstance(_titles_data, list):
            titles_type_0 = _titles_data

            titles = titles_type_0
        else:
            raise TypeError(
                f"titles: expected list[str] | None, got {type(_titles_data).__name__}: {_titles_data!r:.200}"
            )

        _processes_data = d.pop("Processes", None)
        processes: list[list[str] | None] | None
        if _processes_data is None:
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
        container_top_response._sent = src_dict
        container_top_response.titles = titles
        container_top_response.processes = processes
        container_top_response.additional_properties = d
        return container_top_response

    _keys: ClassVar[dict[str, str]] = {
        "Titles": "titles",
        "Processes": "processes",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Titles"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Processes"]) -> list[list[str] | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Titles"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Processes"], default: None = None
        ) -> list[list[str] | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
