from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Runtime")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class Runtime:
    """Runtime describes an [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtime.

    The runtime is invoked by the daemon via the `containerd` daemon. OCI
    runtimes act as an interface to the Linux kernel namespaces, cgroups,
    and SELinux.

    """

    path: str | Unset = UNSET
    """ Name and, optional, path, of the OCI executable binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    runtime_args: list[str] | Unset | None = UNSET
    """ List of command-line arguments to pass to the runtime when invoked.
     """
    status: RuntimeStatus | Unset | None = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        runtime_args: list[str] | Unset | None
        if isinstance(self.runtime_args, Unset):
            runtime_args = UNSET
        elif isinstance(self.runtime_args, list):
            runtime_args = self.runtime_args

        else:
            runtime_args = self.runtime_args

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RuntimeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if runtime_args is not UNSET:
            field_dict["runtimeArgs"] = runtime_args
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        _runtime_args_data = d.pop("runtimeArgs", UNSET)
        runtime_args: list[str] | Unset | None
        if _runtime_args_data is None or _runtime_args_data is UNSET:
            runtime_args = _runtime_args_data
        elif isinstance(_runtime_args_data, list):
            runtime_args_type_0 = _runtime_args_data

            runtime_args = runtime_args_type_0
        else:
            raise TypeError(
                f"runtime_args: expected list[str] | None, got {type(_runtime_args_data).__name__}: {_runtime_args_data!r:.200}"
            )

        _status_data = d.pop("status", UNSET)
        status: RuntimeStatus | Unset | None
        if _status_data is None or _status_data is UNSET:
            status = _status_data
        elif isinstance(_status_data, dict):
            status_type_0 = RuntimeStatus.from_dict(_status_data)

            status = status_type_0
        else:
            raise TypeError(
                f"status: expected None | RuntimeStatus, got {type(_status_data).__name__}: {_status_data!r:.200}"
            )

        runtime = _new(cls)
        runtime.path = path
        runtime.runtime_args = runtime_args
        runtime.status = status
        runtime.additional_properties = d
        return runtime

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


from ..models.runtime_status import RuntimeStatus
