from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="SecretSpecLabels")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SecretSpecLabels(Model):
    """User-defined key/value metadata.

    Example:
        {'com.example.some-label': 'some-value', 'com.example.some-other-label': 'some-other-value'}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, str]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        secret_spec_labels = _new(cls)
        secret_spec_labels._sent = NOTHING_SENT
        secret_spec_labels.additional_properties = dict(src_dict)
        return secret_spec_labels

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> str: ...
        @overload
        def get(self, key: str, default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
