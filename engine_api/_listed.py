"""``containers.list()`` in the thread flavour: containers inspected on first need.

A listed container holds what the list told (id, name, image id, state and labels) and
inspects itself the first time anything else is read, in the calling thread: listing 50
containers costs one call, not 51, and a loop that only reads ``id`` or ``name`` never
inspects. It is a :class:`~engine_api.Container` in every other way (``reload()`` inspects
it at once). The asyncio flavour cannot wait inside a property, so there ``list()``
inspects every container before it returns (concurrently over the pool).

A container removed between the list and its first inspect raises
:class:`~engine_api.errors.ContainerNotFound` where its details are first read;
``list(ignore_removed=True)`` inspects at once and leaves such containers out instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine_api._sync.container import Container
from engine_api._sync.resource import Resource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from engine_api_binding.models import ContainerInspectResponse

    from engine_api._sync.client import DockerClient

__all__ = ["ListedContainer"]

# The storage of Resource._attrs (its slot), read and written below the property that
# ListedContainer puts in front of it.
_SLOT: Any = Resource.__dict__["_attrs"]


class ListedContainer(Container):
    """A :class:`Container` from ``list()``, inspected the first time its details are read."""

    __slots__ = ("_inspected",)

    def __init__(self, client: DockerClient, listed: ContainerInspectResponse) -> None:
        super().__init__(client, listed)
        self._inspected = False

    @property
    def _attrs(self) -> ContainerInspectResponse:
        if not self._inspected:
            data = self.client.ops.container_inspect(_SLOT.__get__(self).id)
            _SLOT.__set__(self, data)
            self._inspected = True
        result: ContainerInspectResponse = _SLOT.__get__(self)
        return result

    @_attrs.setter
    def _attrs(self, value: ContainerInspectResponse) -> None:
        _SLOT.__set__(self, value)
        self._inspected = True

    @property
    def id(self) -> str:
        """The container's full id (from the list: no inspect)."""
        return str(_SLOT.__get__(self).id or "")

    @property
    def name(self) -> str:
        """The name, without the engine's leading slash (from the list: no inspect)."""
        return str(_SLOT.__get__(self).name or "").lstrip("/")

    def __repr__(self) -> str:
        return f"<Container: {self.short_id} {self.name}>"


def listed(client: DockerClient, entries: Sequence[ContainerInspectResponse]) -> list[Container]:
    """The thread flavour's ``list()`` result: each container inspected on first need."""
    return [ListedContainer(client, entry) for entry in entries]
