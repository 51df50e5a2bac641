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

T = TypeVar("T", bound="TaskSpecNetworkAttachmentSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecNetworkAttachmentSpec(Model):
    """Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    __match_args__ = ("container_id",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    container_id: str | None
    """ ID of the container represented by this task """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        container_id: str | None = None,
    ) -> None:
        self.container_id = container_id
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.container_id is not None:
            field_dict["ContainerID"] = self.container_id
        elif "ContainerID" in self._sent:
            field_dict["ContainerID"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        container_id = d.pop("ContainerID", None)

        task_spec_network_attachment_spec = _new(cls)
        task_spec_network_attachment_spec._sent = src_dict
        task_spec_network_attachment_spec.container_id = container_id
        task_spec_network_attachment_spec.additional_properties = d
        return task_spec_network_attachment_spec

    _keys: ClassVar[dict[str, str]] = {
        "ContainerID": "container_id",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ContainerID"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ContainerID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
