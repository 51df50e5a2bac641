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

T = TypeVar("T", bound="CreateImageInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class CreateImageInfo(Model):
    __match_args__ = (
        "id",
        "error_detail",
        "status",
        "progress_detail",
        "error",
        "progress",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    error_detail: ErrorDetail | None
    status: str | None
    progress_detail: ProgressDetail | None
    error: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    errors encountered during the operation.


    > **Deprecated**: This field is deprecated since API v1.4, and will be omitted in a future API version. Use the
    information in errorDetail instead.
     """
    progress: str | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Progress is a pre-formatted presentation of progressDetail.


    > **Deprecated**: This field is deprecated since API v1.8, and will be omitted in a future API version. Use the
    information in progressDetail instead.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        error_detail: ErrorDetail | None = None,
        status: str | None = None,
        progress_detail: ProgressDetail | None = None,
        error: str | None = None,
        progress: str | None = None,
    ) -> None:
        self.id = id
        self.error_detail = error_detail
        self.status = status
        self.progress_detail = progress_detail
        self.error = error
        self.progress = progress
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._sent:
            field_dict["id"] = None

        error_detail = self.error_detail
        if error_detail is not None:
            error_detail_json: dict[str, Any] | None
            if isinstance(error_detail, ErrorDetail):
                error_detail_json = error_detail.to_dict()
            else:
                error_detail_json = error_detail
            field_dict["errorDetail"] = error_detail_json
        elif "errorDetail" in self._sent:
            field_dict["errorDetail"] = None

        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._sent:
            field_dict["status"] = None

        progress_detail = self.progress_detail
        if progress_detail is not None:
            progress_detail_json: dict[str, Any] | None
            if isinstance(progress_detail, ProgressDetail):
                progress_detail_json = progress_detail.to_dict()
            else:
                progress_detail_json = progress_detail
            field_dict["progressDetail"] = progress_detail_json
        elif "progressDetail" in self._sent:
            field_dict["progressDetail"] = None

        error = self.error
        if error is not None:
            error_json: str | None
            error_json = error
            field_dict["error"] = error_json
        elif "error" in self._sent:
            field_dict["error"] = None

        progress = self.progress
        if progress is not None:
            progress_json: str | None
            progress_json = progress
            field_dict["progress"] = progress_json
        elif "progress" in self._sent:
            field_dict["progress"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("id", None)

        d.pop("errorDetail", None)

        status = d.pop("status", None)

        d.pop("progressDetail", None)

        _error_data = d.pop("error", None)
        error: str | None
        if _error_data is None or isinstance(_error_data, str):
            error = _error_data
        else:
            raise TypeError(
                f"error: expected None | str, got {type(_error_data).__name__}: {_error_data!r:.200}"
            )

        _progress_data = d.pop("progress", None)
        progress: str | None
        if _progress_data is None or isinstance(_progress_data, str):
            progress = _progress_data
        else:
            raise TypeError(
                f"progress: expected None | str, got {type(_progress_data).__name__}: {_progress_data!r:.200}"
            )

        create_image_info = _new(cls)
        create_image_info._sent = src_dict
        create_image_info.id = id
        create_image_info.status = status
        create_image_info.error = error
        create_image_info.progress = progress
        create_image_info.additional_properties = d
        return create_image_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "error_detail",
            "progress_detail",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "error_detail":
            _error_detail_data = src.get("errorDetail")
            error_detail: ErrorDetail | None
            if _error_detail_data is None:
                error_detail = _error_detail_data
            elif isinstance(_error_detail_data, dict):
                error_detail_type_0 = ErrorDetail.from_dict(_error_detail_data)

                error_detail = error_detail_type_0
            else:
                raise TypeError(
                    f"error_detail: expected ErrorDetail | None, got {type(_error_detail_data).__name__}: {_error_detail_data!r:.200}"
                )

            return error_detail
        if deferred_name == "progress_detail":
            _progress_detail_data = src.get("progressDetail")
            progress_detail: ProgressDetail | None
            if _progress_detail_data is None:
                progress_detail = _progress_detail_data
            elif isinstance(_progress_detail_data, dict):
                progress_detail_type_0 = ProgressDetail.from_dict(_progress_detail_data)

                progress_detail = progress_detail_type_0
            else:
                raise TypeError(
                    f"progress_detail: expected None | ProgressDetail, got {type(_progress_detail_data).__name__}: {_progress_detail_data!r:.200}"
                )

            return progress_detail
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "errorDetail": "error_detail",
        "status": "status",
        "progressDetail": "progress_detail",
        "error": "error",
        "progress": "progress",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["id", "status", "error", "progress"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["errorDetail"]) -> ErrorDetail: ...
        @overload
        def __getitem__(self, key: Literal["progressDetail"]) -> ProgressDetail: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["id", "status", "error", "progress"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["errorDetail"], default: None = None) -> ErrorDetail | None: ...
        @overload
        def get(
            self, key: Literal["progressDetail"], default: None = None
        ) -> ProgressDetail | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.error_detail import ErrorDetail
from ..models.progress_detail import ProgressDetail
