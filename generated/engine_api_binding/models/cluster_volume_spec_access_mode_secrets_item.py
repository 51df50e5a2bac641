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

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeSecretsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpecAccessModeSecretsItem(Model):
    """One cluster volume secret entry. Defines a key-value pair that
    is passed to the plugin.

    """

    __match_args__ = (
        "key",
        "secret",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    key: str | None
    """ Key is the name of the key of the key-value pair passed to
    the plugin.
     """
    secret: str | None
    """ Secret is the swarm Secret object from which to read data.
    This can be a Secret name or ID. The Secret data is
    retrieved by swarm and used as the value of the key-value
    pair passed to the plugin.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        key: str | None = None,
        secret: str | None = None,
    ) -> None:
        self.key = key
        self.secret = secret
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key is not None:
            field_dict["Key"] = self.key
        elif "Key" in self._sent:
            field_dict["Key"] = None

        if self.secret is not None:
            field_dict["Secret"] = self.secret
        elif "Secret" in self._sent:
            field_dict["Secret"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        key = d.pop("Key", None)

        secret = d.pop("Secret", None)

        cluster_volume_spec_access_mode_secrets_item = _new(cls)
        cluster_volume_spec_access_mode_secrets_item._sent = src_dict
        cluster_volume_spec_access_mode_secrets_item.key = key
        cluster_volume_spec_access_mode_secrets_item.secret = secret
        cluster_volume_spec_access_mode_secrets_item.additional_properties = d
        return cluster_volume_spec_access_mode_secrets_item

    _keys: ClassVar[dict[str, str]] = {
        "Key": "key",
        "Secret": "secret",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Key", "Secret"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Key", "Secret"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
