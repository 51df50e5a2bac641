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

T = TypeVar("T", bound="PluginConfigUser")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PluginConfigUser(Model):
    __match_args__ = (
        "uid",
        "gid",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    uid: int | None
    gid: int | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        uid: int | None = None,
        gid: int | None = None,
    ) -> None:
        self.uid = uid
        self.gid = gid
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.uid is not None:
            field_dict["UID"] = self.uid
        elif "UID" in self._sent:
            field_dict["UID"] = None

        if self.gid is not None:
            field_dict["GID"] = self.gid
        elif "GID" in self._sent:
            field_dict["GID"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        uid = d.pop("UID", None)

        gid = d.pop("GID", None)

        plugin_config_user = _new(cls)
        plugin_config_user._sent = src_dict
        plugin_config_user.uid = uid
        plugin_config_user.gid = gid
        plugin_config_user.additional_properties = d
        return plugin_config_user

    _keys: ClassVar[dict[str, str]] = {
        "UID": "uid",
        "GID": "gid",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["UID", "GID"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["UID", "GID"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
