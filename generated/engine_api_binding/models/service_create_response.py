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

T = TypeVar("T", bound="ServiceCreateResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceCreateResponse(Model):
    """contains the information returned to a client on the
    creation of a new service.

    """

    __match_args__ = (
        "id",
        "warnings",
        "warning",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of the created service. """
    warnings: list[str] | None
    """ Optional warning message.

    FIXME(thaJeztah): this should have "omitempty" in the generated type.
     """
    warning: str | None
    """ Sent and accepted by engines up to API 1.43; removed after it.

    Optional warning message
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        warnings: list[str] | None = None,
        warning: str | None = None,
    ) -> None:
        self.id = id
        self.warnings = warnings
        self.warning = warning
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

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

        if self.warning is not None:
            field_dict["Warning"] = self.warning
        elif "Warning" in self._sent:
            field_dict["Warning"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

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

        warning = d.pop("Warning", None)

        service_create_response = _new(cls)
        service_create_response._sent = src_dict
        service_create_response.id = id
        service_create_response.warnings = warnings
        service_create_response.warning = warning
        service_create_response.additional_properties = d
        return service_create_response

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Warnings": "warnings",
        "Warning": "warning",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID", "Warning"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Warnings"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID", "Warning"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Warnings"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
