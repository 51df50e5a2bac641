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

T = TypeVar("T", bound="Swarm")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Swarm(Model):
    __match_args__ = (
        "id",
        "version",
        "created_at",
        "updated_at",
        "spec",
        "tls_info",
        "root_rotation_in_progress",
        "data_path_port",
        "default_addr_pool",
        "subnet_size",
        "join_tokens",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ The ID of the swarm. """
    version: ObjectVersion | None
    created_at: datetime.datetime | None
    """ Date and time at which the swarm was initialised in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    updated_at: datetime.datetime | None
    """ Date and time at which the swarm was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    spec: SwarmSpec | None
    tls_info: TLSInfo | None
    root_rotation_in_progress: bool | None
    """ Whether there is currently a root CA rotation in progress for the swarm
     """
    data_path_port: int | None
    """ DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    If no port is set or is set to 0, the default port (4789) is used.
     """
    default_addr_pool: list[str] | None
    """ Default Address Pool specifies default subnet pools for global scope
    networks.
     """
    subnet_size: int | None
    """ SubnetSize specifies the subnet size of the networks created from the
    default subnet pool.
     """
    join_tokens: JoinTokens | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        version: ObjectVersion | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        spec: SwarmSpec | None = None,
        tls_info: TLSInfo | None = None,
        root_rotation_in_progress: bool | None = None,
        data_path_port: int | None = None,
        default_addr_pool: list[str] | None = None,
        subnet_size: int | None = None,
        join_tokens: JoinTokens | None = None,
    ) -> None:
        self.id = id
        self.version = version
        self.created_at = created_at
        self.updated_at = updated_at
        self.spec = spec
        self.tls_info = tls_info
        self.root_rotation_in_progress = root_rotation_in_progress
        self.data_path_port = data_path_port
        self.default_addr_pool = default_addr_pool
        self.subnet_size = subnet_size
        self.join_tokens = join_tokens
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
            if isinstance(spec, SwarmSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        tls_info = self.tls_info
        if tls_info is not None:
            tls_info_json: dict[str, Any] | None
            if isinstance(tls_info, TLSInfo):
                tls_info_json = tls_info.to_dict()
            else:
                tls_info_json = tls_info
            field_dict["TLSInfo"] = tls_info_json
        elif "TLSInfo" in self._sent:
            field_dict["TLSInfo"] = None

        if self.root_rotation_in_progress is not None:
            field_dict["RootRotationInProgress"] = self.root_rotation_in_progress
        elif "RootRotationInProgress" in self._sent:
            field_dict["RootRotationInProgress"] = None

        if self.data_path_port is not None:
            field_dict["DataPathPort"] = self.data_path_port
        elif "DataPathPort" in self._sent:
            field_dict["DataPathPort"] = None

        default_addr_pool = self.default_addr_pool
        if default_addr_pool is not None:
            default_addr_pool_json: list[str] | None
            if isinstance(default_addr_pool, list):
                default_addr_pool_json = default_addr_pool

            else:
                default_addr_pool_json = default_addr_pool
            field_dict["DefaultAddrPool"] = default_addr_pool_json
        elif "DefaultAddrPool" in self._sent:
            field_dict["DefaultAddrPool"] = None

        if self.subnet_size is not None:
            field_dict["SubnetSize"] = self.subnet_size
        elif "SubnetSize" in self._sent:
            field_dict["SubnetSize"] = None

        join_tokens = self.join_tokens
        if join_tokens is not None:
            join_tokens_json: dict[str, Any] | None
            if isinstance(join_tokens, JoinTokens):
                join_tokens_json = join_tokens.to_dict()
            else:
                join_tokens_json = join_tokens
            field_dict["JoinTokens"] = join_tokens_json
        elif "JoinTokens" in self._sent:
            field_dict["JoinTokens"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        d.pop("Version", None)

        d.pop("CreatedAt", None)

        d.pop("UpdatedAt", None)

        d.pop("Spec", None)

        d.pop("TLSInfo", None)

        root_rotation_in_progress = d.pop("RootRotationInProgress", None)

        data_path_port = d.pop("DataPathPort", None)

        _default_addr_pool_data = d.pop("DefaultAddrPool", None)
        default_addr_pool: list[str] | None
        if _default_addr_pool_data is None:
            default_addr_pool = _default_addr_pool_data
        elif isinstance(_default_addr_pool_data, list):
            default_addr_pool_type_0 = _default_addr_pool_data

            default_addr_pool = default_addr_pool_type_0
        else:
            raise TypeError(
                f"default_addr_pool: expected list[str] | None, got {type(_default_addr_pool_data).__name__}: {_default_addr_pool_data!r:.200}"
            )

        subnet_size = d.pop("SubnetSize", None)

        d.pop("JoinTokens", None)

        swarm = _new(cls)
        swarm._sent = src_dict
        swarm.id = id
        swarm.root_rotation_in_progress = root_rotation_in_progress
        swarm.data_path_port = data_path_port
        swarm.default_addr_pool = default_addr_pool
        swarm.subnet_size = subnet_size
        swarm.additional_properties = d
        return swarm

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "created_at",
            "updated_at",
            "spec",
            "tls_info",
            "join_tokens",
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
            spec: SwarmSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = SwarmSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected None | SwarmSpec, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        if deferred_name == "tls_info":
            _tls_info_data = src.get("TLSInfo")
            tls_info: TLSInfo | None
            if _tls_info_data is None:
                tls_info = _tls_info_data
            elif isinstance(_tls_info_data, dict):
                tls_info_type_0 = TLSInfo.from_dict(_tls_info_data)

                tls_info = tls_info_type_0
            else:
                raise TypeError(
                    f"tls_info: expected None | TLSInfo, got {type(_tls_info_data).__name__}: {_tls_info_data!r:.200}"
                )

            return tls_info
        if deferred_name == "join_tokens":
            _join_tokens_data = src.get("JoinTokens")
            join_tokens: JoinTokens | None
            if _join_tokens_data is None:
                join_tokens = _join_tokens_data
            elif isinstance(_join_tokens_data, dict):
                join_tokens_type_0 = JoinTokens.from_dict(_join_tokens_data)

                join_tokens = join_tokens_type_0
            else:
                raise TypeError(
                    f"join_tokens: expected JoinTokens | None, got {type(_join_tokens_data).__name__}: {_join_tokens_data!r:.200}"
                )

            return join_tokens
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Version": "version",
        "CreatedAt": "created_at",
        "UpdatedAt": "updated_at",
        "Spec": "spec",
        "TLSInfo": "tls_info",
        "RootRotationInProgress": "root_rotation_in_progress",
        "DataPathPort": "data_path_port",
        "DefaultAddrPool": "default_addr_pool",
        "SubnetSize": "subnet_size",
        "JoinTokens": "join_tokens",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["ID"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Version"]) -> ObjectVersion: ...
        @overload
        def __getitem__(self, key: Literal["CreatedAt", "UpdatedAt"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: Literal["Spec"]) -> SwarmSpec: ...
        @overload
        def __getitem__(self, key: Literal["TLSInfo"]) -> TLSInfo: ...
        @overload
        def __getitem__(self, key: Literal["RootRotationInProgress"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["DataPathPort", "SubnetSize"]) -> int: ...
        @overload
        def __getitem__(self, key: Literal["DefaultAddrPool"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["JoinTokens"]) -> JoinTokens: ...
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
        def get(self, key: Literal["Spec"], default: None = None) -> SwarmSpec | None: ...
        @overload
        def get(self, key: Literal["TLSInfo"], default: None = None) -> TLSInfo | None: ...
        @overload
        def get(
            self, key: Literal["RootRotationInProgress"], default: None = None
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["DataPathPort", "SubnetSize"], default: None = None
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["DefaultAddrPool"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["JoinTokens"], default: None = None) -> JoinTokens | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.join_tokens import JoinTokens
from ..models.object_version import ObjectVersion
from ..models.swarm_spec import SwarmSpec
from ..models.tls_info import TLSInfo
