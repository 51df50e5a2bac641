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

T = TypeVar("T", bound="ContainerSummaryNetworkSettings")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerSummaryNetworkSettings(Model):
    """Summary of the container's network settings"""

    __match_args__ = ("networks",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    networks: ContainerSummaryNetworkSettingsNetworks | None
    """ Summary of network-settings for each network the container is
    attached to. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        networks: ContainerSummaryNetworkSettingsNetworks | None = None,
    ) -> None:
        self.networks = networks
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        networks = self.networks
        if networks is not None:
            networks_json: dict[str, Any] | None
            if isinstance(networks, ContainerSummaryNetworkSettingsNetworks):
                networks_json = networks.to_dict()
            else:
                networks_json = networks
            field_dict["Networks"] = networks_json
        elif "Networks" in self._sent:
            field_dict["Networks"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Networks", None)

        container_summary_network_settings = _new(cls)
        container_summary_network_settings._sent = src_dict
        container_summary_network_settings.additional_properties = d
        return container_summary_network_settings

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "networks",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "networks":
            _networks_data = src.get("Networks")
            networks: ContainerSummaryNetworkSettingsNetworks | None
            if _networks_data is None:
                networks = _networks_data
            elif isinstance(_networks_data, dict):
                networks_type_0 = ContainerSummaryNetworkSettingsNetworks.from_dict(_networks_data)

                networks = networks_type_0
            else:
                raise TypeError(
                    f"networks: expected ContainerSummaryNetworkSettingsNetworks | None, got {type(_networks_data).__name__}: {_networks_data!r:.200}"
                )

            return networks
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Networks": "networks",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Networks"]
        ) -> ContainerSummaryNetworkSettingsNetworks: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Networks"], default: None = None
        ) -> ContainerSummaryNetworkSettingsNetworks | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_summary_network_settings_networks import (
    ContainerSummaryNetworkSettingsNetworks,
)
