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

T = TypeVar("T", bound="VolumeUpdateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class VolumeUpdateRequest(Model):
    """Volume configuration"""

    __match_args__ = ("spec",)
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    spec: ClusterVolumeSpec | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        spec: ClusterVolumeSpec | None = None,
    ) -> None:
        self.spec = spec
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        spec = self.spec
        if spec is not None:
            spec_json: dict[str, Any] | None
            if isinstance(spec, ClusterVolumeSpec):
                spec_json = spec.to_dict()
            else:
                spec_json = spec
            field_dict["Spec"] = spec_json
        elif "Spec" in self._sent:
            field_dict["Spec"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Spec", None)

        volume_update_request = _new(cls)
        volume_update_request._sent = src_dict
        volume_update_request.additional_properties = d
        return volume_update_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "spec",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "spec":
            _spec_data = src.get("Spec")
            spec: ClusterVolumeSpec | None
            if _spec_data is None:
                spec = _spec_data
            elif isinstance(_spec_data, dict):
                spec_type_0 = ClusterVolumeSpec.from_dict(_spec_data)

                spec = spec_type_0
            else:
                raise TypeError(
                    f"spec: expected ClusterVolumeSpec | None, got {type(_spec_data).__name__}: {_spec_data!r:.200}"
                )

            return spec
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Spec": "spec",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Spec"]) -> ClusterVolumeSpec: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Spec"], default: None = None) -> ClusterVolumeSpec | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.cluster_volume_spec import ClusterVolumeSpec
