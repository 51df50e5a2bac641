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

T = TypeVar("T", bound="ContainerdInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerdInfo(Model):
    """Information for connecting to the containerd instance that is used by the daemon.
    This is included for debugging purposes only.

    """

    __match_args__ = (
        "address",
        "namespaces",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    address: str | None
    """ The address of the containerd socket. """
    namespaces: ContainerdInfoNamespaces | None
    """ The namespaces that the daemon uses for running containers and
    plugins in containerd. These namespaces can be configured in the
    daemon configuration, and are considered to be used exclusively
    by the daemon, Tampering with the containerd instance may cause
    unexpected behavior.

    As these namespaces are considered to be exclusively accessed
    by the daemon, it is not recommended to change these values,
    or to change them to a value that is used by other systems,
    such as cri-containerd.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        address: str | None = None,
        namespaces: ContainerdInfoNamespaces | None = None,
    ) -> None:
        self.address = address
        self.namespaces = namespaces
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.address is not None:
            field_dict["Address"] = self.address
        elif "Address" in self._sent:
            field_dict["Address"] = None

        namespaces = self.namespaces
        if namespaces is not None:
            namespaces_json: dict[str, Any] | None
            if isinstance(namespaces, ContainerdInfoNamespaces):
                namespaces_json = namespaces.to_dict()
            else:
                namespaces_json = namespaces
            field_dict["Namespaces"] = namespaces_json
        elif "Namespaces" in self._sent:
            field_dict["Namespaces"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        address = d.pop("Address", None)

        d.pop("Namespaces", None)

        containerd_info = _new(cls)
        containerd_info._sent = src_dict
        containerd_info.address = address
        containerd_info.additional_properties = d
        return containerd_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "namespaces",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "namespaces":
            _namespaces_data = src.get("Namespaces")
            namespaces: ContainerdInfoNamespaces | None
            if _namespaces_data is None:
                namespaces = _namespaces_data
            elif isinstance(_namespaces_data, dict):
                namespaces_type_0 = ContainerdInfoNamespaces.from_dict(_namespaces_data)

                namespaces = namespaces_type_0
            else:
                raise TypeError(
                    f"namespaces: expected ContainerdInfoNamespaces | None, got {type(_namespaces_data).__name__}: {_namespaces_data!r:.200}"
                )

            return namespaces
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Address": "address",
        "Namespaces": "namespaces",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Address"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Namespaces"]) -> ContainerdInfoNamespaces: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Address"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Namespaces"], default: None = None
        ) -> ContainerdInfoNamespaces | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.containerd_info_namespaces import ContainerdInfoNamespaces
