from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_type import MountType, check_mount_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Mount")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Mount:
    target: str | Unset = UNSET
    """ Container path. """
    source: str | Unset = UNSET
    """ Mount source (e.g. a volume name, a host path). The source cannot be
    specified when using `Type=tmpfs`. For `Type=bind`, the source path
    must either exist, or the `CreateMountpoint` must be set to `true` to
    create the source path on the host if missing.

    For `Type=npipe`, the pipe must exist prior to creating the container. """
    type_: MountType | Unset = UNSET
    """ The mount type. Available types:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `image` an OCI image.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`. """
    read_only: bool | Unset = UNSET
    """ Whether the mount should be read-only. """
    consistency: str | Unset = UNSET
    """ The consistency requirement for the mount: `default`, `consistent`, `cached`, or `delegated`. """
    bind_options: MountBindOptions | Unset | None = UNSET
    """ Optional configuration for the `bind` type. """
    volume_options: MountVolumeOptions | Unset | None = UNSET
    """ Optional configuration for the `volume` type. """
    image_options: MountImageOptions | Unset | None = UNSET
    """ Optional configuration for the `image` type. """
    tmpfs_options: MountTmpfsOptions | Unset | None = UNSET
    """ Optional configuration for the `tmpfs` type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        source = self.source

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        read_only = self.read_only

        consistency = self.consistency

        bind_options: dict[str, Any] | Unset | None
        if isinstance(self.bind_options, Unset):
            bind_options = UNSET
        elif isinstance(self.bind_options, MountBindOptions):
            bind_options = self.bind_options.to_dict()
        else:
            bind_options = self.bind_options

        volume_options: dict[str, Any] | Unset | None
        if isinstance(self.volume_options, Unset):
            volume_options = UNSET
        elif isinstance(self.volume_options, MountVolumeOptions):
            volume_options = self.volume_options.to_dict()
        else:
            volume_options = self.volume_options

        image_options: dict[str, Any] | Unset | None
        if isinstance(self.image_options, Unset):
            image_options = UNSET
        elif isinstance(self.image_options, MountImageOptions):
            image_options = self.image_options.to_dict()
        else:
            image_options = self.image_options

        tmpfs_options: dict[str, Any] | Unset | None
        if isinstance(self.tmpfs_options, Unset):
            tmpfs_options = UNSET
        elif isinstance(self.tmpfs_options, MountTmpfsOptions):
            tmpfs_options = self.tmpfs_options.to_dict()
        else:
            tmpfs_options = self.tmpfs_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if source is not UNSET:
            field_dict["Source"] = source
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if read_only is not UNSET:
            field_dict["ReadOnly"] = read_only
        if consistency is not UNSET:
            field_dict["Consistency"] = consistency
        if bind_options is not UNSET:
            field_dict["BindOptions"] = bind_options
        if volume_options is not UNSET:
            field_dict["VolumeOptions"] = volume_options
        if image_options is not UNSET:
            field_dict["ImageOptions"] = image_options
        if tmpfs_options is not UNSET:
            field_dict["TmpfsOptions"] = tmpfs_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        source = d.pop("Source", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: MountType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_mount_type(_type_)

        read_only = d.pop("ReadOnly", UNSET)

        consistency = d.pop("Consistency", UNSET)

        _bind_options_data = d.pop("BindOptions", UNSET)
        bind_options: MountBindOptions | Unset | None
        if _bind_options_data is None or _bind_options_data is UNSET:
            bind_options = _bind_options_data
        elif isinstance(_bind_options_data, dict):
            bind_options_type_0 = MountBindOptions.from_dict(_bind_options_data)

            bind_options = bind_options_type_0
        else:
            raise TypeError(
                f"bind_options: expected MountBindOptions | None, got {type(_bind_options_data).__name__}: {_bind_options_data!r:.200}"
            )

        _volume_options_data = d.pop("VolumeOptions", UNSET)
        volume_options: MountVolumeOptions | Unset | None
        if _volume_options_data is None or _volume_options_data is UNSET:
            volume_options = _volume_options_data
        elif isinstance(_volume_options_data, dict):
            volume_options_type_0 = MountVolumeOptions.from_dict(_volume_options_data)

            volume_options = volume_options_type_0
        else:
            raise TypeError(
                f"volume_options: expected MountVolumeOptions | None, got {type(_volume_options_data).__name__}: {_volume_options_data!r:.200}"
            )

        _image_options_data = d.pop("ImageOptions", UNSET)
        image_options: MountImageOptions | Unset | None
        if _image_options_data is None or _image_options_data is UNSET:
            image_options = _image_options_data
        elif isinstance(_image_options_data, dict):
            image_options_type_0 = MountImageOptions.from_dict(_image_options_data)

            image_options = image_options_type_0
        else:
            raise TypeError(
                f"image_options: expected MountImageOptions | None, got {type(_image_options_data).__name__}: {_image_options_data!r:.200}"
            )

        _tmpfs_options_data = d.pop("TmpfsOptions", UNSET)
        tmpfs_options: MountTmpfsOptions | Unset | None
        if _tmpfs_options_data is None or _tmpfs_options_data is UNSET:
            tmpfs_options = _tmpfs_options_data
        elif isinstance(_tmpfs_options_data, dict):
            tmpfs_options_type_0 = MountTmpfsOptions.from_dict(_tmpfs_options_data)

            tmpfs_options = tmpfs_options_type_0
        else:
            raise TypeError(
                f"tmpfs_options: expected MountTmpfsOptions | None, got {type(_tmpfs_options_data).__name__}: {_tmpfs_options_data!r:.200}"
            )

        mount = _new(cls)
        mount.target = target
        mount.source = source
        mount.type_ = type_
        mount.read_only = read_only
        mount.consistency = consistency
        mount.bind_options = bind_options
        mount.volume_options = volume_options
        mount.image_options = image_options
        mount.tmpfs_options = tmpfs_options
        mount.additional_properties = d
        return mount

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


from ..models.mount_bind_options import MountBindOptions
from ..models.mount_image_options import MountImageOptions
from ..models.mount_tmpfs_options import MountTmpfsOptions
from ..models.mount_volume_options import MountVolumeOptions
