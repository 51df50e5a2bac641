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

T = TypeVar("T", bound="ContainerUpdateResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerUpdateResponse(Model):
    """Response for a successful container-update."""

    __match_args__ = ("warnings",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    warnings: list[str] | None
    """ Warnings encountered when updating the container. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        warnings: list[str] | None = None,
    ) -> None:
        self.warnings = warnings
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        warnings = self.warnings
        if warnings is not None:
            warnings_json: list[str] | None
            if isinstance(warnings, list):
                warnings_json = warnings

            else:
                warnings_json = warnings
            field_dict["Warnings"] = warnings_json
        elif "Warnings" in self._sent:
            field_dict["Warnings"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _warnings_data = d.pop("Warnings", None)
        warnings: list[str] | None
        if _warnings_data is None:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        container_update_response = _new(cls)
        container_update_response._sent = src_dict
        container_update_response.warnings = warnings
        container_update_response.additional_properties = d
        return container_update_response

    _keys: ClassVar[dict[str, str]] = {
        "Warnings": "warnings",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Warnings"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Warnings"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
