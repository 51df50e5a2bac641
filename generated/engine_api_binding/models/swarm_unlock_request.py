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

T = TypeVar("T", bound="SwarmUnlockRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmUnlockRequest(Model):
    """
    Example:
        {'UnlockKey': 'SWMKEY-1-7c37Cc8654o6p38HnroywCi19pllOnGtbdZEgtKxZu8'}

    """

    __match_args__ = ("unlock_key",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    unlock_key: str | None
    """ The swarm's unlock key. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        unlock_key: str | None = None,
    ) -> None:
        self.unlock_key = unlock_key
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.unlock_key is not None:
            field_dict["UnlockKey"] = self.unlock_key
        elif "UnlockKey" in self._sent:
            field_dict["UnlockKey"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        unlock_key = d.pop("UnlockKey", None)

        swarm_unlock_request = _new(cls)
        swarm_unlock_request._sent = src_dict
        swarm_unlock_request.unlock_key = unlock_key
        swarm_unlock_request.additional_properties = d
        return swarm_unlock_request

    _secrets: ClassVar[frozenset[str]] = frozenset(
        {
            "unlock_key",
        }
    )

    _keys: ClassVar[dict[str, str]] = {
        "UnlockKey": "unlock_key",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["UnlockKey"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["UnlockKey"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
