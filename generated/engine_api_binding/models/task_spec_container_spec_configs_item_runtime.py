from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItemRuntime")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecConfigsItemRuntime(Model):
    """Runtime represents a target that is not mounted into the
    container but is used by the task

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually
    > exclusive

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, Any]
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

        task_spec_container_spec_configs_item_runtime = _new(cls)
        task_spec_container_spec_configs_item_runtime._sent = NOTHING_SENT
        task_spec_container_spec_configs_item_runtime.additional_properties = dict(src_dict)
        return task_spec_container_spec_configs_item_runtime

    _keys: ClassVar[dict[str, str]] = {}
