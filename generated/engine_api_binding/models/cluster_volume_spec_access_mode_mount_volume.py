from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeMountVolume")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpecAccessModeMountVolume(Model):
    """Options for using this volume as a Mount-type volume.

        Either MountVolume or BlockVolume, but not both, must be
        present.
      properties:
        FsType:
          type: "string"
          description: |
            Specifies the filesystem type for the mount volume.
            Optional.
        MountFlags:
          type: "array"
          description: |
            Flags to pass when mounting the volume. Optional.
          items:
            type: "string"
    BlockVolume:
      type: "object"
      description: |
        Options for using this volume as a Block-type volume.
        Intentionally empty.

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

        cluster_volume_spec_access_mode_mount_volume = _new(cls)
        cluster_volume_spec_access_mode_mount_volume._sent = NOTHING_SENT
        cluster_volume_spec_access_mode_mount_volume.additional_properties = dict(src_dict)
        return cluster_volume_spec_access_mode_mount_volume

    _keys: ClassVar[dict[str, str]] = {}
