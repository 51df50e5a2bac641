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

T = TypeVar("T", bound="ConfigReference")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ConfigReference(Model):
    """The config-only network source to provide the configuration for
    this network.

    """

    __match_args__ = ("network",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    network: str | None
    """ The name of the config-only network that provides the network's
    configuration. The specified network must be an existing config-only
    network. Only network names are allowed, not network IDs.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        network: str | None = None,
    ) -> None:
        self.network = network
        self.additional_properties = {}
        self._sent = NOTHING_SENT

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
