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

T = TypeVar("T", bound="ClusterVolumeSpecAccessMode")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ClusterVolumeSpecAccessMode(Model):
    """Defines how the volume is used by tasks."""

    __match_args__ = (
        "scope",
        "sharing",
        "mount_volume",
        "secrets",
        "accessibility_requirements",
        "capacity_range",
        "availability",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    scope: ClusterVolumeSpecAccessModeScope | None
    """ The set of nodes this volume can be used on at one time.
    - `single` The volume may only be scheduled to one node at a time.
    - `multi` the volume may be scheduled to any supported number of nodes at a time.
     """
    sharing: ClusterVolumeSpecAccessModeSharing | None
    """ The number and way that different tasks can use this volume
    at one time.
    - `none` The volume may only be used by one task at a time.
    - `readonly` The volume may be used by any number of tasks, but they all must mount the volume as readonly
    - `onewriter` The volume may be used by any number of tasks, but only one may mount it as read/write.
    - `all` The volume may have any number of readers and writers.
     """
    mount_volume: ClusterVolumeSpecAccessModeMountVolume | None
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
    secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | None
    """ Swarm Secrets that are passed to the CSI storage plugin when
    operating on this volume.
     """
    accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None
    """ Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.
     """
    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None
    """ The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.
     """
    availability: ClusterVolumeSpecAccessModeAvailability | None
    """ The availability of the volume for use in tasks.
    - `active` The volume is fully available for scheduling on the cluster
    - `pause` No new workloads should use the volume, but existing workloads are not stopped.
    - `drain` All workloads using this volume should be stopped and rescheduled, and no new ones should be started.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        scope: ClusterVolumeSpecAccessModeScope | None = None,
        sharing: ClusterVolumeSpecAccessModeSharing | None = None,
        mount_volume: ClusterVolumeSpecAccessModeMountVolume | None = None,
        secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | None = None,
        accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements
        | None = None,
        capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None = None,
        availability: ClusterVolumeSpecAccessModeAvailability | None = None,
    ) -> None:
        self.scope = scope
        self.sharing = sharing
        self.mount_volume = mount_volume
        self.secrets = secrets
        self.accessibility_requirements = accessibility_requirements
        self.capacity_range = capacity_range
        self.availability = availability
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        scope = self.scope
        if scope is not None:
            scope_json: str = scope
            field_dict["Scope"] = scope_json
        elif "Scope" in self._sent:
            field_dict["Scope"] = None

        sharing = self.sharing
        if sharing is not None:
            sharing_json: str = sharing
            field_dict["Sharing"] = sharing_json
        elif "Sharing" in self._sent:
            field_dict["Sharing"] = None

        mount_volume = self.mount_volume
        if mount_volume is not None:
            mount_volume_json: dict[str, Any] | None
            if isinstance(mount_volume, ClusterVolumeSpecAccessModeMountVolume):
                mount_volume_json = mount_volume.to_dict()
            else:
                mount_volume_json = mount_volume
            field_dict["MountVolume"] = mount_volume_json
        elif "MountVolume" in self._sent:
            field_dict["MountVolume"] = None

        secrets = self.secrets
        if secrets is not None:
            secrets_json: list[dict[str, Any]] | None
            if isinstance(secrets, list):
                secrets_json = []
                for secrets_type_0_item_data in secrets:
                    secrets_type_0_item = secrets_type_0_item_data.to_dict()
                    secrets_json.append(secrets_type_0_item)

            else:
                secrets_json = secrets
            field_dict["Secrets"] = secrets_json
        elif "Secrets" in self._sent:
            field_dict["Secrets"] = None

        accessibility_requirements = self.accessibility_requirements
        if accessibility_requirements is not None:
            accessibility_requirements_json: dict[str, Any] | None
            if isinstance(
                accessibility_requirements, ClusterVolumeSpecAccessModeAccessibilityRequirements
            ):
                accessibility_requirements_json = accessibility_requirements.to_dict()
            else:
                accessibility_requirements_json = accessibility_requirements
            field_dict["AccessibilityRequirements"] = accessibility_requirements_json
        elif "AccessibilityRequirements" in self._sent:
            field_dict["AccessibilityRequirements"] = None

        capacity_range = self.capacity_range
        if capacity_range is not None:
            capacity_range_json: dict[str, Any] | None
            if isinstance(capacity_range, ClusterVolumeSpecAccessModeCapacityRange):
                capacity_range_json = capacity_range.to_dict()
            else:
                capacity_range_json = capacity_range
            field_dict["CapacityRange"] = capacity_range_json
        elif "CapacityRange" in self._sent:
            field_dict["CapacityRange"] = None

        availability = self.availability
        if availability is not None:
            availability_json: str = availability
            field_dict["Availability"] = availability_json
        elif "Availability" in self._sent:
            field_dict["Availability"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _scope_src = d.pop("Scope", None)
        scope: ClusterVolumeSpecAccessModeScope | None
        if _scope_src is None:
            scope = None
        else:
            scope_value = check_cluster_volume_spec_access_mode_scope(_scope_src)

            scope = scope_value

        _sharing_src = d.pop("Sharing", None)
        sharing: ClusterVolumeSpecAccessModeSharing | None
        if _sharing_src is None:
            sharing = None
        else:
            sharing_value = check_cluster_volume_spec_access_mode_sharing(_sharing_src)

            sharing = sharing_value

        d.pop("MountVolume", None)

        d.pop("Secrets", None)

        d.pop("AccessibilityRequirements", None)

        d.pop("CapacityRange", None)

        _availability_src = d.pop("Availability", None)
        availability: ClusterVolumeSpecAccessModeAvailability | None
        if _availability_src is None:
            availability = None
        else:
            availability_value = check_cluster_volume_spec_access_mode_availability(
                _availability_src
            )

            availability = availability_value

        cluster_volume_spec_access_mode = _new(cls)
        cluster_volume_spec_access_mode._sent = src_dict
        cluster_volume_spec_access_mode.scope = scope
        cluster_volume_spec_access_mode.sharing = sharing
        cluster_volume_spec_access_mode.availability = availability
        cluster_volume_spec_access_mode.additional_properties = d
        return cluster_volume_spec_access_mode

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "mount_volume",
            "secrets",
            "accessibility_requirements",
            "capacity_range",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "mount_volume":
            _mount_volume_data = src.get("MountVolume")
            mount_volume: ClusterVolumeSpecAccessModeMountVolume | None
            if _mount_volume_data is None:
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

            return mount_volume
        if deferred_name == "secrets":
            _secrets_data = src.get("Secrets")
            secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | None
            if _secrets_data is None:
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

            return secrets
        if deferred_name == "accessibility_requirements":
            _accessibility_requirements_data = src.get("AccessibilityRequirements")
            accessibility_requirements: ClusterVolumeSpecAccessModeAccessibilityRequirements | None
            if _accessibility_requirements_data is None:
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

            return accessibility_requirements
        if deferred_name == "capacity_range":
            _capacity_range_data = src.get("CapacityRange")
            capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None
            if _capacity_range_data is None:
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

            return capacity_range
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Scope": "scope",
        "Sharing": "sharing",
        "MountVolume": "mount_volume",
        "Secrets": "secrets",
        "AccessibilityRequirements": "accessibility_requirements",
        "CapacityRange": "capacity_range",
        "Availability": "availability",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Scope"]) -> ClusterVolumeSpecAccessModeScope: ...
        @overload
        def __getitem__(self, key: Literal["Sharing"]) -> ClusterVolumeSpecAccessModeSharing: ...
        @overload
        def __getitem__(
            self, key: Literal["MountVolume"]
        ) -> ClusterVolumeSpecAccessModeMountVolume: ...
        @overload
        def __getitem__(
            self, key: Literal["Secrets"]
        ) -> list[ClusterVolumeSpecAccessModeSecretsItem]: ...
        @overload
        def __getitem__(
            self, key: Literal["AccessibilityRequirements"]
        ) -> ClusterVolumeSpecAccessModeAccessibilityRequirements: ...
        @overload
        def __getitem__(
            self, key: Literal["CapacityRange"]
        ) -> ClusterVolumeSpecAccessModeCapacityRange: ...
        @overload
        def __getitem__(
            self, key: Literal["Availability"]
        ) -> ClusterVolumeSpecAccessModeAvailability: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Scope"], default: None = None
        ) -> ClusterVolumeSpecAccessModeScope | None: ...
        @overload
        def get(
            self, key: Literal["Sharing"], default: None = None
        ) -> ClusterVolumeSpecAccessModeSharing | None: ...
        @overload
        def get(
            self, key: Literal["MountVolume"], default: None = None
        ) -> ClusterVolumeSpecAccessModeMountVolume | None: ...
        @overload
        def get(
            self, key: Literal["Secrets"], default: None = None
        ) -> list[ClusterVolumeSpecAccessModeSecretsItem] | None: ...
        @overload
        def get(
            self, key: Literal["AccessibilityRequirements"], default: None = None
        ) -> ClusterVolumeSpecAccessModeAccessibilityRequirements | None: ...
        @overload
        def get(
            self, key: Literal["CapacityRange"], default: None = None
        ) -> ClusterVolumeSpecAccessModeCapacityRange | None: ...
        @overload
        def get(
            self, key: Literal["Availability"], default: None = None
        ) -> ClusterVolumeSpecAccessModeAvailability | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


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
