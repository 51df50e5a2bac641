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

T = TypeVar("T", bound="ContainerSummaryHostConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerSummaryHostConfig(Model):
    """Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response.

    """

    __match_args__ = (
        "network_mode",
        "annotations",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    network_mode: str | None
    """ Networking mode (`host`, `none`, `container:<id>`) or name of the
    primary network the container is using.

    This field is primarily for backward compatibility. The container
    can be connected to multiple networks for which information can be
    found in the `NetworkSettings.Networks` field, which enumerates
    settings per network. """
    annotations: ContainerSummaryHostConfigAnnotations | None
    """ Arbitrary key-value metadata attached to the container. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        network_mode: str | None = None,
        annotations: ContainerSummaryHostConfigAnnotations | None = None,
    ) -> None:
        self.network_mode = network_mode
        self.annotations = annotations
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.network_mode is not None:
            field_dict["NetworkMode"] = self.network_mode
        elif "NetworkMode" in self._sent:
            field_dict["NetworkMode"] = None

        annotations = self.annotations
        if annotations is not None:
            annotations_json: dict[str, Any] | None
            if isinstance(annotations, ContainerSummaryHostConfigAnnotations):
                annotations_json = annotations.to_dict()
            else:
                annotations_json = annotations
            field_dict["Annotations"] = annotations_json
        elif "Annotations" in self._sent:
            field_dict["Annotations"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        network_mode = d.pop("NetworkMode", None)

        d.pop("Annotations", None)

        container_summary_host_config = _new(cls)
        container_summary_host_config._sent = src_dict
        container_summary_host_config.network_mode = network_mode
        container_summary_host_config.additional_properties = d
        return container_summary_host_config

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "annotations",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "annotations":
            _annotations_data = src.get("Annotations")
            annotations: ContainerSummaryHostConfigAnnotations | None
            if _annotations_data is None:
                annotations = _annotations_data
            elif isinstance(_annotations_data, dict):
                annotations_type_0 = ContainerSummaryHostConfigAnnotations.from_dict(
                    _annotations_data
                )

                annotations = annotations_type_0
            else:
                raise TypeError(
                    f"annotations: expected ContainerSummaryHostConfigAnnotations | None, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
                )

            return annotations
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "NetworkMode": "network_mode",
        "Annotations": "annotations",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["NetworkMode"]) -> str: ...
        @overload
        def __getitem__(
            self, key: Literal["Annotations"]
        ) -> ContainerSummaryHostConfigAnnotations: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["NetworkMode"], default: None = None) -> str | None: ...
        @overload
        def get(
            self, key: Literal["Annotations"], default: None = None
        ) -> ContainerSummaryHostConfigAnnotations | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.container_summary_host_config_annotations import ContainerSummaryHostConfigAnnotations
