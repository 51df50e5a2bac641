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

T = TypeVar("T", bound="SwarmSpecEncryptionConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecEncryptionConfig(Model):
    """Parameters related to encryption-at-rest."""

    __match_args__ = ("auto_lock_managers",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    auto_lock_managers: bool | None
    """ If set, generate a key and use it to lock data stored on the
    managers.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        auto_lock_managers: bool | None = None,
    ) -> None:
        self.auto_lock_managers = auto_lock_managers
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.auto_lock_managers is not None:
            field_dict["AutoLockManagers"] = self.auto_lock_managers
        elif "AutoLockManagers" in self._sent:
            field_dict["AutoLockManagers"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        auto_lock_managers = d.pop("AutoLockManagers", None)

        swarm_spec_encryption_config = _new(cls)
        swarm_spec_encryption_config._sent = src_dict
        swarm_spec_encryption_config.auto_lock_managers = auto_lock_managers
        swarm_spec_encryption_config.additional_properties = d
        return swarm_spec_encryption_config

    _keys: ClassVar[dict[str, str]] = {
        "AutoLockManagers": "auto_lock_managers",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["AutoLockManagers"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["AutoLockManagers"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
