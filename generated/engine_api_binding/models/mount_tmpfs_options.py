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

T = TypeVar("T", bound="MountTmpfsOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class MountTmpfsOptions(Model):
    """Optional configuration for the `tmpfs` type."""

    __match_args__ = (
        "size_bytes",
        "mode",
        "options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    size_bytes: int | None
    """ The size for the tmpfs mount in bytes. """
    mode: int | None
    """ The permission mode for the tmpfs mount in an integer.
    The value must not be in octal format (e.g. 755) but rather
    the decimal representation of the octal value (e.g. 493).
     """
    options: list[list[str] | None] | None
    """ The options to be passed to the tmpfs mount. An array of arrays.
    Flag options should be provided as 1-length arrays. Other types
    should be provided as as 2-length arrays, where the first item is
    the key and the second the value.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        size_bytes: int | None = None,
        mode: int | None = None,
        options: list[list[str] | None] | None = None,
    ) -> None:
        self.size_bytes = size_bytes
        self.mode = mode
        self.options = options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.size_bytes is not None:
            field_dict["SizeBytes"] = self.size_bytes
        elif "SizeBytes" in self._sent:
            field_dict["SizeBytes"] = None

        if self.mode is not None:
            field_dict["Mode"] = self.mode
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        options = self.options
        if options is not None:
            options_json: list[list[str] | None] | None
            if isinstance(options, list):
                options_json = []
                for options_type_0_item_data in options:
                    options_type_0_item: list[str] | None
                    if isinstance(options_type_0_item_data, list):
                        options_type_0_item = options_type_0_item_data

                    else:
                        options_type_0_item = options_type_0_item_data
                    options_json.append(options_type_0_item)

            else:
                options_json = options
            field_dict["Options"] = options_json
        elif "Options" in self._sent:
            field_dict["Options"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        size_bytes = d.pop("SizeBytes", None)

        mode = d.pop("Mode", None)

        _options_data = d.pop("Options", None)
        options: list[list[str] | None] | None
        if _options_data is None:
            options = _options_data
        elif isinstance(_options_data, list):
            options_type_0 = []
            _options_type_0 = _options_data
            for options_type_0_item_data in _options_type_0:
                _options_type_0_item_data = options_type_0_item_data
                options_type_0_item: list[str] | None
                if _options_type_0_item_data is None:
                    options_type_0_item = _options_type_0_item_data
                elif isinstance(_options_type_0_item_data, list):
                    options_type_0_item_type_0 = _options_type_0_item_data

                    options_type_0_item = options_type_0_item_type_0
                else:
                    raise TypeError(
                        f"options_type_0_item: expected list[str] | None, got {type(_options_type_0_item_data).__name__}: {_options_type_0_item_data!r:.200}"
                    )

                options_type_0.append(options_type_0_item)

            options = options_type_0
        else:
            raise TypeError(
                f"options: expected list[list[str] | None] | None, got {type(_options_data).__name__}: {_options_data!r:.200}"
            )

        mount_tmpfs_options = _new(cls)
        mount_tmpfs_options._sent = src_dict
        mount_tmpfs_options.size_bytes = size_bytes
        mount_tmpfs_options.mode = mode
        mount_tmpfs_options.options = options
        mount_tmpfs_options.additional_properties = d
        return mount_tmpfs_options

    _keys: ClassVar[dict[str, str]] = {
        "SizeBytes": "size_bytes",
        "Mode": "mode",
        "Options": "options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["SizeBytes", "Mode"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Options"]) -> list[list[str] | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["SizeBytes", "Mode"], default: None = None) -> int | None: ...
        @overload
        def get(
            self, key: Literal["Options"], default: None = None
        ) -> list[list[str] | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
