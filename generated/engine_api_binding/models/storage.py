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

T = TypeVar("T", bound="Storage")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Storage(Model):
    """Information about the storage used by the container."""

    __match_args__ = ("root_fs",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    root_fs: RootFSStorage | None
    """ Information about the storage used for the container's root filesystem.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        root_fs: RootFSStorage | None = None,
    ) -> None:
        self.root_fs = root_fs
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        root_fs = self.root_fs
        if root_fs is not None:
            root_fs_json: dict[str, Any] | None
            if isinstance(root_fs, RootFSStorage):
                root_fs_json = root_fs.to_dict()
            else:
                root_fs_json = root_fs
            field_dict["RootFS"] = root_fs_json
        elif "RootFS" in self._sent:
            field_dict["RootFS"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("RootFS", None)

        storage = _new(cls)
        storage._sent = src_dict
        storage.additional_properties = d
        return storage

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "root_fs",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "root_fs":
            _root_fs_data = src.get("RootFS")
            root_fs: RootFSStorage | None
            if _root_fs_data is None:
                root_fs = _root_fs_data
            elif isinstance(_root_fs_data, dict):
                root_fs_type_0 = RootFSStorage.from_dict(_root_fs_data)

                root_fs = root_fs_type_0
            else:
                raise TypeError(
                    f"root_fs: expected None | RootFSStorage, got {type(_root_fs_data).__name__}: {_root_fs_data!r:.200}"
                )

            return root_fs
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "RootFS": "root_fs",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["RootFS"]) -> RootFSStorage: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["RootFS"], default: None = None) -> RootFSStorage | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.root_fs_storage import RootFSStorage
