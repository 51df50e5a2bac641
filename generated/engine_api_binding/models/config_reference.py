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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ConfigReference")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define(eq=False)
class ConfigReference(Model):
    """The config-only network source to provide the configuration for
    this network.

    """

    network: str | None = None
    """ The name of the config-only network that provides the network's
    configuration. The specified network must be an existing config-only
    network. Only network names are allowed, not network IDs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: Collection[str] = _attrs_field(init=False, default=NOTHING_SENT, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.network is not None:
            field_dict["Network"] = self.network
        elif "Network" in self._sent:
            field_dict["Network"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        network = d.pop("Network", None)

        config_reference = _new(cls)
        config_reference._sent = src_dict
        config_reference.network = network
        config_reference.additional_properties = d
        return config_reference

    _keys: ClassVar[dict[str, str]] = {
        "Network": "network",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Network"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Network"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
