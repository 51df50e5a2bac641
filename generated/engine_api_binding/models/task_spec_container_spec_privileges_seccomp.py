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
from ..models.task_spec_container_spec_privileges_seccomp_mode import (
    TaskSpecContainerSpecPrivilegesSeccompMode,
    check_task_spec_container_spec_privileges_seccomp_mode,
)

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesSeccomp")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecPrivilegesSeccomp(Model):
    """Options for configuring seccomp on the container"""

    __match_args__ = (
        "mode",
        "profile",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    mode: TaskSpecContainerSpecPrivilegesSeccompMode | None
    profile: str | None
    """ The custom seccomp profile as a json object """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        mode: TaskSpecContainerSpecPrivilegesSeccompMode | None = None,
        profile: str | None = None,
    ) -> None:
        self.mode = mode
        self.profile = profile
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

        if self.profile is not None:
            field_dict["Profile"] = self.profile
        elif "Profile" in self._sent:
            field_dict["Profile"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _mode_src = d.pop("Mode", None)
        mode: TaskSpecContainerSpecPrivilegesSeccompMode | None
        if _mode_src is None:
            mode = None
        else:
            mode_value = check_task_spec_container_spec_privileges_seccomp_mode(_mode_src)

            mode = mode_value

        profile = d.pop("Profile", None)

        task_spec_container_spec_privileges_seccomp = _new(cls)
        task_spec_container_spec_privileges_seccomp._sent = src_dict
        task_spec_container_spec_privileges_seccomp.mode = mode
        task_spec_container_spec_privileges_seccomp.profile = profile
        task_spec_container_spec_privileges_seccomp.additional_properties = d
        return task_spec_container_spec_privileges_seccomp

    _keys: ClassVar[dict[str, str]] = {
        "Mode": "mode",
        "Profile": "profile",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["Mode"]
        ) -> TaskSpecContainerSpecPrivilegesSeccompMode: ...
        @overload
        def __getitem__(self, key: Literal["Profile"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Mode"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesSeccompMode | None: ...
        @overload
        def get(self, key: Literal["Profile"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
