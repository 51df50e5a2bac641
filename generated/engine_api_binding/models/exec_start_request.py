from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecStartRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ExecStartRequest:
    detach: bool | Unset = UNSET
    """ Detach from the command. """
    tty: bool | Unset = UNSET
    """ Allocate a pseudo-TTY. """
    console_size: list[int] | Unset | None = UNSET
    """ Initial console size, as an `[height, width]` array. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detach = self.detach

        tty = self.tty

        console_size: list[int] | Unset | None
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detach is not UNSET:
            field_dict["Detach"] = detach
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detach = d.pop("Detach", UNSET)

        tty = d.pop("Tty", UNSET)

        _console_size_data = d.pop("ConsoleSize", UNSET)
        console_size: list[int] | Unset | None
        if _console_size_data is None or _console_size_data is UNSET:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        exec_start_request = _new(cls)
        exec_start_request.detach = detach
        exec_start_request.tty = tty
        exec_start_request.console_size = console_size
        exec_start_request.additional_properties = d
        return exec_start_request

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
