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

T = TypeVar("T", bound="PluginConfigRootfs")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigRootfs(Model):
    __match_args__ = (
        "type_",
        "diff_ids",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: str | None
    diff_ids: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: str | None = None,
        diff_ids: list[str] | None = None,
    ) -> None:
        self.type_ = type_
        self.diff_ids = diff_ids
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._sent:
            field_dict["type"] = None

        diff_ids = self.diff_ids
        if diff_ids is not None:
            diff_ids_json: list[str] | None
            if isinstance(diff_ids, list):
                diff_ids_json = diff_ids

            else:
                diff_ids_json = diff_ids
            field_dict["diff_ids"] = diff_ids_json
        elif "diff_ids" in self._sent:
            field_dict["diff_ids"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        type_ = d.pop("type", None)

        _diff_ids_data = d.pop("diff_ids", None)
        diff_ids: list[str] | None
        if _diff_ids_data is None:
            diff_ids = _diff_ids_data
        elif isinstance(_diff_ids_data, list):
            diff_ids_type_0 = _diff_ids_data

            diff_ids = diff_ids_type_0
        else:
            raise TypeError(
                f"diff_ids: expected list[str] | None, got {type(_diff_ids_data).__name__}: {_diff_ids_data!r:.200}"
            )

        plugin_config_rootfs = _new(cls)
        plugin_config_rootfs._sent = src_dict
        plugin_config_rootfs.type_ = type_
        plugin_config_rootfs.diff_ids = diff_ids
        plugin_config_rootfs.additional_properties = d
        return plugin_config_rootfs

    _keys: ClassVar[dict[str, str]] = {
        "type": "type_",
        "diff_ids": "diff_ids",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["type"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["diff_ids"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["type"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["diff_ids"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
