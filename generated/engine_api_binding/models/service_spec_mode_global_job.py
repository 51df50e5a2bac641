from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ServiceSpecModeGlobalJob")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceSpecModeGlobalJob(Model):
    """The mode used for services which run a task to the completed state
    on each valid node.

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        service_spec_mode_global_job = _new(cls)
        service_spec_mode_global_job._sent = NOTHING_SENT
        service_spec_mode_global_job.additional_properties = dict(src_dict)
        return service_spec_mode_global_job

    _keys: ClassVar[dict[str, str]] = {}
