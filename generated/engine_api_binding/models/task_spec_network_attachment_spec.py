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

T = TypeVar("T", bound="TaskSpecNetworkAttachmentSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define(eq=False)
class TaskSpecNetworkAttachmentSpec(Model):
    """Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    container_id: str | None = None
    """ ID of the container represented by this task """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: Collection[str] = _attrs_field(init=False, default=NOTHING_SENT, eq=False, repr=False)

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
