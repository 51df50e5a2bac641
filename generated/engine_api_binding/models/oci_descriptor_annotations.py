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

T = TypeVar("T", bound="OCIDescriptorAnnotations")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class OCIDescriptorAnnotations(Model):
    """Arbitrary metadata relating to the targeted content.

    Example:
        {'com.docker.official-images.bashbrew.arch': 'amd64', 'org.opencontainers.image.base.digest':
            'sha256:0d0ef5c914d3ea700147da1bd050c59edb8bb12ca312f3800b29d7c8087eabd8', 'org.opencontainers.image.base.name':
            'scratch', 'org.opencontainers.image.created': '2025-01-27T00:00:00Z', 'org.opencontainers.image.revision':
            '9fabb4bad5138435b01857e2fe9363e2dc5f6a79', 'org.opencontainers.image.source': 'https://git.launchpad.net/cloud-
            images/+oci/ubuntu-base', 'org.opencontainers.image.url': 'https://hub.docker.com/_/ubuntu',
            'org.opencontainers.image.version': '24.04'}

    """

    __match_args__ = ()
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    additional_properties: dict[str, str]
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

        oci_descriptor_annotations = _new(cls)
        oci_descriptor_annotations._sent = NOTHING_SENT
        oci_descriptor_annotations.additional_properties = dict(src_dict)
        return oci_descriptor_annotations

    _keys: ClassVar[dict[str, str]] = {}

    if TYPE_CHECKING:

        def __getitem__(self, key: str) -> str: ...
        @overload
        def get(self, key: str, default: None = None) -> str | None: ...
        @overload
        def get(self, key: str, default: Any) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
