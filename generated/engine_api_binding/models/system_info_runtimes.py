from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="SystemInfoRuntimes")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemInfoRuntimes(Model):
    """List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.

        Example:
            {'runc': {'path': 'runc'}, 'runc-master': {'path': '/go/bin/runc'}, 'custom': {'path': '/usr/local/bin/my-oci-
                runtime', 'runtimeArgs': ['--debug', '--systemd-cgroup=false']}}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, Runtime]
    _sent: Collection[str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        system_info_runtimes = _new(cls)
        system_info_runtimes._sent = NOTHING_SENT
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Runtime.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        system_info_runtimes.additional_properties = additional_properties
        return system_info_runtimes

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> Runtime: ...
        @overload
        def get(self, key: str, default: None = None) -> Runtime | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.runtime import Runtime
