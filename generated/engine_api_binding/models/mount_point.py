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
from ..models.mount_type import MountType, check_mount_type

T = TypeVar("T", bound="MountPoint")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class MountPoint(Model):
    """MountPoint represents a mount point configuration inside the container.
    This is used for reporting the mountpoints in use by a container.

    """

    __match_args__ = (
        "type_",
        "name",
        "source",
        "destination",
        "driver",
        "mode",
        "rw",
        "propagation",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: MountType | None
    """ The mount type. Available types:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `image` an OCI image.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`. """
    name: str | None
    """ Name is the name reference to the underlying data defined by `Source`
    e.g., the volume name.
     """
    source: str | None
    """ Source location of the mount.

    For volumes, this contains the storage location of the volume (within
    `/var/lib/docker/volumes/`). For bind-mounts, and `npipe`, this contains
    the source (host) part of the bind-mount. For `tmpfs` mount points, this
    field is empty.
     """
    destination: str | None
    """ Destination is the path relative to the container root (`/`) where
    the `Source` is mounted inside the container.
     """
    driver: str | None
    """ Driver is the volume driver used to create the volume (if it is a volume).
     """
    mode: str | None
    """ Mode is a comma separated list of options supplied by the user when
    creating the bind/volume mount.

    The default is platform-specific (`"z"` on Linux, empty on Windows).
     """
    rw: bool | None
    """ Whether the mount is mounted writable (read-write).
     """
    propagation: str | None
    """ Propagation describes how mounts are propagated from the host into the
    mount point, and vice-versa. Refer to the [Linux kernel
    documentation](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt)
    for details. This field is not used on Windows.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: MountType | None = None,
        name: str | None = None,
        source: str | None = None,
        destination: str | None = None,
        driver: str | None = None,
        mode: str | None = None,
        rw: bool | None = None,
        propagation: str | None = None,
    ) -> None:
        self.type_ = type_
        self.name = name
        self.source = source
        self.destination = destination
        self.driver = driver
        self.mode = mode
        self.rw = rw
        self.propagation = propagation
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.source is not None:
            field_dict["Source"] = self.source
        elif "Source" in self._sent:
            field_dict["Source"] = None

        if self.destination is not None:
            field_dict["Destination"] = self.destination
        elif "Destination" in self._sent:
            field_dict["Destination"] = None

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        if self.mode is not None:
            field_dict["Mode"] = self.mode
        elif "Mode" in self._sent:
            field_dict["Mode"] = None

        if self.rw is not None:
            field_dict["RW"] = self.rw
        elif "RW" in self._sent:
            field_dict["RW"] = None

        if self.propagation is not None:
            field_dict["Propagation"] = self.propagation
        elif "Propagation" in self._sent:
            field_dict["Propagation"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _type__src = d.pop("Type", None)
        type_: MountType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_mount_type(_type__src)

            type_ = type__value

        name = d.pop("Name", None)

        source = d.pop("Source", None)

        destination = d.pop("Destination", None)

        driver = d.pop("Driver", None)

        mode = d.pop("Mode", None)

        rw = d.pop("RW", None)

        propagation = d.pop("Propagation", None)

        mount_point = _new(cls)
        mount_point._sent = src_dict
        mount_point.type_ = type_
        mount_point.name = name
        mount_point.source = source
        mount_point.destination = destination
        mount_point.driver = driver
        mount_point.mode = mode
        mount_point.rw = rw
        mount_point.propagation = propagation
        mount_point.additional_properties = d
        return mount_point

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "Name": "name",
        "Source": "source",
        "Destination": "destination",
        "Driver": "driver",
        "Mode": "mode",
        "RW": "rw",
        "Propagation": "propagation",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> MountType: ...
        @overload
        def __getitem__(
            self, key: Literal["Name", "Source", "Destination", "Driver", "Mode", "Propagation"]
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["RW"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> MountType | None: ...
        @overload
        def get(
            self,
            key: Literal["Name", "Source", "Destination", "Driver", "Mode", "Propagation"],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["RW"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
