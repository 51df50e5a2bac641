from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_type import MountType, check_mount_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MountPoint")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class MountPoint:
    """MountPoint represents a mount point configuration inside the container.
    This is used for reporting the mountpoints in use by a container.

    """

    type_: MountType | Unset = UNSET
    """ The mount type. Available types:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `image` an OCI image.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`. """
    name: str | Unset = UNSET
    """ Name is the name reference to the underlying data defined by `Source`
    e.g., the volume name.
     """
    source: str | Unset = UNSET
    """ Source location of the mount.

    For volumes, this contains the storage location of the volume (within
    `/var/lib/docker/volumes/`). For bind-mounts, and `npipe`, this contains
    the source (host) part of the bind-mount. For `tmpfs` mount points, this
    field is empty.
     """
    destination: str | Unset = UNSET
    """ Destination is the path relative to the container root (`/`) where
    the `Source` is mounted inside the container.
     """
    driver: str | Unset = UNSET
    """ Driver is the volume driver used to create the volume (if it is a volume).
     """
    mode: str | Unset = UNSET
    """ Mode is a comma separated list of options supplied by the user when
    creating the bind/volume mount.

    The default is platform-specific (`"z"` on Linux, empty on Windows).
     """
    rw: bool | Unset = UNSET
    """ Whether the mount is mounted writable (read-write).
     """
    propagation: str | Unset = UNSET
    """ Propagation describes how mounts are propagated from the host into the
    mount point, and vice-versa. Refer to the [Linux kernel
    documentation](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt)
    for details. This field is not used on Windows.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        name = self.name

        source = self.source

        destination = self.destination

        driver = self.driver

        mode = self.mode

        rw = self.rw

        propagation = self.propagation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if name is not UNSET:
            field_dict["Name"] = name
        if source is not UNSET:
            field_dict["Source"] = source
        if destination is not UNSET:
            field_dict["Destination"] = destination
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if rw is not UNSET:
            field_dict["RW"] = rw
        if propagation is not UNSET:
            field_dict["Propagation"] = propagation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: MountType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_mount_type(_type_)

        name = d.pop("Name", UNSET)

        source = d.pop("Source", UNSET)

        destination = d.pop("Destination", UNSET)

        driver = d.pop("Driver", UNSET)

        mode = d.pop("Mode", UNSET)

        rw = d.pop("RW", UNSET)

        propagation = d.pop("Propagation", UNSET)

        mount_point = _new(cls)
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
