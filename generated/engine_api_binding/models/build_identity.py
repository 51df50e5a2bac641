from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="BuildIdentity")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class BuildIdentity(Model):
    """BuildIdentity contains build reference information if image was created via build."""

    __match_args__ = (
        "ref",
        "created_at",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    ref: str | None
    """ Ref is the identifier for the build request. This reference can be used to
    look up the build details in BuildKit history API. """
    created_at: datetime.datetime | None
    """ CreatedAt is the time when the build ran. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        ref: str | None = None,
        created_at: datetime.datetime | None = None,
    ) -> None:
        self.ref = ref
        self.created_at = created_at
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ref is not None:
            field_dict["Ref"] = self.ref
        elif "Ref" in self._sent:
            field_dict["Ref"] = None

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        ref = d.pop("Ref", None)

        d.pop("CreatedAt", None)

        build_identity = _new(cls)
        build_identity._sent = src_dict
        build_identity.ref = ref
        build_identity.additional_properties = d
        return build_identity

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Ref": "ref",
        "CreatedAt": "created_at",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Ref"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Ref"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
