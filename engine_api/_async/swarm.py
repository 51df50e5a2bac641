"""Swarm and nodes under docker-py's ``APIClient`` names: ``init_swarm``, ``join_swarm``,
``inspect_swarm``, ``update_swarm``, ``leave_swarm``, ``get_unlock_key``, ``unlock_swarm``,
``create_swarm_spec``, ``nodes``, ``inspect_node``, ``update_node``, ``remove_node``; the
services and tasks: ``create_service``, ``inspect_service``, ``services``,
``update_service``, ``remove_service``, ``service_logs``, ``tasks``, ``inspect_task``;
secrets and configs: ``create_secret``, ``inspect_secret``, ``secrets``, ``remove_secret``,
``create_config``, ``inspect_config``, ``configs``, ``remove_config``.

Each is a thin adapter onto the generated ``swarm_*``/``node_*``/``service_*``/``task_*``/
``secret_*``/``config_*`` operations, taking docker-py 7.1.0's arguments. Answers are the
generated models (``Swarm``, ``Node``, ``SwarmUnlockkeyResponse``, ``Secret``, ``Config``,
``SwarmIDResponse``...); where docker-py returns ``True`` or the node id, so do
these. Fields the negotiated API version lacks (``DataPathPort`` before 1.40...) raise
``UnsupportedByEngine`` before anything is sent.

Where docker-py's behaviour is a defect, these differ (docs/migration.md): without a
spec, ``update_swarm`` and ``update_node`` keep the current one (docker-py sends ``{}``,
which resets every setting the spec holds, e.g. the raft election tick to 0).

This module is the one source: ``engine_api/_sync/swarm.py`` is derived from it by
``scripts/unasync.py``.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from engine_api_binding.types import UNSET

from engine_api import errors
from engine_api._async.parts import AsyncClientParts
from engine_api._async.streaming import AsyncOutput, response_chunks
from engine_api.refs import Resource, resource_id

if TYPE_CHECKING:
    from engine_api_binding._api import JSONQuery
    from engine_api_binding.models import (
        Config,
        Node,
        NodeSpec,
        Secret,
        Service,
        ServiceCreateResponse,
        ServiceUpdateResponse,
        Swarm,
        SwarmIDResponse,
        SwarmSpec,
        SwarmUnlockkeyResponse,
        Task,
    )

__all__ = [
    "DEFAULT_SWARM_ADDR_POOL",
    "DEFAULT_SWARM_SUBNET_SIZE",
    "AsyncSwarmNames",
    "encode_data",
    "hidden_request",
]

DEFAULT_SWARM_ADDR_POOL = ["10.0.0.0/8"]
"""The address pool ``init_swarm`` sends with a ``subnet_size`` alone (docker-py's)."""
DEFAULT_SWARM_SUBNET_SIZE = 24
"""The subnet size ``init_swarm`` sends with a ``default_addr_pool`` alone (docker-py's)."""

# The engine answers these to a forced leave of a node that is in no swarm (406), and
# engines 1.13.0-rc did 503: docker-py counts both as left.
_NOT_IN_A_SWARM = (406, 503)


def _json(value: Any, what: str) -> dict[str, Any]:
    """A spec given as a generated model or as the engine's JSON (a dict), as JSON."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{what} must be a dict or its generated model, not {type(value).__name__}")


_RequestT = TypeVar("_RequestT")


def _present(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def encode_data(data: bytes | str, what: str) -> str:
    """A secret's or config's data as the engine takes it: standard base64 (a ``str`` is
    sent as its UTF-8). The data itself never appears in an error."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(f"the {what}'s data must be bytes or str, not {type(data).__name__}")
    return base64.b64encode(data).decode("ascii")


def _driver(value: str | Mapping[str, Any] | None, what: str) -> dict[str, Any] | None:
    """A driver given by its name or as ``{"Name": ..., "Options": {...}}``."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"Name": value}
    return _json(value, what)


@functools.cache
def hidden_request(model: type[_RequestT]) -> type[_RequestT]:
    """``model`` (a generated create request) whose repr and str show ``Data`` as
    ``<hidden>``: what :meth:`AsyncSwarmNames.create_secret` sends, so that no log, traceback
    or debugger line shows a secret."""

    def __repr__(self: Any) -> str:
        data = self.data
        shown = "<hidden>" if isinstance(data, str) else repr(data)
        return (
            f"{type(self).__name__}(name={self.name!r}, labels={self.labels!r}, "
            f"data={shown}, driver={self.driver!r}, templating={self.templating!r})"
        )

    hidden: type[_RequestT] = type(
        model.__name__, (model,), {"__slots__": (), "__repr__": __repr__, "__str__": __repr__}
    )
    return hidden


class AsyncSwarmNames(AsyncClientParts):
    """docker-py's swarm and node names of :class:`~engine_api.AsyncAPIClient` (mixed in)."""

    def create_swarm_spec(
        self,
        task_history_retention_limit: int | None = None,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        heartbeat_tick: int | None = None,
        election_tick: int | None = None,
        dispatcher_heartbeat_period: int | None = None,
        node_cert_expiry: int | None = None,
        external_cas: Sequence[Mapping[str, Any]] | None = None,
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        signing_ca_cert: str | None = None,
        signing_ca_key: str | None = None,
        ca_force_rotate: int | None = None,
        autolock_managers: bool | None = None,
        log_driver: Mapping[str, Any] | None = None,
        *,
        external_ca: Mapping[str, Any] | None = None,
    ) -> SwarmSpec:
        """A swarm spec for :meth:`init_swarm` and :meth:`update_swarm` (docker-py's
        ``create_swarm_spec``, same keywords): the typed ``SwarmSpec``, with only what was
        given. ``external_cas`` are dicts of ``URL``, ``Protocol``, ``Options``, ``CACert``
        (``external_ca`` one of them); ``log_driver`` is ``{"Name": ..., "Options": ...}``.
        Durations (``dispatcher_heartbeat_period``, ``node_cert_expiry``) are nanoseconds."""
        from engine_api_binding.models import SwarmSpec

        if external_ca is not None:
            external_cas = [external_ca]
        spec: dict[str, Any] = {}
        if task_history_retention_limit is not None:
            spec["Orchestration"] = {"TaskHistoryRetentionLimit": task_history_retention_limit}
        raft = _present(
            SnapshotInterval=snapshot_interval,
            KeepOldSnapshots=keep_old_snapshots,
            LogEntriesForSlowFollowers=log_entries_for_slow_followers,
            HeartbeatTick=heartbeat_tick,
            ElectionTick=election_tick,
        )
        if raft:
            spec["Raft"] = raft
        if dispatcher_heartbeat_period is not None:
            spec["Dispatcher"] = {"HeartbeatPeriod": dispatcher_heartbeat_period}
        ca_config = _present(
            NodeCertExpiry=node_cert_expiry,
            SigningCACert=signing_ca_cert,
            SigningCAKey=signing_ca_key,
            ForceRotate=ca_force_rotate,
        )
        if external_cas:
            ca_config["ExternalCAs"] = [
                {k: v for k, v in _json(ca, "an external CA").items() if v is not None}
                for ca in external_cas
            ]
        if ca_config:
            spec["CAConfig"] = ca_config
        if autolock_managers is not None:
            spec["EncryptionConfig"] = {"AutoLockManagers": autolock_managers}
        if log_driver is not None:
            spec["TaskDefaults"] = {"LogDriver": _json(log_driver, "log_driver")}
        if name is not None:
            spec["Name"] = name
        if labels is not None:
            spec["Labels"] = dict(labels)
        return SwarmSpec.from_dict(spec)

    async def init_swarm(
        self,
        advertise_addr: str | None = None,
        listen_addr: str = "0.0.0.0:2377",
        force_new_cluster: bool = False,
        swarm_spec: SwarmSpec | Mapping[str, Any] | None = None,
        default_addr_pool: Sequence[str] | None = None,
        subnet_size: int | None = None,
        data_path_addr: str | None = None,
        data_path_port: int | None = None,
    ) -> str:
        """Make this engine the first manager of a new swarm (docker-py's ``init_swarm``);
        returns the node's id. ``swarm_spec`` as :meth:`create_swarm_spec` makes it (or its
        dict). A ``default_addr_pool`` without ``subnet_size`` gets /24 subnets, a
        ``subnet_size`` alone the pool 10.0.0.0/8, as docker-py sends them."""
        from engine_api_binding.models import SwarmInitRequest

        if default_addr_pool is not None and subnet_size is None:
            subnet_size = DEFAULT_SWARM_SUBNET_SIZE
        if subnet_size is not None and default_addr_pool is None:
            default_addr_pool = DEFAULT_SWARM_ADDR_POOL
        body = _present(
            AdvertiseAddr=advertise_addr,
            ListenAddr=listen_addr,
            DefaultAddrPool=list(default_addr_pool) if default_addr_pool is not None else None,
            SubnetSize=subnet_size,
            ForceNewCluster=force_new_cluster,
            Spec=_json(swarm_spec, "swarm_spec") if swarm_spec is not None else None,
            DataPathAddr=data_path_addr,
            DataPathPort=data_path_port,
        )
        return await self.ops.swarm_init(body=SwarmInitRequest.from_dict(body))

    async def inspect_swarm(self) -> Swarm:
        """The swarm this engine manages: its id, version, spec, join tokens...
        (docker-py's ``inspect_swarm``). A node that is no manager gets a 503
        (``ServerError``) saying so."""
        return await self.ops.swarm_inspect()

    async def join_swarm(
        self,
        remote_addrs: Sequence[str],
        join_token: str,
        listen_addr: str = "0.0.0.0:2377",
        advertise_addr: str | None = None,
        data_path_addr: str | None = None,
    ) -> bool:
        """Join an existing swarm as a worker or a manager (the token says which) at one of
        its managers' addresses (docker-py's ``join_swarm``); True."""
        from engine_api_binding.models import SwarmJoinRequest

        if isinstance(remote_addrs, str):
            raise TypeError("remote_addrs is a list of manager addresses, not one string")
        body = _present(
            RemoteAddrs=list(remote_addrs),
            ListenAddr=listen_addr,
            JoinToken=join_token,
            AdvertiseAddr=advertise_addr,
            DataPathAddr=data_path_addr,
        )
        await self.ops.swarm_join(body=SwarmJoinRequest.from_dict(body))
        return True

    async def leave_swarm(self, force: bool = False) -> bool:
        """Leave the swarm (docker-py's ``leave_swarm``); True. A manager needs ``force``;
        with ``force``, a node in no swarm at all has left already, as docker-py counts it
        (without, the engine's 406 is raised as an ``APIError``)."""
        try:
            await self.ops.swarm_leave(force=force or UNSET)
        except errors.APIError as exc:
            if not (force and exc.status_code in _NOT_IN_A_SWARM):
                raise
        return True

    async def _current_spec(self) -> SwarmSpec:
        from engine_api_binding.models import SwarmSpec

        spec = (await self.ops.swarm_inspect()).spec
        return spec if isinstance(spec, SwarmSpec) else SwarmSpec()

    async def update_swarm(
        self,
        version: int,
        swarm_spec: SwarmSpec | Mapping[str, Any] | None = None,
        rotate_worker_token: bool = False,
        rotate_manager_token: bool = False,
        rotate_manager_unlock_key: bool = False,
    ) -> bool:
        """Change the swarm's spec and/or rotate its join tokens or unlock key (docker-py's
        ``update_swarm``); True. ``version`` is ``inspect_swarm()``'s ``Version.Index``
        (a stale one is refused). Without ``swarm_spec`` the current spec is kept (docker-py
        sends an empty one, which resets every setting it holds)."""
        from engine_api_binding.models import SwarmSpec

        if swarm_spec is None:
            body = await self._current_spec()
        else:
            body = SwarmSpec.from_dict(_json(swarm_spec, "swarm_spec"))
        await self.ops.swarm_update(
            body=body,
            version=version,
            rotate_worker_token=rotate_worker_token or UNSET,
            rotate_manager_token=rotate_manager_token or UNSET,
            rotate_manager_unlock_key=rotate_manager_unlock_key or UNSET,
        )
        return True

    async def get_unlock_key(self) -> SwarmUnlockkeyResponse:
        """The key that unlocks this manager after a restart when the swarm autolocks
        (docker-py's ``get_unlock_key``): reads as ``{"UnlockKey": "SWMKEY-1-..."}``."""
        return await self.ops.swarm_unlockkey()

    async def unlock_swarm(self, key: str | Mapping[str, Any] | SwarmUnlockkeyResponse) -> bool:
        """Unlock a locked manager (docker-py's ``unlock_swarm``); True. ``key`` is the
        key itself, ``{"UnlockKey": key}``, or what :meth:`get_unlock_key` returned. A
        wrong key is refused by the engine (``Unauthorized``)."""
        from engine_api_binding.models import SwarmUnlockkeyResponse, SwarmUnlockRequest

        if isinstance(key, SwarmUnlockkeyResponse):
            value: Any = key.unlock_key
        elif isinstance(key, Mapping):
            if "UnlockKey" not in key:
                raise ValueError("an unlock key given as a dict needs its 'UnlockKey'")
            value = key["UnlockKey"]
        else:
            value = key
        if not isinstance(value, str) or not value:
            raise TypeError(f"the unlock key must be a non-empty string, not {value!r}")
        await self.ops.swarm_unlock(body=SwarmUnlockRequest.from_dict({"UnlockKey": value}))
        return True

    async def nodes(self, filters: JSONQuery | None = None) -> list[Node]:
        """The swarm's nodes (docker-py's ``nodes``); ``filters`` by ``id``, ``name``,
        ``label``, ``membership``, ``role``: ``{"role": ["manager"]}``."""
        return await self.ops.node_list(filters=filters if filters is not None else UNSET)

    async def inspect_node(self, node_id: str) -> Node:
        """One node (docker-py's ``inspect_node``), by id or hostname."""
        return await self.ops.node_inspect(node_id)

    async def remove_node(self, node_id: str, force: bool = False) -> bool:
        """Remove a node from the swarm (docker-py's ``remove_node``); True. A node that
        is still up needs ``force``."""
        await self.ops.node_delete(node_id, force=force or UNSET)
        return True

    async def update_node(
        self, node_id: str, version: int, node_spec: NodeSpec | Mapping[str, Any] | None = None
    ) -> bool:
        """Set a node's spec: ``Availability``, ``Role``, ``Name``, ``Labels`` (docker-py's
        ``update_node``); True. ``version`` is the node's ``Version.Index``. What the spec
        leaves out is cleared; without ``node_spec`` the current spec is kept (docker-py
        sends an empty one)."""
        from engine_api_binding.models import NodeSpec

        if node_spec is None:
            current = (await self.ops.node_inspect(node_id)).spec
            body = current if isinstance(current, NodeSpec) else NodeSpec()
        else:
            body = NodeSpec.from_dict(_json(node_spec, "node_spec"))
        await self.ops.node_update(node_id, body=body, version=version)
        return True

    # -- services and tasks ----------------------------------------------------------------

    async def create_service(
        self,
        task_template: Mapping[str, Any] | Any,
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        mode: Mapping[str, Any] | Any | None = None,
        update_config: Mapping[str, Any] | Any | None = None,
        networks: Sequence[str | Mapping[str, Any]] | None = None,
        endpoint_config: Mapping[str, Any] | Any | None = None,
        endpoint_spec: Mapping[str, Any] | Any | None = None,
        rollback_config: Mapping[str, Any] | Any | None = None,
    ) -> ServiceCreateResponse:
        """Create a service (docker-py's ``create_service``): reads as ``{"ID": ...}``.
        ``task_template`` is the engine's ``TaskTemplate`` (a dict or the ``TaskSpec``
        model) and needs ``ContainerSpec.Image``; ``mode`` a ``ServiceMode(...)``, its dict
        or a mode name; ``endpoint_config`` is docker-py's old name of ``endpoint_spec``.
        The image is used as the engine has it: nothing asks a registry for its digest."""
        from engine_api_binding.models import ServiceCreateRequest

        template = _json(task_template, "task_template")
        if not (template.get("ContainerSpec") or {}).get("Image"):
            raise errors.DockerException("Missing mandatory Image key in ContainerSpec")
        body = _service_body(
            name,
            labels,
            mode,
            update_config,
            networks,
            endpoint_spec or endpoint_config,
            rollback_config,
        )
        body["TaskTemplate"] = template
        return await self.ops.service_create(body=ServiceCreateRequest.from_dict(body))

    async def inspect_service(self, service: str, insert_defaults: bool | None = None) -> Service:
        """One service by id or name (docker-py's ``inspect_service``); ``insert_defaults``
        fills in the engine's defaults for what its spec leaves out."""
        return await self.ops.service_inspect(
            service, insert_defaults=insert_defaults if insert_defaults is not None else UNSET
        )

    async def services(
        self, filters: JSONQuery | None = None, status: bool | None = None
    ) -> list[Service]:
        """The services (docker-py's ``services``): ``filters`` by ``id``, ``name``,
        ``label``, ``mode``; ``status`` adds the running and desired task counts."""
        return await self.ops.service_list(
            filters=filters if filters is not None else UNSET,
            status=status if status is not None else UNSET,
        )

    async def update_service(
        self,
        service: str,
        version: int,
        task_template: Mapping[str, Any] | Any | None = None,
        name: str | None = None,
        labels: Mapping[str, str] | None = None,
        mode: Mapping[str, Any] | Any | None = None,
        update_config: Mapping[str, Any] | Any | None = None,
        networks: Sequence[str | Mapping[str, Any]] | None = None,
        endpoint_config: Mapping[str, Any] | Any | None = None,
        endpoint_spec: Mapping[str, Any] | Any | None = None,
        fetch_current_spec: bool = False,
        rollback_config: Mapping[str, Any] | Any | None = None,
        *,
        rollback: bool = False,
    ) -> ServiceUpdateResponse:
        """Change a service's spec (docker-py's ``update_service``); reads as
        ``{"Warnings": [...]}``. ``version`` is the service's ``Version.Index`` (a stale one
        is refused: "update out of sequence"). With ``fetch_current_spec`` what is not given
        is kept from the current spec (the ``ContainerSpec`` merged key by key, as
        docker-py does); without, what is not given is cleared. ``rollback=True`` (not in
        docker-py) asks the engine to go back to the previous spec instead."""
        from engine_api_binding.models import ServiceUpdateRequest

        current: dict[str, Any] = {}
        if fetch_current_spec:
            current = (await self.ops.service_inspect(service)).to_dict().get("Spec") or {}
        body = _service_body(
            name,
            labels,
            mode,
            update_config,
            networks,
            endpoint_spec or endpoint_config,
            rollback_config,
        )
        for key in ("Name", "Labels", "Mode", "UpdateConfig", "RollbackConfig", "EndpointSpec"):
            if key not in body and key in current:
                body[key] = current[key]
        merged = dict(current.get("TaskTemplate") or {})
        if task_template is not None:
            override = _json(task_template, "task_template")
            for key, item in override.items():
                if key == "ContainerSpec":
                    spec = dict(merged.get("ContainerSpec") or {})
                    spec.update({k: v for k, v in item.items() if v is not None})
                    merged["ContainerSpec"] = spec
                elif item is not None:
                    merged[key] = item
        if "Networks" in body:
            merged["Networks"] = body.pop("Networks")
        body["TaskTemplate"] = merged
        return await self.ops.service_update(
            service,
            body=ServiceUpdateRequest.from_dict(body),
            version=version,
            rollback="previous" if rollback else UNSET,
        )

    async def remove_service(self, service: str) -> bool:
        """Stop and remove a service (docker-py's ``remove_service``); True."""
        await self.ops.service_delete(service)
        return True

    async def service_logs(
        self,
        service: str,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: int = 0,
        timestamps: bool = False,
        tail: int | str = "all",
        is_tty: bool | None = None,
        *,
        timeout: float | None = None,
    ) -> AsyncOutput:
        """The logs of every task of a service, as they arrive (docker-py's
        ``service_logs``, same defaults: ask for ``stdout`` and/or ``stderr``): an
        :class:`AsyncOutput`, demultiplexed unless the service has a TTY (``is_tty``;
        None: the service is inspected to know). ``follow`` keeps it open for new lines;
        ``timeout`` bounds each wait for more (None: as long as the stream lasts)."""
        from engine_api_binding.api.service import service_logs as op

        if not (stdout or stderr):
            raise ValueError("service_logs: ask for stdout and/or stderr")
        if isinstance(tail, int) and not isinstance(tail, bool):
            if tail < 0:
                raise ValueError(f"tail must be a number of lines (>= 0) or 'all', not {tail!r}")
        elif tail != "all":
            raise ValueError(f"tail must be a number of lines (>= 0) or 'all', not {tail!r}")
        if is_tty is None:
            spec = (await self.ops.service_inspect(service)).to_dict().get("Spec") or {}
            is_tty = bool(((spec.get("TaskTemplate") or {}).get("ContainerSpec") or {}).get("TTY"))
        request = op._get_kwargs(
            service,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=str(tail),
        )
        response = await self.open_stream(op.OPERATION_ID, request, timeout=timeout)
        return AsyncOutput(
            response_chunks(response, self._on_error("GET", request["url"])),
            tty=is_tty,
            close=response.aclose,
        )

    async def tasks(self, filters: JSONQuery | None = None) -> list[Task]:
        """The swarm's tasks (docker-py's ``tasks``): ``filters`` by ``id``, ``name``,
        ``service``, ``node``, ``label``, ``desired-state``."""
        return await self.ops.task_list(filters=filters if filters is not None else UNSET)

    async def inspect_task(self, task: str) -> Task:
        """One task by id (docker-py's ``inspect_task``)."""
        return await self.ops.task_inspect(task)

    # -- secrets and configs ------------------------------------------------------------

    async def create_secret(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None = None,
        driver: str | Mapping[str, Any] | None = None,
        templating: str | Mapping[str, Any] | None = None,
    ) -> SwarmIDResponse:
        """Create a secret (docker-py's ``create_secret``); its id is ``.id`` of the
        answer (docker-py's ``{"ID": ...}``). ``data`` (bytes, or a str sent as UTF-8) is
        base64-encoded for the engine and never shown in a repr or an error. ``driver`` is
        an external secret store's driver, ``templating`` a templating driver (by name or
        ``{"Name": ..., "Options": ...}``)."""
        from engine_api_binding.models import SecretCreateRequest

        body = _present(
            Name=name,
            Labels=dict(labels) if labels is not None else None,
            Data=encode_data(data, "secret"),
            Driver=_driver(driver, "driver"),
            Templating=_driver(templating, "templating"),
        )
        request = hidden_request(SecretCreateRequest).from_dict(body)
        return await self.ops.secret_create(body=request)

    async def inspect_secret(self, id: Resource) -> Secret:
        """One secret, by id or name (or what ``create_secret`` answered, docker-py's dict
        with ``ID``...) (docker-py's ``inspect_secret``); the engine never sends a secret's
        data back."""
        return await self.ops.secret_inspect(resource_id(id, "secret"))

    async def secrets(self, filters: JSONQuery | None = None) -> list[Secret]:
        """The swarm's secrets (docker-py's ``secrets``); ``filters`` by ``id``, ``name``,
        ``names``, ``label``: ``{"name": ["db-"]}``."""
        return await self.ops.secret_list(filters=filters if filters is not None else UNSET)

    async def remove_secret(self, id: Resource) -> bool:
        """Remove a secret (docker-py's ``remove_secret``); True. One that a service uses
        is refused."""
        await self.ops.secret_delete(resource_id(id, "secret"))
        return True

    async def create_config(
        self,
        name: str,
        data: bytes | str,
        labels: Mapping[str, str] | None = None,
        templating: str | Mapping[str, Any] | None = None,
    ) -> SwarmIDResponse:
        """Create a config (docker-py's ``create_config``); its id is ``.id`` of the
        answer. ``data`` (bytes, or a str sent as UTF-8) is base64-encoded for the engine;
        ``templating`` a templating driver (by name, e.g. ``"golang"``, or its dict)."""
        from engine_api_binding.models import ConfigCreateRequest

        body = _present(
            Name=name,
            Labels=dict(labels) if labels is not None else None,
            Data=encode_data(data, "config"),
            Templating=_driver(templating, "templating"),
        )
        return await self.ops.config_create(body=ConfigCreateRequest.from_dict(body))

    async def inspect_config(self, id: Resource) -> Config:
        """One config, by id or name (docker-py's ``inspect_config``), its data included
        (``Spec.Data``, base64)."""
        return await self.ops.config_inspect(resource_id(id, "config"))

    async def configs(self, filters: JSONQuery | None = None) -> list[Config]:
        """The swarm's configs (docker-py's ``configs``); ``filters`` by ``id``, ``name``,
        ``names``, ``label``."""
        return await self.ops.config_list(filters=filters if filters is not None else UNSET)

    async def remove_config(self, id: Resource) -> bool:
        """Remove a config (docker-py's ``remove_config``); True."""
        await self.ops.config_delete(resource_id(id, "config"))
        return True


def _service_body(
    name: str | None,
    labels: Mapping[str, str] | None,
    mode: Any,
    update_config: Any,
    networks: Sequence[str | Mapping[str, Any]] | None,
    endpoint_spec: Any,
    rollback_config: Any,
) -> dict[str, Any]:
    """The fields of a service spec beside its task template, as docker-py sends them."""
    body: dict[str, Any] = {}
    if name is not None:
        body["Name"] = name
    if labels is not None:
        body["Labels"] = dict(labels)
    if mode is not None:
        if isinstance(mode, str):
            from engine_api.service_args import ServiceMode

            body["Mode"] = ServiceMode(mode).to_dict()
        else:
            body["Mode"] = _json(mode, "mode")
    if update_config is not None:
        body["UpdateConfig"] = _json(update_config, "update_config")
    if rollback_config is not None:
        body["RollbackConfig"] = _json(rollback_config, "rollback_config")
    if endpoint_spec is not None:
        body["EndpointSpec"] = _json(endpoint_spec, "endpoint_spec")
    if networks is not None:
        if isinstance(networks, str):
            raise TypeError("networks is a list of network names or dicts, not one string")
        body["Networks"] = [
            {"Target": net} if isinstance(net, str) else _json(net, "a network") for net in networks
        ]
    return body
