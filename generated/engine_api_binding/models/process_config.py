from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ProcessConfig:
    privileged: bool | Unset = UNSET
    user: str | Unset = UNSET
    tty: bool | Unset = UNSET
    entrypoint: str | Unset = UNSET
    arguments: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privileged = self.privileged

        user = self.user

        tty = self.tty

        entrypoint = self.entrypoint

        arguments: list[str] | Unset | None
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, list):
            arguments = self.arguments

        else:
            arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privileged is not UNSET:
            field_dict["privileged"] = privileged
        if user is not UNSET:
            field_dict["user"] = user
        if tty is not UNSET:
            field_dict["tty"] = tty
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        privileged = d.pop("privileged", UNSET)

        user = d.pop("user", UNSET)

        tty = d.pop("tty", UNSET)

        entrypoint = d.pop("entrypoint", UNSET)

        _arguments_data = d.pop("arguments", UNSET)
        arguments: list[str] | Unset | None
        if _arguments_data is None or _arguments_data is UNSET:
            arguments = _arguments_data
        elif isinstance(_arguments_data, list):
            arguments_type_0 = _arguments_data

            arguments = arguments_type_0
        else:
            raise TypeError(
                f"arguments: expected list[str] | None, got {type(_arguments_data).__name__}: {_arguments_data!r:.200}"
            )

        process_config = _new(cls)
        process_config.privileged = privileged
        process_config.user = user
        process_config.tty = tty
        process_config.entrypoint = entrypoint
        process_config.arguments = arguments
        process_config.additional_properties = d
        return process_config

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
