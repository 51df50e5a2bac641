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

T = TypeVar("T", bound="FirewallInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class FirewallInfo(Model):
    """Information about the daemon's firewalling configuration.

    This field is currently only used on Linux, and omitted on other platforms.

    """

    __match_args__ = (
        "driver",
        "info",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    driver: str | None
    """ The name of the firewall backend driver.
     """
    info: list[list[str] | None] | None
    """ Information about the firewall backend, provided as
    "label" / "value" pairs.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        driver: str | None = None,
        info: list[list[str] | None] | None = None,
    ) -> None:
        self.driver = driver
        self.info = info
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        info = self.info
        if info is not None:
            info_json: list[list[str] | None] | None
            if isinstance(info, list):
                info_json = []
                for info_type_0_item_data in info:
                    info_type_0_item: list[str] | None
                    if isinstance(info_type_0_item_data, list):
                        info_type_0_item = info_type_0_item_data

                    else:
                        info_type_0_item = info_type_0_item_data
                    info_json.append(info_type_0_item)

            else:
                info_json = info
            field_dict["Info"] = info_json
        elif "Info" in self._sent:
            field_dict["Info"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        driver = d.pop("Driver", None)

        _info_data = d.pop("Info", None)
        info: list[list[str] | None] | None
        if _info_data is None:
            info = _info_data
        elif isinstance(_info_data, list):
            info_type_0 = []
            _info_type_0 = _info_data
            for info_type_0_item_data in _info_type_0:
                _info_type_0_item_data = info_type_0_item_data
                info_type_0_item: list[str] | None
                if _info_type_0_item_data is None:
                    info_type_0_item = _info_type_0_item_data
                elif isinstance(_info_type_0_item_data, list):
                    info_type_0_item_type_0 = _info_type_0_item_data

                    info_type_0_item = info_type_0_item_type_0
                else:
                    raise TypeError(
                        f"info_type_0_item: expected list[str] | None, got {type(_info_type_0_item_data).__name__}: {_info_type_0_item_data!r:.200}"
                    )

                info_type_0.append(info_type_0_item)

            info = info_type_0
        else:
            raise TypeError(
                f"info: expected list[list[str] | None] | None, got {type(_info_data).__name__}: {_info_data!r:.200}"
            )

        firewall_info = _new(cls)
        firewall_info._sent = src_dict
        firewall_info.driver = driver
        firewall_info.info = info
        firewall_info.additional_properties = d
        return firewall_info

    _keys: ClassVar[dict[str, str]] = {
        "Driver": "driver",
        "Info": "info",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Driver"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Info"]) -> list[list[str] | None]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Driver"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Info"], default: None = None
        ) -> list[list[str] | None] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
