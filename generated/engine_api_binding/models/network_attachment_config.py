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

T = TypeVar("T", bound="NetworkAttachmentConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkAttachmentConfig(Model):
    """Specifies how a service should be attached to a particular network."""

    __match_args__ = (
        "target",
        "aliases",
        "driver_opts",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    target: str | None
    """ The target network for attachment. Must be a network name or ID.
     """
    aliases: list[str] | None
    """ Discoverable alternate names for the service on this network.
     """
    driver_opts: NetworkAttachmentConfigDriverOpts | None
    """ Driver attachment options for the network target.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        target: str | None = None,
        aliases: list[str] | None = None,
        driver_opts: NetworkAttachmentConfigDriverOpts | None = None,
    ) -> None:
        self.target = target
        self.aliases = aliases
        self.driver_opts = driver_opts
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.target is not None:
            field_dict["Target"] = self.target
        elif "Target" in self._sent:
            field_dict["Target"] = None

        aliases = self.aliases
        if aliases is not None:
            aliases_json: list[str] | None
            if isinstance(aliases, list):
                aliases_json = aliases

            else:
                aliases_json = aliases
            field_dict["Aliases"] = aliases_json
        elif "Aliases" in self._sent:
            field_dict["Aliases"] = None

        driver_opts = self.driver_opts
        if driver_opts is not None:
            driver_opts_json: dict[str, Any] | None
            if isinstance(driver_opts, NetworkAttachmentConfigDriverOpts):
                driver_opts_json = driver_opts.to_dict()
            else:
                driver_opts_json = driver_opts
            field_dict["DriverOpts"] = driver_opts_json
        elif "DriverOpts" in self._sent:
            field_dict["DriverOpts"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        target = d.pop("Target", None)

        _aliases_data = d.pop("Aliases", None)
        aliases: list[str] | None
        if _aliases_data is None:
            aliases = _aliases_data
        elif isinstance(_aliases_data, list):
            aliases_type_0 = _aliases_data

            aliases = aliases_type_0
        else:
            raise TypeError(
                f"aliases: expected list[str] | None, got {type(_aliases_data).__name__}: {_aliases_data!r:.200}"
            )

        d.pop("DriverOpts", None)

        network_attachment_config = _new(cls)
        network_attachment_config._sent = src_dict
        network_attachment_config.target = target
        network_attachment_config.aliases = aliases
        network_attachment_config.additional_properties = d
        return network_attachment_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "driver_opts",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "driver_opts":
            _driver_opts_data = src.get("DriverOpts")
            driver_opts: NetworkAttachmentConfigDriverOpts | None
            if _driver_opts_data is None:
                driver_opts = _driver_opts_data
            elif isinstance(_driver_opts_data, dict):
                driver_opts_type_0 = NetworkAttachmentConfigDriverOpts.from_dict(_driver_opts_data)

                driver_opts = driver_opts_type_0
            else:
                raise TypeError(
                    f"driver_opts: expected NetworkAttachmentConfigDriverOpts | None, got {type(_driver_opts_data).__name__}: {_driver_opts_data!r:.200}"
                )

            return driver_opts
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Target": "target",
        "Aliases": "aliases",
        "DriverOpts": "driver_opts",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Target"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Aliases"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["DriverOpts"]) -> NetworkAttachmentConfigDriverOpts: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Target"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Aliases"], default: None = None) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["DriverOpts"], default: None = None
        ) -> NetworkAttachmentConfigDriverOpts | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts
