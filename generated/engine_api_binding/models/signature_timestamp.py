from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_timestamp_type import SignatureTimestampType, check_signature_timestamp_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureTimestamp")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SignatureTimestamp:
    """SignatureTimestamp contains information about a verified signed timestamp for an image signature."""

    type_: SignatureTimestampType | Unset = UNSET
    """ SignatureTimestampType is the type of timestamp used in the signature. """
    uri: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        uri = self.uri

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if uri is not UNSET:
            field_dict["URI"] = uri
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: SignatureTimestampType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_signature_timestamp_type(_type_)

        uri = d.pop("URI", UNSET)

        _timestamp = d.pop("Timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if _timestamp is UNSET:
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        signature_timestamp = _new(cls)
        signature_timestamp.type_ = type_
        signature_timestamp.uri = uri
        signature_timestamp.timestamp = timestamp
        signature_timestamp.additional_properties = d
        return signature_timestamp

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
