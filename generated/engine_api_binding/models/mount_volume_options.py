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

T = TypeVar("T", bound="MountVolumeOptions")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class MountVolumeOptions(Model):
    """Optional configuration for the `volume` type."""

    __match_args__ = (
        "no_copy",
        "labels",
        "driver_config",
        "subpath",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    no_copy: bool | None
    """ Populate volume with data from the target. """
    labels: MountVolumeOptionsLabels | None
    """ User-defined key/value metadata. """
    driver_config: MountVolumeOptionsDriverConfig | None
    """ Map of driver specific options """
    subpath: str | None
    """ Source path inside the volume. Must be relative without any back traversals. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        no_copy: bool | None = None,
        labels: MountVolumeOptionsLabels | None = None,
        driver_config: MountVolumeOptionsDriverConfig | None = None,
        subpath: str | None = None,
    ) -> None:
        self.no_copy = no_copy
        self.labels = labels
        self.driver_config = driver_config
        self.subpath = subpath
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.no_copy is not None:
            field_dict["NoCopy"] = self.no_copy
        elif "NoCopy" in self._sent:
            field_dict["NoCopy"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, MountVolumeOptionsLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        driver_config = self.driver_config
        if driver_config is not None:
            driver_config_json: dict[str, Any] | None
            if isinstance(driver_config, MountVolumeOptionsDriverConfig):
                driver_config_json = driver_config.to_dict()
            else:
                driver_config_json = driver_config
            field_dict["DriverConfig"] = driver_config_json
        elif "DriverConfig" in self._sent:
            field_dict["DriverConfig"] = None

        if self.subpath is not None:
            field_dict["Subpath"] = self.subpath
        elif "Subpath" in self._sent:
            field_dict["Subpath"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        no_copy = d.pop("NoCopy", None)

        d.pop("Labels", None)

        d.pop("DriverConfig", None)

        subpath = d.pop("Subpath", None)

        mount_volume_options = _new(cls)
        mount_volume_options._sent = src_dict
        mount_volume_options.no_copy = no_copy
        mount_volume_options.subpath = subpath
        mount_volume_options.additional_properties = d
        return mount_volume_options

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "driver_config",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: MountVolumeOptionsLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = MountVolumeOptionsLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected MountVolumeOptionsLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "driver_config":
            _driver_config_data = src.get("DriverConfig")
            driver_config: MountVolumeOptionsDriverConfig | None
            if _driver_config_data is None:
                driver_config = _driver_config_data
            elif isinstance(_driver_config_data, dict):
                driver_config_type_0 = MountVolumeOptionsDriverConfig.from_dict(_driver_config_data)

                driver_config = driver_config_type_0
            else:
                raise TypeError(
                    f"driver_config: expected MountVolumeOptionsDriverConfig | None, got {type(_driver_config_data).__name__}: {_driver_config_data!r:.200}"
                )

            return driver_config
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NoCopy": "no_copy",
        "Labels": "labels",
        "DriverConfig": "driver_config",
        "Subpath": "subpath",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NoCopy"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> MountVolumeOptionsLabels: ...
        @overload
        def __getitem__(self, key: Literal["DriverConfig"]) -> MountVolumeOptionsDriverConfig: ...
        @overload
        def __getitem__(self, key: Literal["Subpath"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["NoCopy"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["Labels"], default: None = None
        ) -> MountVolumeOptionsLabels | None: ...
        @overload
        def get(
            self, key: Literal["DriverConfig"], default: None = None
        ) -> MountVolumeOptionsDriverConfig | None: ...
        @overload
        def get(self, key: Literal["Subpath"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
from ..models.mount_volume_options_labels import MountVolumeOptionsLabels
