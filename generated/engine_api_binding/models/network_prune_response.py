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

T = TypeVar("T", bound="NetworkPruneResponse")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkPruneResponse(Model):
    __match_args__ = ("networks_deleted",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    networks_deleted: list[str] | None
    """ Networks that were deleted """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        networks_deleted: list[str] | None = None,
    ) -> None:
        self.networks_deleted = networks_deleted
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        networks_deleted = self.networks_deleted
        if networks_deleted is not None:
            networks_deleted_json: list[str] | None
            if isinstance(networks_deleted, list):
                networks_deleted_json = networks_deleted

            else:
                networks_deleted_json = networks_deleted
            field_dict["NetworksDeleted"] = networks_deleted_json
        elif "NetworksDeleted" in self._sent:
            field_dict["NetworksDeleted"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _networks_deleted_data = d.pop("NetworksDeleted", None)
        networks_deleted: list[str] | None
        if _networks_deleted_data is None:
            networks_deleted = _networks_deleted_data
        elif isinstance(_networks_deleted_data, list):
            networks_deleted_type_0 = _networks_deleted_data

            networks_deleted = networks_deleted_type_0
        else:
            raise TypeError(
                f"networks_deleted: expected list[str] | None, got {type(_networks_deleted_data).__name__}: {_networks_deleted_data!r:.200}"
            )

        network_prune_response = _new(cls)
        network_prune_response._sent = src_dict
        network_prune_response.networks_deleted = networks_deleted
        network_prune_response.additional_properties = d
        return network_prune_response

    _keys: ClassVar[dict[str, str]] = {
        "NetworksDeleted": "networks_deleted",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NetworksDeleted"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["NetworksDeleted"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
