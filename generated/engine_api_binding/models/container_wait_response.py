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

T = TypeVar("T", bound="ContainerWaitResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerWaitResponse(Model):
    """OK response to ContainerWait operation"""

    __match_args__ = (
        "status_code",
        "error",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    status_code: int
    """ Exit code of the container """
    error: ContainerWaitExitError | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        status_code: int,
        error: ContainerWaitExitError | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["StatusCode"] = self.status_code

        error = self.error
        if error is not None:
            error_json: dict[str, Any] | None
            if isinstance(error, ContainerWaitExitError):
                error_json = error.to_dict()
            else:
                error_json = error
            field_dict["Error"] = error_json
        elif "Error" in self._sent:
            field_dict["Error"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        status_code = d.pop("StatusCode")

        d.pop("Error", None)

        container_wait_response = _new(cls)
        container_wait_response._sent = src_dict
        container_wait_response.status_code = status_code
        container_wait_response.additional_properties = d
        return container_wait_response

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "error":
            _error_data = src.get("Error")
            error: ContainerWaitExitError | None
            if _error_data is None:
                error = _error_data
            elif isinstance(_error_data, dict):
                error_type_0 = ContainerWaitExitError.from_dict(_error_data)

                error = error_type_0
            else:
                raise TypeError(
                    f"error: expected ContainerWaitExitError | None, got {type(_error_data).__name__}: {_error_data!r:.200}"
                )

            return error
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "StatusCode": "status_code",
        "Error": "error",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["StatusCode"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["Error"]) -> ContainerWaitExitError: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["StatusCode"], default: None = None) -> int: ...
        @overload
        def get(
            self, key: Literal["Error"], default: None = None
        ) -> ContainerWaitExitError | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_wait_exit_error import ContainerWaitExitError
