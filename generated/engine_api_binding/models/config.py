from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Config")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Config:
    id: str | Unset = UNSET
    version: ObjectVersion | Unset | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    spec: ConfigSpec | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: dict[str, Any] | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        spec: dict[str, Any] | Unset | None
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ConfigSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _version_data = d.pop("Version", UNSET)
        version: ObjectVersion | Unset | None
        if _version_data is None or _version_data is UNSET:
            version = _version_data
        elif isinstance(_version_data, dict):
            version_type_0 = ObjectVersion.from_dict(_version_data)

            version = version_type_0
        else:
            raise TypeError(
                f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
            )

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("UpdatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _spec_data = d.pop("Spec", UNSET)
        spec: ConfigSpec | Unset | None
        if _spec_data is None or _spec_data is UNSET:
            spec = _spec_data
        elif isinstance(_spec_data, dict):
            spec_type_0 = ConfigSpec.from_dict(_spec_data)

            spec = spec_type_0
        else:
            raise TypeError(
                f"spec: expected ConfigSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
            )

        config = _new(cls)
        config.id = id
        config.version = version
        config.created_at = created_at
        config.updated_at = updated_at
        config.spec = spec
        config.additional_properties = d
        return config

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


from ..models.config_spec import ConfigSpec
from ..models.object_version import ObjectVersion
