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

T = TypeVar("T", bound="Mount")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Mount(Model):
    __match_args__ = (
        "target",
        "source",
        "type_",
        "read_only",
        "consistency",
        "bind_options",
        "volume_options",
        "image_options",
        "tmpfs_options",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    target: str | None
    """ Container path. """
    source: str | None
    """ Mount source (e.g. a volume name, a host path). The source cannot be
    specified when using `Type=tmpfs`. For `Type=bind`, the source path
    must either exist, or the `CreateMountpoint` must be set to `true` to
    create the source path on the host if missing.

    For `Type=npipe`, the pipe must exist prior to creating the container. """
    type_: MountType | None
    """ The mount type. Available types:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `image` an OCI image.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`. """
    read_only: bool | None
    """ Whether the mount should be read-only. """
    consistency: str | None
    """ The consistency requirement for the mount: `default`, `consistent`, `cached`, or `delegated`. """
    bind_options: MountBindOptions | None
    """ Optional configuration for the `bind` type. """
    volume_options: MountVolumeOptions | None
    """ Optional configuration for the `volume` type. """
    image_options: MountImageOptions | None
    """ Optional configuration for the `image` type. """
    tmpfs_options: MountTmpfsOptions | None
    """ Optional configuration for the `tmpfs` type. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        target: str | None = None,
        source: str | None = None,
        type_: MountType | None = None,
        read_only: bool | None = None,
        consistency: str | None = None,
        bind_options: MountBindOptions | None = None,
        volume_options: MountVolumeOptions | None = None,
        image_options: MountImageOptions | None = None,
        tmpfs_options: MountTmpfsOptions | None = None,
    ) -> None:
        self.target = target
        self.source = source
        self.type_ = type_
        self.read_only = read_only
        self.consistency = consistency
        self.bind_options = bind_options
        self.volume_options = volume_options
        self.image_options = image_options
        self.tmpfs_options = tmpfs_options
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.target is not None:
            field_dict["Target"] = self.target
        elif "Target" in self._sent:
            field_dict["Target"] = None

        if self.source is not None:
            field_dict["Source"] = self.source
        elif "Source" in self._sent:
            field_dict["Source"] = None

        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.read_only is not None:
            field_dict["ReadOnly"] = self.read_only
        elif "ReadOnly" in self._sent:
            field_dict["ReadOnly"] = None

        if self.consistency is not None:
            field_dict["Consistency"] = self.consistency
        elif "Consistency" in self._sent:
            field_dict["Consistency"] = None

        bind_options = self.bind_options
        if bind_options is not None:
            bind_options_json: dict[str, Any] | None
            if isinstance(bind_options, MountBindOptions):
                bind_options_json = bind_options.to_dict()
            else:
                bind_options_json = bind_options
            field_dict["BindOptions"] = bind_options_json
        elif "BindOptions" in self._sent:
            field_dict["BindOptions"] = None

        volume_options = self.volume_options
        if volume_options is not None:
            volume_options_json: dict[str, Any] | None
            if isinstance(volume_options, MountVolumeOptions):
                volume_options_json = volume_options.to_dict()
            else:
                volume_options_json = volume_options
            field_dict["VolumeOptions"] = volume_options_json
        elif "VolumeOptions" in self._sent:
            field_dict["VolumeOptions"] = None

        image_options = self.image_options
        if image_options is not None:
            image_options_json: dict[str, Any] | None
            if isinstance(image_options, MountImageOptions):
                image_options_json = image_options.to_dict()
            else:
                image_options_json = image_options
            field_dict["ImageOptions"] = image_options_json
        elif "ImageOptions" in self._sent:
            field_dict["ImageOptions"] = None

        tmpfs_options = self.tmpfs_options
        if tmpfs_options is not None:
            tmpfs_options_json: dict[str, Any] | None
            if isinstance(tmpfs_options, MountTmpfsOptions):
                tmpfs_options_json = tmpfs_options.to_dict()
            else:
                tmpfs_options_json = tmpfs_options
            field_dict["TmpfsOptions"] = tmpfs_options_json
        elif "TmpfsOptions" in self._sent:
            field_dict["TmpfsOptions"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        target = d.pop("Target", None)

        source = d.pop("Source", None)

        _type__src = d.pop("Type", None)
        type_: MountType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_mount_type(_type__src)

            type_ = type__value

        read_only = d.pop("ReadOnly", None)

        consistency = d.pop("Consistency", None)

        d.pop("BindOptions", None)

        d.pop("VolumeOptions", None)

        d.pop("ImageOptions", None)

        d.pop("TmpfsOptions", None)

        mount = _new(cls)
        mount._sent = src_dict
        mount.target = target
        mount.source = source
        mount.type_ = type_
        mount.read_only = read_only
        mount.consistency = consistency
        mount.additional_properties = d
        return mount

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "bind_options",
            "volume_options",
            "image_options",
            "tmpfs_options",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "bind_options":
            _bind_options_data = src.get("BindOptions")
            bind_options: MountBindOptions | None
            if _bind_options_data is None:
                bind_options = _bind_options_data
            elif isinstance(_bind_options_data, dict):
                bind_options_type_0 = MountBindOptions.from_dict(_bind_options_data)

                bind_options = bind_options_type_0
            else:
                raise TypeError(
                    f"bind_options: expected MountBindOptions | None, got {type(_bind_options_data).__name__}: {_bind_options_data!r:.200}"
                )

            return bind_options
        if deferred_name == "volume_options":
            _volume_options_data = src.get("VolumeOptions")
            volume_options: MountVolumeOptions | None
            if _volume_options_data is None:
                volume_options = _volume_options_data
            elif isinstance(_volume_options_data, dict):
                volume_options_type_0 = MountVolumeOptions.from_dict(_volume_options_data)

                volume_options = volume_options_type_0
            else:
                raise TypeError(
                    f"volume_options: expected MountVolumeOptions | None, got {type(_volume_options_data).__name__}: {_volume_options_data!r:.200}"
                )

            return volume_options
        if deferred_name == "image_options":
            _image_options_data = src.get("ImageOptions")
            image_options: MountImageOptions | None
            if _image_options_data is None:
                image_options = _image_options_data
            elif isinstance(_image_options_data, dict):
                image_options_type_0 = MountImageOptions.from_dict(_image_options_data)

                image_options = image_options_type_0
            else:
                raise TypeError(
                    f"image_options: expected MountImageOptions | None, got {type(_image_options_data).__name__}: {_image_options_data!r:.200}"
                )

            return image_options
        if deferred_name == "tmpfs_options":
            _tmpfs_options_data = src.get("TmpfsOptions")
            tmpfs_options: MountTmpfsOptions | None
            if _tmpfs_options_data is None:
                tmpfs_options = _tmpfs_options_data
            elif isinstance(_tmpfs_options_data, dict):
                tmpfs_options_type_0 = MountTmpfsOptions.from_dict(_tmpfs_options_data)

                tmpfs_options = tmpfs_options_type_0
            else:
                raise TypeError(
                    f"tmpfs_options: expected MountTmpfsOptions | None, got {type(_tmpfs_options_data).__name__}: {_tmpfs_options_data!r:.200}"
                )

            return tmpfs_options
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Target": "target",
        "Source": "source",
        "Type": "type_",
        "ReadOnly": "read_only",
        "Consistency": "consistency",
        "BindOptions": "bind_options",
        "VolumeOptions": "volume_options",
        "ImageOptions": "image_options",
        "TmpfsOptions": "tmpfs_options",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Target", "Source", "Consistency"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Type"]) -> MountType: ...
        @overload
        def __getitem__(self, key: Literal["ReadOnly"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["BindOptions"]) -> MountBindOptions: ...
        @overload
        def __getitem__(self, key: Literal["VolumeOptions"]) -> MountVolumeOptions: ...
        @overload
        def __getitem__(self, key: Literal["ImageOptions"]) -> MountImageOptions: ...
        @overload
        def __getitem__(self, key: Literal["TmpfsOptions"]) -> MountTmpfsOptions: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Target", "Source", "Consistency"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Type"], default: None = None) -> MountType | None: ...
        @overload
        def get(self, key: Literal["ReadOnly"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["BindOptions"], default: None = None
        ) -> MountBindOptions | None: ...
        @overload
        def get(
            self, key: Literal["VolumeOptions"], default: None = None
        ) -> MountVolumeOptions | None: ...
        @overload
        def get(
            self, key: Literal["ImageOptions"], default: None = None
        ) -> MountImageOptions | None: ...
        @overload
        def get(
            self, key: Literal["TmpfsOptions"], default: None = None
        ) -> MountTmpfsOptions | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.mount_bind_options import MountBindOptions
from ..models.mount_image_options import MountImageOptions
from ..models.mount_tmpfs_options import MountTmpfsOptions
from ..models.mount_volume_options import MountVolumeOptions
