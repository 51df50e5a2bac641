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
from ..models.signature_timestamp_type import SignatureTimestampType, check_signature_timestamp_type

T = TypeVar("T", bound="SignatureTimestamp")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SignatureTimestamp(Model):
    """SignatureTimestamp contains information about a verified signed timestamp for an image signature."""

    __match_args__ = (
        "type_",
        "uri",
        "timestamp",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    type_: SignatureTimestampType | None
    """ SignatureTimestampType is the type of timestamp used in the signature. """
    uri: str | None
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        type_: SignatureTimestampType | None = None,
        uri: str | None = None,
        timestamp: datetime.datetime | None = None,
    ) -> None:
        self.type_ = type_
        self.uri = uri
        self.timestamp = timestamp
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        if type_ is not None:
            type__json: str = type_
            field_dict["Type"] = type__json
        elif "Type" in self._sent:
            field_dict["Type"] = None

        if self.uri is not None:
            field_dict["URI"] = self.uri
        elif "URI" in self._sent:
            field_dict["URI"] = None

        timestamp = self.timestamp
        if timestamp is not None:
            timestamp_json = timestamp.isoformat()
            field_dict["Timestamp"] = timestamp_json
        elif "Timestamp" in self._sent:
            field_dict["Timestamp"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _type__src = d.pop("Type", None)
        type_: SignatureTimestampType | None
        if _type__src is None:
            type_ = None
        else:
            type__value = check_signature_timestamp_type(_type__src)

            type_ = type__value

        uri = d.pop("URI", None)

        d.pop("Timestamp", None)

        signature_timestamp = _new(cls)
        signature_timestamp._sent = src_dict
        signature_timestamp.type_ = type_
        signature_timestamp.uri = uri
        signature_timestamp.additional_properties = d
        return signature_timestamp

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "timestamp",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "timestamp":
            _timestamp_src = src.get("Timestamp")
            timestamp: datetime.datetime | None
            if _timestamp_src is None:
                timestamp = None
            else:
                timestamp_value = datetime.datetime.fromisoformat(_timestamp_src)

                timestamp = timestamp_value

            return timestamp
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Type": "type_",
        "URI": "uri",
        "Timestamp": "timestamp",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Type"]) -> SignatureTimestampType: ...
        @overload
        def __getitem__(self, key: Literal["URI"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Timestamp"]) -> datetime.datetime: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Type"], default: None = None
        ) -> SignatureTimestampType | None: ...
        @overload
        def get(self, key: Literal["URI"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Timestamp"], default: None = None
        ) -> datetime.datetime | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
