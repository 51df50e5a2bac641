from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushImageInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class PushImageInfo:
    error_detail: ErrorDetail | Unset | None = UNSET
    status: str | Unset = UNSET
    progress_detail: ProgressDetail | Unset | None = UNSET
    error: str | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    errors encountered during the operation.


    > **Deprecated**: This field is deprecated since API v1.4, and will be omitted in a future API version. Use the
    information in errorDetail instead.
     """
    progress: str | Unset | None = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Progress is a pre-formatted presentation of progressDetail.


    > **Deprecated**: This field is deprecated since API v1.8, and will be omitted in a future API version. Use the
    information in progressDetail instead.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_detail: dict[str, Any] | Unset | None
        if isinstance(self.error_detail, Unset):
            error_detail = UNSET
        elif isinstance(self.error_detail, ErrorDetail):
            error_detail = self.error_detail.to_dict()
        else:
            error_detail = self.error_detail

        status = self.status

        progress_detail: dict[str, Any] | Unset | None
        if isinstance(self.progress_detail, Unset):
            progress_detail = UNSET
        elif isinstance(self.progress_detail, ProgressDetail):
            progress_detail = self.progress_detail.to_dict()
        else:
            progress_detail = self.progress_detail

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        progress: str | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_detail is not UNSET:
            field_dict["errorDetail"] = error_detail
        if status is not UNSET:
            field_dict["status"] = status
        if progress_detail is not UNSET:
            field_dict["progressDetail"] = progress_detail
        if error is not UNSET:
            field_dict["error"] = error
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _error_detail_data = d.pop("errorDetail", UNSET)
        error_detail: ErrorDetail | Unset | None
        if _error_detail_data is None or _error_detail_data is UNSET:
            error_detail = _error_detail_data
        elif isinstance(_error_detail_data, dict):
            error_detail_type_0 = ErrorDetail.from_dict(_error_detail_data)

            error_detail = error_detail_type_0
        else:
            raise TypeError(
                f"error_detail: expected ErrorDetail | None, got {type(_error_detail_data).__name__}: {_error_detail_data!r:.200}"
            )

        status = d.pop("status", UNSET)

        _progress_detail_data = d.pop("progressDetail", UNSET)
        progress_detail: ProgressDetail | Unset | None
        if _progress_detail_data is None or _progress_detail_data is UNSET:
            progress_detail = _progress_detail_data
        elif isinstance(_progress_detail_data, dict):
            progress_detail_type_0 = ProgressDetail.from_dict(_progress_detail_data)

            progress_detail = progress_detail_type_0
        else:
            raise TypeError(
                f"progress_detail: expected None | ProgressDetail, got {type(_progress_detail_data).__name__}: {_progress_detail_data!r:.200}"
            )

        _error_data = d.pop("error", UNSET)
        error: str | Unset | None
        if _error_data is None or _error_data is UNSET or isinstance(_error_data, str):
            error = _error_data
        else:
            raise TypeError(
                f"error: expected None | str, got {type(_error_data).__name__}: {_error_data!r:.200}"
            )

        _progress_data = d.pop("progress", UNSET)
        progress: str | Unset | None
        if _progress_data is None or _progress_data is UNSET or isinstance(_progress_data, str):
            progress = _progress_data
        else:
            raise TypeError(
                f"progress: expected None | str, got {type(_progress_data).__name__}: {_progress_data!r:.200}"
            )

        push_image_info = _new(cls)
        push_image_info.error_detail = error_detail
        push_image_info.status = status
        push_image_info.progress_detail = progress_detail
        push_image_info.error = error
        push_image_info.progress = progress
        push_image_info.additional_properties = d
        return push_image_info

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


from ..models.error_detail import ErrorDetail
from ..models.progress_detail import ProgressDetail
