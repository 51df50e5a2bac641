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

T = TypeVar("T", bound="NetworkStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NetworkStatus(Model):
    """provides runtime information about the network such as the number of allocated IPs."""

    __match_args__ = ("ipam",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    ipam: IPAMStatus | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        ipam: IPAMStatus | None = None,
    ) -> None:
        self.ipam = ipam
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ipam = self.ipam
        if ipam is not None:
            ipam_json: dict[str, Any] | None
            if isinstance(ipam, IPAMStatus):
                ipam_json = ipam.to_dict()
            else:
                ipam_json = ipam
            field_dict["IPAM"] = ipam_json
        elif "IPAM" in self._sent:
            field_dict["IPAM"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("IPAM", None)

        network_status = _new(cls)
        network_status._sent = src_dict
        network_status.additional_properties = d
        return network_status

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "ipam",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "ipam":
            _ipam_data = src.get("IPAM")
            ipam: IPAMStatus | None
            if _ipam_data is None:
                ipam = _ipam_data
            elif isinstance(_ipam_data, dict):
                ipam_type_0 = IPAMStatus.from_dict(_ipam_data)

                ipam = ipam_type_0
            else:
                raise TypeError(
                    f"ipam: expected IPAMStatus | None, got {type(_ipam_data).__name__}: {_ipam_data!r:.200}"
                )

            return ipam
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "IPAM": "ipam",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["IPAM"]) -> IPAMStatus: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["IPAM"], default: None = None) -> IPAMStatus | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.ipam_status import IPAMStatus
