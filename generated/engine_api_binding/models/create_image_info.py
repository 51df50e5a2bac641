from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.progress_detail import ProgressDetail


T = TypeVar("T", bound="CreateImageInfo")


@_attrs_define
class CreateImageInfo:
    id: str | Unset = UNSET
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
        from ..models.error_detail import ErrorDetail
        from ..models.progress_detail import ProgressDetail

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.error_detail import ErrorDetail
        from ..models.progress_detail import ProgressDetail

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_error_detail(data: object) -> ErrorDetail | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"error_detail: expected ErrorDetail | None, got {type(data).__name__}: {data!r:.200}"
                )
            error_detail_type_0 = ErrorDetail.from_dict(data)

            return error_detail_type_0

        error_detail = _parse_error_detail(d.pop("errorDetail", UNSET))

        status = d.pop("status", UNSET)

        def _parse_progress_detail(data: object) -> ProgressDetail | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(
                    f"progress_detail: expected None | ProgressDetail, got {type(data).__name__}: {data!r:.200}"
                )
            progress_detail_type_0 = ProgressDetail.from_dict(data)

            return progress_detail_type_0

        progress_detail = _parse_progress_detail(d.pop("progressDetail", UNSET))

        def _parse_error(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(f"error: expected None | str, got {type(data).__name__}: {data!r:.200}")

        error = _parse_error(d.pop("error", UNSET))

        def _parse_progress(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise TypeError(
                f"progress: expected None | str, got {type(data).__name__}: {data!r:.200}"
            )

        progress = _parse_progress(d.pop("progress", UNSET))

        create_image_info = cls(
            id=id,
            error_detail=error_detail,
            status=status,
            progress_detail=progress_detail,
            error=error,
            progress=progress,
        )

        create_image_info.additional_properties = d
        return create_image_info

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
