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

T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItemFile")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecConfigsItemFile(Model):
    """File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive

    """

    __match_args__ = (
        "name",
        "uid",
        "gid",
        "mode",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name represents the final filename in the filesystem.
     """
    uid: str | None
    """ UID represents the file UID. """
    gid: str | None
    """ GID represents the file GID. """
    mode: int | None
    """ Mode represents the FileMode of the file. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        uid: str | None = None,
        gid: str | None = None,
        mode: int | None = None,
    ) -> None:
        self.name = name
        self.uid = uid
        self.gid = gid
        self.mode = mode
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.uid is not None:
            field_dict["UID"] = self.uid
        elif "UID" in self._sent:
            field_dict["UID"] = None

        if self.gid is not None:
            field_dict["GID"] = self.gid
        elif "GID" in self._sent:
            field_dict["GID"] = None

        if self.mode is not None:
            field_dict["Mode"] = self.mode
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        uid = d.pop("UID", None)

        gid = d.pop("GID", None)

        mode = d.pop("Mode", None)

        task_spec_container_spec_configs_item_file = _new(cls)
        task_spec_container_spec_configs_item_file._sent = src_dict
        task_spec_container_spec_configs_item_file.name = name
        task_spec_container_spec_configs_item_file.uid = uid
        task_spec_container_spec_configs_item_file.gid = gid
        task_spec_container_spec_configs_item_file.mode = mode
        task_spec_container_spec_configs_item_file.additional_properties = d
        return task_spec_container_spec_configs_item_file

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "UID": "uid",
        "GID": "gid",
        "Mode": "mode",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "UID", "GID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Mode"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "UID", "GID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Mode"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
