from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretCreateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SecretCreateRequest:
    name: str | Unset = UNSET
    """ User-defined name of the secret. """
    labels: SecretSpecLabels | Unset | None = UNSET
    """ User-defined key/value metadata. """
    data: str | Unset = UNSET
    """ Data is the data to store as a secret, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    It must be empty if the Driver field is set, in which case the data is
    loaded from an external secret store. The maximum allowed size is 500KB,
    as defined in
    [MaxSecretSize](https://pkg.go.dev/github.com/moby/swarmkit/v2@v2.0.0/api/validation#MaxSecretSize).

    This field is only used to _create_ a secret, and is not returned by
    other endpoints.
     """
    driver: Driver | Unset | None = UNSET
    """ Name of the secrets driver used to fetch the secret's value from an
    external secret store.
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
        elif isinstance(self.labels, SecretSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        data = self.data

        driver: dict[str, Any] | Unset | None
        if isinstance(self.driver, Unset):
            driver = UNSET
        elif isinstance(self.driver, Driver):
            driver = self.driver.to_dict()
        else:
            driver = self.driver

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
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if templating is not UNSET:
            field_dict["Templating"] = templating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: SecretSpecLabels | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, dict):
            labels_type_0 = SecretSpecLabels.from_dict(_labels_data)

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected None | SecretSpecLabels, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        data = d.pop("Data", UNSET)

        _driver_data = d.pop("Driver", UNSET)
        driver: Driver | Unset | None
        if _driver_data is None or _driver_data is UNSET:
            driver = _driver_data
        elif isinstance(_driver_data, dict):
            driver_type_0 = Driver.from_dict(_driver_data)

            driver = driver_type_0
        else:
            raise TypeError(
                f"driver: expected Driver | None, got {type(_driver_data).__name__}: {_driver_data!r:.200}"
            )

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

        secret_create_request = _new(cls)
        secret_create_request.name = name
        secret_create_request.labels = labels
        secret_create_request.data = data
        secret_create_request.driver = driver
        secret_create_request.templating = templating
        secret_create_request.additional_properties = d
        return secret_create_request

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


from ..models.driver import Driver
from ..models.secret_spec_labels import SecretSpecLabels
