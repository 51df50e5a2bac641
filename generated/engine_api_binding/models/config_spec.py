from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ConfigSpec:
    name: str | Unset = UNSET
    """ User-defined name of the config. """
    labels: ConfigSpecLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    data: str | Unset = UNSET
    """ Data is the data to store as a config, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    The maximum allowed size is 1000KB, as defined in [MaxConfigSize](https://pkg.go.dev/github.com/moby/swarmkit/v2
    @v2.0.0-20250103191802-8c1959736554/manager/controlapi#MaxConfigSize).
     """
    templating: Driver | Unset | None = UNSET
    """ Templating driver, if applicable

    Templating controls whether and how to evaluate the config payload as
    a template. If no driver is set, no templating is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: dict[str, Any] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ConfigSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        data = self.data

        templating: dict[str, Any] | Unset | None
        if isinstance(self.templating, Unset):
            templating = UNSET
        elif isinstance(self.templating, Driver):
            templating = self.templating.to_dict()
        else:
            templating = self.templating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if data is not UNSET:
            field_dict["Data"] = data
        if templating is not UNSET:
            field_dict["Templating"] = templating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: ConfigSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = ConfigSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected ConfigSpecLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        data = d.pop("Data", UNSET)

        _templating_data = d.pop("Templating", UNSET)
        templating: Driver | Unset | None
        if _templating_data is None or _templating_data is UNSET:
            templating = _templating_data
        elif isinstance(_templating_data, dict):
            templating_type_0 = Driver.from_dict(_templating_data)

            templating = templating_type_0
        else:
            raise TypeError(
                f"templating: expected Driver | None, got {type(_templating_data).__name__}: {_templating_data!r:.200}"
            )

        config_spec = _new(cls)
        config_spec.name = name
        config_spec.labels = labels
        config_spec.data = data
        config_spec.templating = templating
        config_spec.additional_properties = d
        return config_spec

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


from ..models.config_spec_labels import ConfigSpecLabels
from ..models.driver import Driver
