"""What the high-level wrappers (containers, images, networks, volumes) share, as
docker-py's ``Model`` does: the client they belong to, the typed inspect data they wrap,
and equality by id within their kind.

This module is the one source: ``engine_api/_sync/resource.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from engine_api._async.client import AsyncDockerClient

__all__ = ["AsyncResource", "value"]


def value(field: Any, default: Any = None) -> Any:
    """A model field's value, with None (absent or null) as ``default``."""
    return default if field is None else field


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=_Model)


class AsyncResource(Generic[ModelT]):
    """One object of the engine, as of its last inspect."""

    __slots__ = ("_attrs", "client")

    _kind: ClassVar[type[AsyncResource[Any]]]
    """The wrapper class directly below this one: objects are equal within it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if AsyncResource in cls.__bases__:
            cls._kind = cls

    def __init__(self, client: AsyncDockerClient, attrs: ModelT) -> None:
        self.client = client
        self._attrs = attrs

    @property
    def attrs(self) -> ModelT:
        """The inspect data as the typed model (as of the last :meth:`reload`)."""
        return self._attrs

    @property
    def attrs_dict(self) -> dict[str, Any]:
        """The inspect data as the engine's JSON dict (docker-py's ``attrs``)."""
        return self._attrs.to_dict()

    @property
    def id(self) -> str:
        """The object's id."""
        raise NotImplementedError

    @property
    def short_id(self) -> str:
        """The first 12 characters of the id, as the docker CLI shows it."""
        return self.id[:12]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, self._kind) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)
