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

T = TypeVar("T", bound="HostConfigSysctls")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class HostConfigSysctls(Model):
    """A list of kernel parameters (sysctls) to set in the container.

    This field is omitted if not set.

        Example:
            {'net.ipv4.ip_forward': '1'}

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

        host_config_sysctls = _new(cls)
        host_config_sysctls._sent = NOTHING_SENT
        host_config_sysctls.additional_properties = dict(src_dict)
        return host_config_sysctls

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> str: ...
        @overload
        def get(self, key: str, default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
