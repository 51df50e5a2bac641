from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_volume_spec_access_mode_availability import (
    ClusterVolumeSpecAccessModeAvailability,
    check_cluster_volume_spec_access_mode_availability,
)
from ..models.cluster_volume_spec_access_mode_scope import (
    ClusterVolumeSpecAccessModeScope,
    check_cluster_volume_spec_access_mode_scope,
)
from ..models.cluster_volume_spec_access_mode_sharing import (
    ClusterVolumeSpecAccessModeSharing,
    check_cluster_volume_spec_access_mode_sharing,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterVolumeSpecAccessMode")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ClusterVolumeSpecAccessMode:
    """Defines how the volume is used by tasks."""

    scope: ClusterVolumeSpecAccessModeScope | Unset = UNSET
    """ The set of nodes this volume can be used on at one time.
    - `single` The volume may only be scheduled to one node at a time.
    - `multi` the volume may be scheduled to any supported number of nodes at a time.
     """
    sharing: ClusterVolumeSpecAccessModeSharing | Unset = UNSET
    """ The number and way that different tasks can use this volume
    at one time.
    - `none` The volume may only be used by one task at a time.
    - `readonly` The volume may be used by any number of tasks, but they all must mount the volume as readonly
    - `onewriter` The volume may be used by any number of tasks, but only one may mount it as read/write.
    - `all` The volume may have any number of readers and writers.
     """
    mount_volume: ClusterVolumeSpecAccessModeMountVolume | Unset | None = UNSET
    """ Options for using this volume as a Mount-type volume.

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
    secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | Unset | None = UNSET
    """ Swarm Secrets that are passed to the CSI storage plugin when
    operating on this volume.
     """
    accessibility_requirements: (
        ClusterVolumeSpecAccessModeAccessibilityRequirements | Unset | None
    ) = UNSET
    """ Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.
     """
    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | Unset | None = UNSET
    """ The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.
     """
    availability: ClusterVolumeSpecAccessModeAvailability | Unset = UNSET
    """ The availability of the volume for use in tasks.
    - `active` The volume is fully available for scheduling on the cluster
    - `pause` No new workloads should use the volume, but existing workloads are not stopped.
    - `drain` All workloads using this volume should be stopped and rescheduled, and no new ones should be started.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        sharing: str | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing

        mount_volume: dict[str, Any] | Unset | None
        if isinstance(self.mount_volume, Unset):
            mount_volume = UNSET
        elif isinstance(self.mount_volume, ClusterVolumeSpecAccessModeMountVolume):
            mount_volume = self.mount_volume.to_dict()
        else:
            mount_volume = self.mount_volume

        secrets: list[dict[str, Any]] | Unset | None
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

        accessibility_requirements: dict[str, Any] | Unset | None
        if isinstance(self.accessibility_requirements, Unset):
            accessibility_requirements = UNSET
        elif isinstance(
            self.accessibility_requirements, ClusterVolumeSpecAccessModeAccessibilityRequirements
        ):
            accessibility_requirements = self.accessibility_requirements.to_dict()
        else:
            accessibility_requirements = self.accessibility_requirements

        capacity_range: dict[str, Any] | Unset | None
        if isinstance(self.capacity_range, Unset):
            capacity_range = UNSET
        elif isinstance(self.capacity_range, ClusterVolumeSpecAccessModeCapacityRange):
            capacity_range = self.capacity_range.to_dict()
        else:
            capacity_range = self.capacity_range

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if sharing is not UNSET:
            field_dict["Sharing"] = sharing
        if mount_volume is not UNSET:
            field_dict["MountVolume"] = mount_volume
        if secrets is not UNSET:
            field_dict["Secrets"] = secrets
        if accessibility_requirements is not UNSET:
            field_dict["AccessibilityRequirements"] = accessibility_requirements
        if capacity_range is not UNSET:
            field_dict["CapacityRange"] = capacity_range
        if availability is not UNSET:
            field_dict["Availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope = d.pop("Scope", UNSET)
        scope: ClusterVolumeSpecAccessModeScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = check_cluster_volume_spec_access_mode_scope(_scope)

        _sharing = d.pop("Sharing", UNSET)
        sharing: ClusterVolumeSpecAccessModeSharing | Unset
        if _sharing is UNSET:
            sharing = UNSET
        else:
            sharing = check_cluster_volume_spec_access_mode_sharing(_sharing)

        _mount_volume_data = d.pop("MountVolume", UNSET)
        mount_volume: ClusterVolumeSpecAccessModeMountVolume | Unset | None
        if _mount_volume_data is None or _mount_volume_data is UNSET:
            mount_volume = _mount_volume_data
        elif isinstance(_mount_volume_data, dict):
            mount_volume_type_0 = ClusterVolumeSpecAccessModeMountVolume.from_dict(
                _mount_volume_data
            )

            mount_volume = mount_volume_type_0
        else:
            raise TypeError(
                f"mount_volume: expected ClusterVolumeSpecAccessModeMountVolume | None, got {type(_mount_volume_data).__name__}: {_mount_volume_data!r:.200}"
            )

        _secrets_data = d.pop("Secrets", UNSET)
        secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | Unset | None
        if _secrets_data is None or _secrets_data is UNSET:
            secrets = _secrets_data
        elif isinstance(_secrets_data, list):
            secrets_type_0 = []
            _secrets_type_0 = _secrets_data
            for secrets_type_0_item_data in _secrets_type_0:
                secrets_type_0_item = ClusterVolumeSpecAccessModeSecretsItem.from_dict(
                    secrets_type_0_item_data
                )

                secrets_type_0.append(secrets_type_0_item)

            secrets = secrets_type_0
        else:
            raise TypeError(
                f"secrets: expected list[ClusterVolumeSpecAccessModeSecretsItem] | None, got {type(_secrets_data).__name__}: {_secrets_data!r:.200}"
            )

        _accessibility_requirements_data = d.pop("AccessibilityRequirements", UNSET)
        accessibility_requirements: (
            ClusterVolumeSpecAccessModeAccessibilityRequirements | Unset | None
        )
        if _accessibility_requirements_data is None or _accessibility_requirements_data is UNSET:
            accessibility_requirements = _accessibility_requirements_data
        elif isinstance(_accessibility_requirements_data, dict):
            accessibility_requirements_type_0 = (
                ClusterVolumeSpecAccessModeAccessibilityRequirements.from_dict(
                    _accessibility_requirements_data
                )
            )

            accessibility_requirements = accessibility_requirements_type_0
        else:
            raise TypeError(
                f"accessibility_requirements: expected ClusterVolumeSpecAccessModeAccessibilityRequirements | None, got {type(_accessibility_requirements_data).__name__}: {_accessibility_requirements_data!r:.200}"
            )

        _capacity_range_data = d.pop("CapacityRange", UNSET)
        capacity_range: ClusterVolumeSpecAccessModeCapacityRange | Unset | None
        if _capacity_range_data is None or _capacity_range_data is UNSET:
            capacity_range = _capacity_range_data
        elif isinstance(_capacity_range_data, dict):
            capacity_range_type_0 = ClusterVolumeSpecAccessModeCapacityRange.from_dict(
                _capacity_range_data
            )

            capacity_range = capacity_range_type_0
        else:
            raise TypeError(
                f"capacity_range: expected ClusterVolumeSpecAccessModeCapacityRange | None, got {type(_capacity_range_data).__name__}: {_capacity_range_data!r:.200}"
            )

        _availability = d.pop("Availability", UNSET)
        availability: ClusterVolumeSpecAccessModeAvailability | Unset
        if _availability is UNSET:
            availability = UNSET
        else:
            availability = check_cluster_volume_spec_access_mode_availability(_availability)

        cluster_volume_spec_access_mode = _new(cls)
        cluster_volume_spec_access_mode.scope = scope
        cluster_volume_spec_access_mode.sharing = sharing
        cluster_volume_spec_access_mode.mount_volume = mount_volume
        cluster_volume_spec_access_mode.secrets = secrets
        cluster_volume_spec_access_mode.accessibility_requirements = accessibility_requirements
        cluster_volume_spec_access_mode.capacity_range = capacity_range
        cluster_volume_spec_access_mode.availability = availability
        cluster_volume_spec_access_mode.additional_properties = d
        return cluster_volume_spec_access_mode

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


from ..models.cluster_volume_spec_access_mode_accessibility_requirements import (
    ClusterVolumeSpecAccessModeAccessibilityRequirements,
)
from ..models.cluster_volume_spec_access_mode_capacity_range import (
    ClusterVolumeSpecAccessModeCapacityRange,
)
from ..models.cluster_volume_spec_access_mode_mount_volume import (
    ClusterVolumeSpecAccessModeMountVolume,
)
from ..models.cluster_volume_spec_access_mode_secrets_item import (
    ClusterVolumeSpecAccessModeSecretsItem,
)
