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
from ..models.mount_bind_options_propagation import (
    MountBindOptionsPropagation,
    check_mount_bind_options_propagation,
)

T = TypeVar("T", bound="MountBindOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class MountBindOptions(Model):
    """Optional configuration for the `bind` type."""

    __match_args__ = (
        "propagation",
        "non_recursive",
        "create_mountpoint",
        "read_only_non_recursive",
        "read_only_force_recursive",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    propagation: MountBindOptionsPropagation | None
    """ A propagation mode with the value `[r]private`, `[r]shared`, or `[r]slave`. """
    non_recursive: bool | None
    """ Disable recursive bind mount. """
    create_mountpoint: bool | None
    """ Create mount point on host if missing """
    read_only_non_recursive: bool | None
    """ Make the mount non-recursively read-only, but still leave the mount recursive
    (unless NonRecursive is set to `true` in conjunction).

    Added in v1.44, before that version all read-only mounts were
    non-recursive by default. To match the previous behaviour this
    will default to `true` for clients on versions prior to v1.44.
     """
    read_only_force_recursive: bool | None
    """ Raise an error if the mount cannot be made recursively read-only. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        propagation: MountBindOptionsPropagation | None = None,
        non_recursive: bool | None = None,
        create_mountpoint: bool | None = None,
        read_only_non_recursive: bool | None = None,
        read_only_force_recursive: bool | None = None,
    ) -> None:
        self.propagation = propagation
        self.non_recursive = non_recursive
        self.create_mountpoint = create_mountpoint
        self.read_only_non_recursive = read_only_non_recursive
        self.read_only_force_recursive = read_only_force_recursive
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        propagation = self.propagation
        if propagation is not None:
            propagation_json: str = propagation
            field_dict["Propagation"] = propagation_json
        elif "Propagation" in self._sent:
            field_dict["Propagation"] = None

        if self.non_recursive is not None:
            field_dict["NonRecursive"] = self.non_recursive
        elif "NonRecursive" in self._sent:
            field_dict["NonRecursive"] = None

        if self.create_mountpoint is not None:
            field_dict["CreateMountpoint"] = self.create_mountpoint
        elif "CreateMountpoint" in self._sent:
            field_dict["CreateMountpoint"] = None

        if self.read_only_non_recursive is not None:
            field_dict["ReadOnlyNonRecursive"] = self.read_only_non_recursive
        elif "ReadOnlyNonRecursive" in self._sent:
            field_dict["ReadOnlyNonRecursive"] = None

        if self.read_only_force_recursive is not None:
            field_dict["ReadOnlyForceRecursive"] = self.read_only_force_recursive
        elif "ReadOnlyForceRecursive" in self._sent:
            field_dict["ReadOnlyForceRecursive"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _propagation_src = d.pop("Propagation", None)
        propagation: MountBindOptionsPropagation | None
        if _propagation_src is None:
            propagation = None
        else:
            propagation_value = check_mount_bind_options_propagation(_propagation_src)

            propagation = propagation_value

        non_recursive = d.pop("NonRecursive", None)

        create_mountpoint = d.pop("CreateMountpoint", None)

        read_only_non_recursive = d.pop("ReadOnlyNonRecursive", None)

        read_only_force_recursive = d.pop("ReadOnlyForceRecursive", None)

        mount_bind_options = _new(cls)
        mount_bind_options._sent = src_dict
        mount_bind_options.propagation = propagation
        mount_bind_options.non_recursive = non_recursive
        mount_bind_options.create_mountpoint = create_mountpoint
        mount_bind_options.read_only_non_recursive = read_only_non_recursive
        mount_bind_options.read_only_force_recursive = read_only_force_recursive
        mount_bind_options.additional_properties = d
        return mount_bind_options

    _keys: ClassVar[dict[str, str]] = {
        "Propagation": "propagation",
        "NonRecursive": "non_recursive",
        "CreateMountpoint": "create_mountpoint",
        "ReadOnlyNonRecursive": "read_only_non_recursive",
        "ReadOnlyForceRecursive": "read_only_force_recursive",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Propagation"]) -> MountBindOptionsPropagation: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "NonRecursive", "CreateMountpoint", "ReadOnlyNonRecursive", "ReadOnlyForceRecursive"
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Propagation"], default: None = None
        ) -> MountBindOptionsPropagation | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "NonRecursive", "CreateMountpoint", "ReadOnlyNonRecursive", "ReadOnlyForceRecursive"
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
