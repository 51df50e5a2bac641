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

T = TypeVar("T", bound="ContainerdInfoNamespaces")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerdInfoNamespaces(Model):
    """The namespaces that the daemon uses for running containers and
    plugins in containerd. These namespaces can be configured in the
    daemon configuration, and are considered to be used exclusively
    by the daemon, Tampering with the containerd instance may cause
    unexpected behavior.

    As these namespaces are considered to be exclusively accessed
    by the daemon, it is not recommended to change these values,
    or to change them to a value that is used by other systems,
    such as cri-containerd.

    """

    __match_args__ = (
        "containers",
        "plugins",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    containers: str | None
    """ The default containerd namespace used for containers managed
    by the daemon.

    The default namespace for containers is "moby", but will be
    suffixed with the `<uid>.<gid>` of the remapped `root` if
    user-namespaces are enabled and the containerd image-store
    is used.
     """
    plugins: str | None
    """ The default containerd namespace used for plugins managed by
    the daemon.

    The default namespace for plugins is "plugins.moby", but will be
    suffixed with the `<uid>.<gid>` of the remapped `root` if
    user-namespaces are enabled and the containerd image-store
    is used.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        containers: str | None = None,
        plugins: str | None = None,
    ) -> None:
        self.containers = containers
        self.plugins = plugins
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.containers is not None:
            field_dict["Containers"] = self.containers
        elif "Containers" in self._sent:
            field_dict["Containers"] = None

        if self.plugins is not None:
            field_dict["Plugins"] = self.plugins
        elif "Plugins" in self._sent:
            field_dict["Plugins"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        containers = d.pop("Containers", None)

        plugins = d.pop("Plugins", None)

        containerd_info_namespaces = _new(cls)
        containerd_info_namespaces._sent = src_dict
        containerd_info_namespaces.containers = containers
        containerd_info_namespaces.plugins = plugins
        containerd_info_namespaces.additional_properties = d
        return containerd_info_namespaces

    _keys: ClassVar[dict[str, str]] = {
        "Containers": "containers",
        "Plugins": "plugins",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Containers", "Plugins"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Containers", "Plugins"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
