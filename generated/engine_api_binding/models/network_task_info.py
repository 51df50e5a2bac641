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

T = TypeVar("T", bound="NetworkTaskInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkTaskInfo(Model):
    """carries the information about one backend task"""

    __match_args__ = (
        "name",
        "endpoint_id",
        "endpoint_ip",
        "info",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    endpoint_id: str | None
    endpoint_ip: str | None
    info: NetworkTaskInfoInfo | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        endpoint_id: str | None = None,
        endpoint_ip: str | None = None,
        info: NetworkTaskInfoInfo | None = None,
    ) -> None:
        self.name = name
        self.endpoint_id = endpoint_id
        self.endpoint_ip = endpoint_ip
        self.info = info
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.endpoint_id is not None:
            field_dict["EndpointID"] = self.endpoint_id
        elif "EndpointID" in self._sent:
            field_dict["EndpointID"] = None

        if self.endpoint_ip is not None:
            field_dict["EndpointIP"] = self.endpoint_ip
        elif "EndpointIP" in self._sent:
            field_dict["EndpointIP"] = None

        info = self.info
        if info is not None:
            info_json: dict[str, Any] | None
            if isinstance(info, NetworkTaskInfoInfo):
                info_json = info.to_dict()
            else:
                info_json = info
            field_dict["Info"] = info_json
        elif "Info" in self._sent:
            field_dict["Info"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        endpoint_id = d.pop("EndpointID", None)

        endpoint_ip = d.pop("EndpointIP", None)

        d.pop("Info", None)

        network_task_info = _new(cls)
        network_task_info._sent = src_dict
        network_task_info.name = name
        network_task_info.endpoint_id = endpoint_id
        network_task_info.endpoint_ip = endpoint_ip
        network_task_info.additional_properties = d
        return network_task_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "info",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "info":
            _info_data = src.get("Info")
            info: NetworkTaskInfoInfo | None
            if _info_data is None:
                info = _info_data
            elif isinstance(_info_data, dict):
                info_type_0 = NetworkTaskInfoInfo.from_dict(_info_data)

                info = info_type_0
            else:
                raise TypeError(
                    f"info: expected NetworkTaskInfoInfo | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
                )

            return info
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "EndpointID": "endpoint_id",
        "EndpointIP": "endpoint_ip",
        "Info": "info",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "EndpointID", "EndpointIP"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Info"]) -> NetworkTaskInfoInfo: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Name", "EndpointID", "EndpointIP"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Info"], default: None = None) -> NetworkTaskInfoInfo | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.network_task_info_info import NetworkTaskInfoInfo
