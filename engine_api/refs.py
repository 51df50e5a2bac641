"""How a call names an engine object (a container, a network...): its id or name,
docker-py's dict with ``"Id"`` (what ``create_container`` answers), or anything with an
``id`` (a typed answer such as ``ContainerCreateResponse``, a ``Container`` wrapper)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeAlias

__all__ = ["HasId", "Resource", "resource_id"]


class HasId(Protocol):
    """Anything with an engine id: a typed answer, a wrapper..."""

    @property
    def id(self) -> object: ...


Resource: TypeAlias = "str | Mapping[str, Any] | HasId"
"""What the low-level calls take for a container, network...: see :func:`resource_id`."""


def resource_id(resource: Resource, what: str = "container") -> str:
    """The id (or name) of ``resource``: a string, docker-py's dict with ``"Id"`` (or
    ``"ID"``), or anything with an ``id``; TypeError naming it for anything else."""
    if isinstance(resource, str) and resource:
        return resource
    found: Any = None
    if isinstance(resource, Mapping):
        found = resource.get("Id", resource.get("ID"))
    elif resource is not None and not isinstance(resource, str):
        found = getattr(resource, "id", None)
    if not isinstance(found, str) or not found:
        raise TypeError(
            f"expected a {what} id or name, a dict with 'Id', or an object with an id, "
            f"not {resource!r}"
        )
    return found
