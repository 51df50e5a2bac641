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

T = TypeVar("T", bound="Commit")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Commit(Model):
    """Commit holds the Git-commit (SHA1) that a binary was built from, as
    reported in the version-string of external tools, such as `containerd`,
    or `runC`.

    """

    __match_args__ = (
        "id",
        "expected",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ Actual commit ID of external tool. """
    expected: str | None
    """ Sent and accepted by engines up to API 1.48; removed after it.

    Commit ID of external tool expected by dockerd as set at build time.

    **Deprecated**: This field is deprecated and will be omitted in a API v1.49.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.id = id
        self.expected = expected
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        if self.expected is not None:
            field_dict["Expected"] = self.expected
        elif "Expected" in self._sent:
            field_dict["Expected"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        expected = d.pop("Expected", None)

        commit = _new(cls)
        commit._sent = src_dict
        commit.id = id
        commit.expected = expected
        commit.additional_properties = d
        return commit

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Expected": "expected",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID", "Expected"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID", "Expected"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
