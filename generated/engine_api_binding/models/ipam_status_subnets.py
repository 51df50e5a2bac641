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

T = TypeVar("T", bound="IPAMStatusSubnets")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IPAMStatusSubnets(Model):
    """
    Example:
        {'172.16.0.0/16': {'IPsInUse': 3, 'DynamicIPsAvailable': 65533}, '2001:db8:abcd:0012::0/96': {'IPsInUse': 5,
            'DynamicIPsAvailable': 4294967291}}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, SubnetStatus]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        ipam_status_subnets = _new(cls)
        ipam_status_subnets._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SubnetStatus.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        ipam_status_subnets.additional_properties = additional_properties
        return ipam_status_subnets

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> SubnetStatus: ...
        @overload
        def get(self, key: str, default: None = None) -> SubnetStatus | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.subnet_status import SubnetStatus
