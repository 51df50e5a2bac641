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

T = TypeVar("T", bound="IPAMStatus")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class IPAMStatus(Model):
    __match_args__ = ("subnets",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    subnets: IPAMStatusSubnets | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        subnets: IPAMStatusSubnets | None = None,
    ) -> None:
        self.subnets = subnets
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subnets = self.subnets
        if subnets is not None:
            subnets_json: dict[str, Any] | None
            if isinstance(subnets, IPAMStatusSubnets):
                subnets_json = subnets.to_dict()
            else:
                subnets_json = subnets
            field_dict["Subnets"] = subnets_json
        elif "Subnets" in self._sent:
            field_dict["Subnets"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Subnets", None)

        ipam_status = _new(cls)
        ipam_status._sent = src_dict
        ipam_status.additional_properties = d
        return ipam_status

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "subnets",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "subnets":
            _subnets_data = src.get("Subnets")
            subnets: IPAMStatusSubnets | None
            if _subnets_data is None:
                subnets = _subnets_data
            elif isinstance(_subnets_data, dict):
                subnets_type_0 = IPAMStatusSubnets.from_dict(_subnets_data)

                subnets = subnets_type_0
            else:
                raise TypeError(
                    f"subnets: expected IPAMStatusSubnets | None, got {type(_subnets_data).__name__}: {_subnets_data!r:.200}"
                )

            return subnets
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Subnets": "subnets",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Subnets"]) -> IPAMStatusSubnets: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Subnets"], default: None = None
        ) -> IPAMStatusSubnets | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.ipam_status_subnets import IPAMStatusSubnets
