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

T = TypeVar("T", bound="ServiceSpecMode")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ServiceSpecMode(Model):
    """Scheduling mode for the service."""

    __match_args__ = (
        "replicated",
        "global_",
        "replicated_job",
        "global_job",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    replicated: ServiceSpecModeReplicated | None
    global_: ServiceSpecModeGlobal | None
    replicated_job: ServiceSpecModeReplicatedJob | None
    """ The mode used for services with a finite number of tasks that run
    to a completed state.
     """
    global_job: ServiceSpecModeGlobalJob | None
    """ The mode used for services which run a task to the completed state
    on each valid node.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        replicated: ServiceSpecModeReplicated | None = None,
        global_: ServiceSpecModeGlobal | None = None,
        replicated_job: ServiceSpecModeReplicatedJob | None = None,
        global_job: ServiceSpecModeGlobalJob | None = None,
    ) -> None:
        self.replicated = replicated
        self.global_ = global_
        self.replicated_job = replicated_job
        self.global_job = global_job
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        replicated = self.replicated
        if replicated is not None:
            replicated_json: dict[str, Any] | None
            if isinstance(replicated, ServiceSpecModeReplicated):
                replicated_json = replicated.to_dict()
            else:
                replicated_json = replicated
            field_dict["Replicated"] = replicated_json
        elif "Replicated" in self._sent:
            field_dict["Replicated"] = None

        global_ = self.global_
        if global_ is not None:
            global__json: dict[str, Any] | None
            if isinstance(global_, ServiceSpecModeGlobal):
                global__json = global_.to_dict()
            else:
                global__json = global_
            field_dict["Global"] = global__json
        elif "Global" in self._sent:
            field_dict["Global"] = None

        replicated_job = self.replicated_job
        if replicated_job is not None:
            replicated_job_json: dict[str, Any] | None
            if isinstance(replicated_job, ServiceSpecModeReplicatedJob):
                replicated_job_json = replicated_job.to_dict()
            else:
                replicated_job_json = replicated_job
            field_dict["ReplicatedJob"] = replicated_job_json
        elif "ReplicatedJob" in self._sent:
            field_dict["ReplicatedJob"] = None

        global_job = self.global_job
        if global_job is not None:
            global_job_json: dict[str, Any] | None
            if isinstance(global_job, ServiceSpecModeGlobalJob):
                global_job_json = global_job.to_dict()
            else:
                global_job_json = global_job
            field_dict["GlobalJob"] = global_job_json
        elif "GlobalJob" in self._sent:
            field_dict["GlobalJob"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Replicated", None)

        d.pop("Global", None)

        d.pop("ReplicatedJob", None)

        d.pop("GlobalJob", None)

        service_spec_mode = _new(cls)
        service_spec_mode._sent = src_dict
        service_spec_mode.additional_properties = d
        return service_spec_mode

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "replicated",
            "global_",
            "replicated_job",
            "global_job",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "replicated":
            _replicated_data = src.get("Replicated")
            replicated: ServiceSpecModeReplicated | None
            if _replicated_data is None:
                replicated = _replicated_data
            elif isinstance(_replicated_data, dict):
                replicated_type_0 = ServiceSpecModeReplicated.from_dict(_replicated_data)

                replicated = replicated_type_0
            else:
                raise TypeError(
                    f"replicated: expected None | ServiceSpecModeReplicated, got {type(_replicated_data).__name__}: {_replicated_data!r:.200}"
                )

            return replicated
        if deferred_name == "global_":
            _global__data = src.get("Global")
            global_: ServiceSpecModeGlobal | None
            if _global__data is None:
                global_ = _global__data
            elif isinstance(_global__data, dict):
                global_type_0 = ServiceSpecModeGlobal.from_dict(_global__data)

                global_ = global_type_0
            else:
                raise TypeError(
                    f"global_: expected None | ServiceSpecModeGlobal, got {type(_global__data).__name__}: {_global__data!r:.200}"
                )

            return global_
        if deferred_name == "replicated_job":
            _replicated_job_data = src.get("ReplicatedJob")
            replicated_job: ServiceSpecModeReplicatedJob | None
            if _replicated_job_data is None:
                replicated_job = _replicated_job_data
            elif isinstance(_replicated_job_data, dict):
                replicated_job_type_0 = ServiceSpecModeReplicatedJob.from_dict(_replicated_job_data)

                replicated_job = replicated_job_type_0
            else:
                raise TypeError(
                    f"replicated_job: expected None | ServiceSpecModeReplicatedJob, got {type(_replicated_job_data).__name__}: {_replicated_job_data!r:.200}"
                )

            return replicated_job
        if deferred_name == "global_job":
            _global_job_data = src.get("GlobalJob")
            global_job: ServiceSpecModeGlobalJob | None
            if _global_job_data is None:
                global_job = _global_job_data
            elif isinstance(_global_job_data, dict):
                global_job_type_0 = ServiceSpecModeGlobalJob.from_dict(_global_job_data)

                global_job = global_job_type_0
            else:
                raise TypeError(
                    f"global_job: expected None | ServiceSpecModeGlobalJob, got {type(_global_job_data).__name__}: {_global_job_data!r:.200}"
                )

            return global_job
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Replicated": "replicated",
        "Global": "global_",
        "ReplicatedJob": "replicated_job",
        "GlobalJob": "global_job",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Replicated"]) -> ServiceSpecModeReplicated: ...
        @overload
        def __getitem__(self, key: Literal["Global"]) -> ServiceSpecModeGlobal: ...
        @overload
        def __getitem__(self, key: Literal["ReplicatedJob"]) -> ServiceSpecModeReplicatedJob: ...
        @overload
        def __getitem__(self, key: Literal["GlobalJob"]) -> ServiceSpecModeGlobalJob: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Replicated"], default: None = None
        ) -> ServiceSpecModeReplicated | None: ...
        @overload
        def get(
            self, key: Literal["Global"], default: None = None
        ) -> ServiceSpecModeGlobal | None: ...
        @overload
        def get(
            self, key: Literal["ReplicatedJob"], default: None = None
        ) -> ServiceSpecModeReplicatedJob | None: ...
        @overload
        def get(
            self, key: Literal["GlobalJob"], default: None = None
        ) -> ServiceSpecModeGlobalJob | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.service_spec_mode_global import ServiceSpecModeGlobal
from ..models.service_spec_mode_global_job import ServiceSpecModeGlobalJob
from ..models.service_spec_mode_replicated import ServiceSpecModeReplicated
from ..models.service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob
