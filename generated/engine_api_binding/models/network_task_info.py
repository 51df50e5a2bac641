from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkTaskInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class NetworkTaskInfo:
    """carries the information about one backend task"""

    name: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    endpoint_ip: str | Unset = UNSET
    info: NetworkTaskInfoInfo | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint_id = self.endpoint_id

        endpoint_ip = self.endpoint_ip

        info: dict[str, Any] | Unset | None
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, NetworkTaskInfoInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if endpoint_ip is not UNSET:
            field_dict["EndpointIP"] = endpoint_ip
        if info is not UNSET:
            field_dict["Info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        endpoint_ip = d.pop("EndpointIP", UNSET)

        _info_data = d.pop("Info", UNSET)
        info: NetworkTaskInfoInfo | Unset | None
        if _info_data is None or _info_data is UNSET:
            info = _info_data
        elif isinstance(_info_data, dict):
            info_type_0 = NetworkTaskInfoInfo.from_dict(_info_data)

            info = info_type_0
        else:
            raise TypeError(
                f"info: expected NetworkTaskInfoInfo | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
            )

        network_task_info = _new(cls)
        network_task_info.name = name
        network_task_info.endpoint_id = endpoint_id
        network_task_info.endpoint_ip = endpoint_ip
        network_task_info.info = info
        network_task_info.additional_properties = d
        return network_task_info

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


from ..models.network_task_info_info import NetworkTaskInfoInfo
