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

T = TypeVar("T", bound="ImageInspectRootFS")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ImageInspectRootFS(Model):
    """Information about the image's RootFS, including the layer IDs."""

    __match_args__ = (
        "type_",
        "layers",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: str
    layers: list[str] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: str,
        layers: list[str] | None = None,
    ) -> None:
        self.type_ = type_
        self.layers = layers
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["Type"] = self.type_

        layers = self.layers
        if layers is not None:
            layers_json: list[str] | None
            if isinstance(layers, list):
                layers_json = layers

            else:
                layers_json = layers
            field_dict["Layers"] = layers_json
        elif "Layers" in self._sent:
            field_dict["Layers"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        type_ = d.pop("Type")

        _layers_data = d.pop("Layers", None)
        layers: list[str] | None
        if _layers_data is None:
            layers = _layers_data
        elif isinstance(_layers_data, list):
            layers_type_0 = _layers_data

            layers = layers_type_0
        else:
            raise TypeError(
                f"layers: expected list[str] | None, got {type(_layers_data).__name__}: {_layers_data!r:.200}"
            )

        image_inspect_root_fs = _new(cls)
        image_inspect_root_fs._sent = src_dict
        image_inspect_root_fs.type_ = type_
        image_inspect_root_fs.layers = layers
        image_inspect_root_fs.additional_properties = d
        return image_inspect_root_fs

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "Layers": "layers",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Layers"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> str: ...
        @overload
        def get(self, key: Literal["Layers"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
