from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="Config")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Config(Model):
    __match_args__ = (
        "id",
        "version",
        "created_at",
        "updated_at",
        "spec",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    version: ObjectVersion | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    spec: ConfigSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        version: ObjectVersion | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        spec: ConfigSpec | None = None,
    ) -> None:
        self.id = id
        self.version = version
        self.created_at = created_at
        self.updated_at = updated_at
        self.spec = spec
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        version = self.version
        if version is not None:
            version_json: dict[str, Any] | None
            if isinstance(version, ObjectVersion):
                version_json = version.to_dict()
            else:
                version_json = version
            field_dict["Version"] = version_json
        elif "Version" in self._sent:
            field_dict["Version"] = None

        created_at = self.created_at
        if created_at is not None:
            created_at_json = created_at.isoformat()
            field_dict["CreatedAt"] = created_at_json
        elif "CreatedAt" in self._sent:
            field_dict["CreatedAt"] = None

        updated_at = self.updated_at
        if updated_at is not None:
            updated_at_json = updated_at.isoformat()
            field_dict["UpdatedAt"] = updated_at_json
        elif "UpdatedAt" in self._sent:
            field_dict["UpdatedAt"] = None

        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, ConfigSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Version", None)

        d.pop("CreatedAt", None)

        d.pop("UpdatedAt", None)

        d.pop("Spec", None)

        config = _new(cls)
        config._sent = src_dict
        config.id = id
        config.additional_properties = d
        return config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "created_at",
            "updated_at",
            "spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "version":
            _version_data = src.get("Version")
            version: ObjectVersion | None
            if _version_data is None:
                version = _version_data
            elif isinstance(_version_data, dict):
                version_type_0 = ObjectVersion.from_dict(_version_data)

                version = version_type_0
            else:
                raise TypeError(
                    f"version: expected None | ObjectVersion, got {type(_version_data).__name__}: {_version_data!r:.200}"
                )

            return version
        if deferred_name == "created_at":
            _created_at_src = src.get("CreatedAt")
            created_at: datetime.datetime | None
            if _created_at_src is None:
                created_at = None
            else:
                created_at_value = datetime.datetime.fromisoformat(_created_at_src)

                created_at = created_at_value

            return created_at
        if deferred_name == "updated_at":
            _updated_at_src = src.get("UpdatedAt")
            updated_at: datetime.datetime | None
            if _updated_at_src is None:
                updated_at = None
            else:
                updated_at_value = datetime.datetime.fromisoformat(_updated_at_src)

                updated_at = updated_at_value

            return updated_at
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: ConfigSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = ConfigSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected ConfigSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Version": "version",
        "CreatedAt": "created_at",
        "UpdatedAt": "updated_at",
        "Spec": "spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Version"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "UpdatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> ConfigSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["ID"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Version"], default: None = None) -> ObjectVersion | None: ...
        @overload
        def get(
            self, key: Literal["CreatedAt", "UpdatedAt"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> ConfigSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.config_spec import ConfigSpec
from ..models.object_version import ObjectVersion
