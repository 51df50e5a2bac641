"""``client.secrets`` and ``client.configs``: docker-py's swarm secrets and configs, typed.

Both are the same shape (a name, labels, base64 data, a templating driver; secrets also an
external store's driver), so one implementation serves both: :class:`AsyncSecret` /
:class:`AsyncConfig` wrap one (``attrs`` the typed ``Secret``/``Config`` inspect model,
``attrs_dict`` docker-py's dict, ``id``, ``name``, ``labels``, ``reload``, ``remove``) and
:class:`AsyncSecretCollection` / :class:`AsyncConfigCollection` create, get and list them,
on the low-level names ``create_secret``, ``inspect_secret``, ``secrets``,
``remove_secret`` (and the config ones).

A secret's data never appears in a repr, a str or an error: the engine never sends it back,
the request that carries it shows it as ``<hidden>``, and a refused create says what the
engine said (which names the secret, not its data).

This module is the one source: ``engine_api/_sync/secrets.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from engine_api_binding.models import Config as ConfigModel
from engine_api_binding.models import Secret as SecretModel

from engine_api import errors
from engine_api._async.resource import AsyncResource
from engine_api._async.resource import value as _value

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery

    from engine_api._async.client import AsyncDockerClient

__all__ = [
    "AsyncConfig",
    "AsyncConfigCollection",
    "AsyncSecret",
    "AsyncSecretCollection",
]

ModelT = TypeVar("ModelT", SecretModel, ConfigModel)
WrapperT = TypeVar("WrapperT", bound="_SwarmObject[Any]")


class _SwarmObject(AsyncResource[ModelT]):
    """A secret or a config: what both have."""

    __slots__ = ()

    _what: ClassVar[str]

    @property
    def id(self) -> str:
        object_id = _value(self._attrs.id)
        if not isinstance(object_id, str):
            raise errors.ProtocolError(f"the engine's {self._what} inspect has no ID")
        return object_id

    @property
    def name(self) -> str | None:
        """Its name (docker-py's ``attrs["Spec"]["Name"]``)."""
        spec = _value(self._attrs.spec)
        return _value(spec.name) if spec is not None else None

    @property
    def labels(self) -> dict[str, str]:
        spec = _value(self._attrs.spec)
        labels = _value(spec.labels) if spec is not None else None
        return dict(labels.additional_properties) if labels is not None else {}

    @property
    def version(self) -> int | None:
        """Its version (``Version.Index``)."""
        version = _value(self._attrs.version)
        index = _value(version.index) if version is not None else None
        return index if isinstance(index, int) else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.name!r}>"

    def __str__(self) -> str:
        return repr(self)

    async def reload(self) -> Self:
        """Refresh :attr:`attrs` from the engine."""
        self._attrs = await self._inspect(self.id)
        return self

    async def _inspect(self, object_id: str) -> ModelT:
        raise NotImplementedError

    async def remove(self) -> bool:
        """Remove it (docker-py's ``remove``); True. One that a service uses is refused
        (``InvalidArgument``, with the engine's message)."""
        raise NotImplementedError


class AsyncSecret(_SwarmObject[SecretModel]):
    """One secret of the swarm: docker-py's ``Secret``, typed. Its data stays in the
    swarm: the engine never sends it."""

    __slots__ = ()
    _what = "secret"

    async def _inspect(self, object_id: str) -> SecretModel:
        return await self.client.api.inspect_secret(object_id)

    async def remove(self) -> bool:
        return await self.client.api.remove_secret(self.id)


class AsyncConfig(_SwarmObject[ConfigModel]):
    """One config of the swarm: docker-py's ``Config``, typed; :attr:`data` is its
    content."""

    __slots__ = ()
    _what = "config"

    @property
    def data(self) -> bytes | None:
        """The config's content, decoded from the engine's base64."""
        import base64

        spec = _value(self._attrs.spec)
        encoded = _value(spec.data) if spec is not None else None
        return base64.b64decode(encoded) if isinstance(encoded, str) else None

    async def _inspect(self, object_id: str) -> ConfigModel:
        return await self.client.api.inspect_config(object_id)

    async def remove(self) -> bool:
        return await self.client.api.remove_config(self.id)


class _SwarmObjectCollection(Generic[WrapperT]):
    """Secrets or configs of one client."""

    __slots__ = ("client",)

    def __init__(self, client: AsyncDockerClient) -> None:
        self.client = client

    def _wrap(self, model: Any) -> WrapperT:
        raise NotImplementedError

    async def _create(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None,
        driver: str | Mapping[str, Any] | None,
        templating: str | Mapping[str, Any] | None,
    ) -> str:
        raise NotImplementedError

    async def _inspect(self, object_id: str) -> Any:
        raise NotImplementedError

    async def _list(self, filters: JSONQuery | None) -> builtins.list[Any]:
        raise NotImplementedError

    async def create(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None = None,
        driver: str | Mapping[str, Any] | None = None,
        templating: str | Mapping[str, Any] | None = None,
    ) -> WrapperT:
        """Create one named ``name`` holding ``data`` (bytes, or a str stored as UTF-8;
        sent base64-encoded), with ``labels``; ``templating`` is a templating driver
        (``"golang"``, or ``{"Name": ..., "Options": ...}``), ``driver`` (secrets only) an
        external store's. A name in use is refused (``Conflict``)."""
        if not isinstance(name, str) or not name:
            raise TypeError(f"the {self._wrap_what}'s name must be a non-empty string")
        object_id = await self._create(name, data, labels, driver, templating)
        return self._wrap(await self._inspect(object_id))

    @property
    def _wrap_what(self) -> str:
        raise NotImplementedError

    async def get(self, object_id: str) -> WrapperT:
        """The one of that id or name (``NotFound`` when there is none)."""
        return self._wrap(await self._inspect(object_id))

    async def list(self, filters: JSONQuery | None = None) -> builtins.list[WrapperT]:
        """All of them, optionally filtered by ``id``, ``name``, ``names``, ``label``:
        ``{"label": ["app=web"]}``."""
        return [self._wrap(model) for model in await self._list(filters)]


class AsyncSecretCollection(_SwarmObjectCollection[AsyncSecret]):
    """The swarm's secrets (``client.secrets``)."""

    __slots__ = ()

    @property
    def _wrap_what(self) -> str:
        return "secret"

    def _wrap(self, model: Any) -> AsyncSecret:
        return AsyncSecret(self.client, model)

    async def _create(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None,
        driver: str | Mapping[str, Any] | None,
        templating: str | Mapping[str, Any] | None,
    ) -> str:
        created = await self.client.api.create_secret(name, data, labels, driver, templating)
        return created.id

    async def _inspect(self, object_id: str) -> SecretModel:
        return await self.client.api.inspect_secret(object_id)

    async def _list(self, filters: JSONQuery | None) -> builtins.list[SecretModel]:
        return await self.client.api.secrets(filters)


class AsyncConfigCollection(_SwarmObjectCollection[AsyncConfig]):
    """The swarm's configs (``client.configs``)."""

    __slots__ = ()

    @property
    def _wrap_what(self) -> str:
        return "config"

    def _wrap(self, model: Any) -> AsyncConfig:
        return AsyncConfig(self.client, model)

    async def _create(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None,
        driver: str | Mapping[str, Any] | None,
        templating: str | Mapping[str, Any] | None,
    ) -> str:
        if driver is not None:
            raise TypeError("a config has no driver (only secrets come from external stores)")
        created = await self.client.api.create_config(name, data, labels, templating)
        return created.id

    async def _inspect(self, object_id: str) -> ConfigModel:
        return await self.client.api.inspect_config(object_id)

    async def _list(self, filters: JSONQuery | None) -> builtins.list[ConfigModel]:
        return await self.client.api.configs(filters)
