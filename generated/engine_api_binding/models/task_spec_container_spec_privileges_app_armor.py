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
from ..models.task_spec_container_spec_privileges_app_armor_mode import (
    TaskSpecContainerSpecPrivilegesAppArmorMode,
    check_task_spec_container_spec_privileges_app_armor_mode,
)

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesAppArmor")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecPrivilegesAppArmor(Model):
    """Options for configuring AppArmor on the container"""

    __match_args__ = ("mode",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    mode: TaskSpecContainerSpecPrivilegesAppArmorMode | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        mode: TaskSpecContainerSpecPrivilegesAppArmorMode | None = None,
    ) -> None:
        self.mode = mode
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mode = self.mode
        if mode is not None:
            mode_json: str = mode
            field_dict["Mode"] = mode_json
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _mode_src = d.pop("Mode", None)
        mode: TaskSpecContainerSpecPrivilegesAppArmorMode | None
        if _mode_src is None:
            mode = None
        else:
            mode_value = check_task_spec_container_spec_privileges_app_armor_mode(_mode_src)

            mode = mode_value

        task_spec_container_spec_privileges_app_armor = _new(cls)
        task_spec_container_spec_privileges_app_armor._sent = src_dict
        task_spec_container_spec_privileges_app_armor.mode = mode
        task_spec_container_spec_privileges_app_armor.additional_properties = d
        return task_spec_container_spec_privileges_app_armor

    _keys: ClassVar[dict[str, str]] = {
        "Mode": "mode",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Mode"]
        ) -> TaskSpecContainerSpecPrivilegesAppArmorMode: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Mode"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesAppArmorMode | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
