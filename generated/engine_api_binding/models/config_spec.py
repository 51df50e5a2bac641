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

T = TypeVar("T", bound="ConfigSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ConfigSpec(Model):
    __match_args__ = (
        "name",
        "labels",
        "data",
        "templating",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ User-defined name of the config. """
    labels: ConfigSpecLabels | None
    """ User-defined key/value metadata. """
    data: str | None
    """ Data is the data to store as a config, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    The maximum allowed size is 1000KB, as defined in [MaxConfigSize](https://pkg.go.dev/github.com/moby/swarmkit/v2
    @v2.0.0-20250103191802-8c1959736554/manager/controlapi#MaxConfigSize).
     """
    templating: Driver | None
    """ Templating driver, if applicable

    Templating controls whether and how to evaluate the config payload as
    a template. If no driver is set, no templating is used.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        labels: ConfigSpecLabels | None = None,
        data: str | None = None,
        templating: Driver | None = None,
    ) -> None:
        self.name = name
        self.labels = labels
        self.data = data
        self.templating = templating
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, ConfigSpecLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        if self.data is not None:
            field_dict["Data"] = self.data
        elif "Data" in self._sent:
            field_dict["Data"] = None

        templating = self.templating
        if templating is not None:
            templating_json: dict[str, Any] | None
            if isinstance(templating, Driver):
                templating_json = templating.to_dict()
            else:
                templating_json = templating
            field_dict["Templating"] = templating_json
        elif "Templating" in self._sent:
            field_dict["Templating"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Labels", None)

        data = d.pop("Data", None)

        d.pop("Templating", None)

        config_spec = _new(cls)
        config_spec._sent = src_dict
        config_spec.name = name
        config_spec.data = data
        config_spec.additional_properties = d
        return config_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
            "templating",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: ConfigSpecLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = ConfigSpecLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected ConfigSpecLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        if deferred_name == "templating":
            _templating_data = src.get("Templating")
            templating: Driver | None
            if _templating_data is None:
                templating = _templating_data
            elif isinstance(_templating_data, dict):
                templating_type_0 = Driver.from_dict(_templating_data)

                templating = templating_type_0
            else:
                raise TypeError(
                    f"templating: expected Driver | None, got {type(_templating_data).__name__}: {_templating_data!r:.200}"
                )

            return templating
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Labels": "labels",
        "Data": "data",
        "Templating": "templating",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Data"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> ConfigSpecLabels: ...
        @overload
        def __getitem__(self, key: Literal["Templating"]) -> Driver: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Data"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> ConfigSpecLabels | None: ...
        @overload
        def get(self, key: Literal["Templating"], default: None = None) -> Driver | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.config_spec_labels import ConfigSpecLabels
from ..models.driver import Driver
