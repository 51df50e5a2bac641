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

T = TypeVar("T", bound="Runtime")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class Runtime(Model):
    """Runtime describes an [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtime.

    The runtime is invoked by the daemon via the `containerd` daemon. OCI
    runtimes act as an interface to the Linux kernel namespaces, cgroups,
    and SELinux.

    """

    __match_args__ = (
        "path",
        "runtime_args",
        "status",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    path: str | None
    """ Name and, optional, path, of the OCI executable binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    runtime_args: list[str] | None
    """ List of command-line arguments to pass to the runtime when invoked.
     """
    status: RuntimeStatus | None
    """ Information specific to the runtime.

    While this API specification does not define data provided by runtimes,
    the following well-known properties may be provided by runtimes:

    `org.opencontainers.runtime-spec.features`: features structure as defined
    in the [OCI Runtime Specification](https://github.com/opencontainers/runtime-spec/blob/main/features.md),
    in a JSON string representation.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        path: str | None = None,
        runtime_args: list[str] | None = None,
        status: RuntimeStatus | None = None,
    ) -> None:
        self.path = path
        self.runtime_args = runtime_args
        self.status = status
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.path is not None:
            field_dict["path"] = self.path
        elif "path" in self._sent:
            field_dict["path"] = None

        runtime_args = self.runtime_args
        if runtime_args is not None:
            runtime_args_json: list[str] | None
            if isinstance(runtime_args, list):
                runtime_args_json = runtime_args

            else:
                runtime_args_json = runtime_args
            field_dict["runtimeArgs"] = runtime_args_json
        elif "runtimeArgs" in self._sent:
            field_dict["runtimeArgs"] = None

        status = self.status
        if status is not None:
            status_json: dict[str, Any] | None
            if isinstance(status, RuntimeStatus):
                status_json = status.to_dict()
            else:
                status_json = status
            field_dict["status"] = status_json
        elif "status" in self._sent:
            field_dict["status"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        path = d.pop("path", None)

        _runtime_args_data = d.pop("runtimeArgs", None)
        runtime_args: list[str] | None
        if _runtime_args_data is None:
            runtime_args = _runtime_args_data
        elif isinstance(_runtime_args_data, list):
            runtime_args_type_0 = _runtime_args_data

            runtime_args = runtime_args_type_0
        else:
            raise TypeError(
                f"runtime_args: expected list[str] | None, got {type(_runtime_args_data).__name__}: {_runtime_args_data!r:.200}"
            )

        d.pop("status", None)

        runtime = _new(cls)
        runtime._sent = src_dict
        runtime.path = path
        runtime.runtime_args = runtime_args
        runtime.additional_properties = d
        return runtime

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "status":
            _status_data = src.get("status")
            status: RuntimeStatus | None
            if _status_data is None:
                status = _status_data
            elif isinstance(_status_data, dict):
                status_type_0 = RuntimeStatus.from_dict(_status_data)

                status = status_type_0
            else:
                raise TypeError(
                    f"status: expected None | RuntimeStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
                )

            return status
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "path": "path",
        "runtimeArgs": "runtime_args",
        "status": "status",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["path"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["runtimeArgs"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["status"]) -> RuntimeStatus: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["path"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["runtimeArgs"], default: None = None) -> list[str] | None: ...
        @overload
        def get(self, key: Literal["status"], default: None = None) -> RuntimeStatus | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.runtime_status import RuntimeStatus
