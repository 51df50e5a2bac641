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

T = TypeVar("T", bound="PullIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class PullIdentity(Model):
    """PullIdentity contains remote location information if image was created via pull.
    If image was pulled via mirror, this contains the original repository location.

    """

    __match_args__ = ("repository",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    repository: str | None
    """ Repository is the remote repository location the image was pulled from. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        repository: str | None = None,
    ) -> None:
        self.repository = repository
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.repository is not None:
            field_dict["Repository"] = self.repository
        elif "Repository" in self._sent:
            field_dict["Repository"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        repository = d.pop("Repository", None)

        pull_identity = _new(cls)
        pull_identity._sent = src_dict
        pull_identity.repository = repository
        pull_identity.additional_properties = d
        return pull_identity

    _keys: ClassVar[dict[str, str]] = {
        "Repository": "repository",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Repository"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Repository"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
