"""Every operation of the Engine API as a typed method: ``client.api.<operation>(...)``.

:class:`Api` and :class:`AsyncApi` bind the generated endpoint functions to a sender
(engine_api's clients); each method returns what a success answer holds and leaves
errors to the sender, which raises them typed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from .client import AsyncSender, Sender
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models.attestation_statement import AttestationStatement
    from .models.auth_config import AuthConfig
    from .models.auth_response import AuthResponse
    from .models.build_prune_response import BuildPruneResponse
    from .models.config import Config
    from .models.config_create_request import ConfigCreateRequest
    from .models.config_spec import ConfigSpec
    from .models.container_config import ContainerConfig
    from .models.container_create_request import ContainerCreateRequest
    from .models.container_create_response import ContainerCreateResponse
    from .models.container_exec_request import ContainerExecRequest
    from .models.container_inspect_response import ContainerInspectResponse
    from .models.container_prune_response import ContainerPruneResponse
    from .models.container_stats_response import ContainerStatsResponse
    from .models.container_summary import ContainerSummary
    from .models.container_top_response import ContainerTopResponse
    from .models.container_update_request import ContainerUpdateRequest
    from .models.container_update_response import ContainerUpdateResponse
    from .models.container_wait_condition import ContainerWaitCondition
    from .models.container_wait_response import ContainerWaitResponse
    from .models.distribution_inspect import DistributionInspect
    from .models.exec_inspect_response import ExecInspectResponse
    from .models.exec_start_request import ExecStartRequest
    from .models.filesystem_change import FilesystemChange
    from .models.id_response import IDResponse
    from .models.image_build_content_type import ImageBuildContentType
    from .models.image_build_version import ImageBuildVersion
    from .models.image_delete_response_item import ImageDeleteResponseItem
    from .models.image_history_response_item import ImageHistoryResponseItem
    from .models.image_inspect import ImageInspect
    from .models.image_prune_response import ImagePruneResponse
    from .models.image_search_response_item import ImageSearchResponseItem
    from .models.image_summary import ImageSummary
    from .models.network_connect_request import NetworkConnectRequest
    from .models.network_create_request import NetworkCreateRequest
    from .models.network_create_response import NetworkCreateResponse
    from .models.network_disconnect_request import NetworkDisconnectRequest
    from .models.network_inspect import NetworkInspect
    from .models.network_prune_response import NetworkPruneResponse
    from .models.network_summary import NetworkSummary
    from .models.node import Node
    from .models.node_spec import NodeSpec
    from .models.plugin import Plugin
    from .models.plugin_privilege import PluginPrivilege
    from .models.secret import Secret
    from .models.secret_create_request import SecretCreateRequest
    from .models.secret_spec import SecretSpec
    from .models.service import Service
    from .models.service_create_request import ServiceCreateRequest
    from .models.service_create_response import ServiceCreateResponse
    from .models.service_update_registry_auth_from import ServiceUpdateRegistryAuthFrom
    from .models.service_update_request import ServiceUpdateRequest
    from .models.service_update_response import ServiceUpdateResponse
    from .models.swarm import Swarm
    from .models.swarm_id_response import SwarmIDResponse
    from .models.swarm_init_request import SwarmInitRequest
    from .models.swarm_join_request import SwarmJoinRequest
    from .models.swarm_spec import SwarmSpec
    from .models.swarm_unlock_request import SwarmUnlockRequest
    from .models.swarm_unlockkey_response import SwarmUnlockkeyResponse
    from .models.system_data_usage_response import SystemDataUsageResponse
    from .models.system_data_usage_type_item import SystemDataUsageTypeItem
    from .models.system_info import SystemInfo
    from .models.system_version import SystemVersion
    from .models.task import Task
    from .models.volume import Volume
    from .models.volume_create_request import VolumeCreateRequest
    from .models.volume_list_response import VolumeListResponse
    from .models.volume_prune_response import VolumePruneResponse
    from .models.volume_update_request import VolumeUpdateRequest
    from .types import File

JSONQuery: TypeAlias = str | Mapping[str, Any] | Sequence[Any]
"""A JSON-in-query parameter (``filters``, ``buildargs``...): a dict or list is encoded."""
RegistryAuth: TypeAlias = "AuthConfig | Mapping[str, Any] | str"
"""Registry credentials: an AuthConfig, its dict form, or an already encoded header."""
RegistryConfig: TypeAlias = "Mapping[str, AuthConfig | Mapping[str, Any]] | str"
"""Credentials per registry (builds): registry -> credentials, or an encoded header."""


def json_query(value: JSONQuery | Unset) -> str | Unset:
    if isinstance(value, (str, Unset)):
        return value
    if isinstance(value, Mapping):
        # filters as docker-py takes them: {"label": "a=b"} means {"label": ["a=b"]}
        value = {k: [v] if isinstance(v, str) else v for k, v in value.items()}
    return json.dumps(value, separators=(",", ":"))


def _b64(data: Any) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode()


def _auth_dict(value: AuthConfig | Mapping[str, Any]) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else value.to_dict()


@overload
def registry_auth(value: RegistryAuth) -> str: ...
@overload
def registry_auth(value: RegistryAuth | Unset) -> str | Unset: ...
def registry_auth(value: RegistryAuth | Unset) -> str | Unset:
    if isinstance(value, (str, Unset)):
        return value
    return _b64(_auth_dict(value))


def registry_config(value: RegistryConfig | Unset) -> str | Unset:
    if isinstance(value, (str, Unset)):
        return value
    return _b64({registry: _auth_dict(auth) for registry, auth in value.items()})


class Api:
    """Every operation, bound to a sync sender."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def container_list(
        self,
        *,
        all_: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        size: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[ContainerSummary]:
        """List containers

        GET ``/containers/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_list as op

        request = op._get_kwargs(
            all_=all_,
            limit=limit,
            size=size,
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def container_create(
        self,
        *,
        body: ContainerCreateRequest,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
    ) -> ContainerCreateResponse:
        """Create a container

        POST ``/containers/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_create as op

        request = op._get_kwargs(
            body=body,
            name=name,
            platform=platform,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_inspect(
        self,
        id: str,
        *,
        size: bool | Unset = UNSET,
    ) -> ContainerInspectResponse:
        """Inspect a container

        GET ``/containers/{id}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_inspect as op

        request = op._get_kwargs(
            id=id,
            size=size,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_top(
        self,
        id: str,
        *,
        ps_args: str | Unset = UNSET,
    ) -> ContainerTopResponse:
        """List processes running inside a container

        GET ``/containers/{id}/top``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_top as op

        request = op._get_kwargs(
            id=id,
            ps_args=ps_args,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_logs(
        self,
        id: str,
        *,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        until: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get container logs

        GET ``/containers/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_logs as op

        request = op._get_kwargs(
            id=id,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            until=until,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_changes(
        self,
        id: str,
    ) -> list[FilesystemChange]:
        """Get changes on a container’s filesystem

        GET ``/containers/{id}/changes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_changes as op

        request = op._get_kwargs(
            id=id,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def container_export(
        self,
        id: str,
    ) -> File:
        """Export a container

        GET ``/containers/{id}/export``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_export as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_stats(
        self,
        id: str,
        *,
        stream: bool | Unset = UNSET,
        one_shot: bool | Unset = UNSET,
    ) -> ContainerStatsResponse:
        """Get container stats based on resource usage

        GET ``/containers/{id}/stats``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_stats as op

        request = op._get_kwargs(
            id=id,
            stream=stream,
            one_shot=one_shot,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_resize(
        self,
        id: str,
        *,
        h: int,
        w: int,
    ) -> None:
        """Resize a container TTY

        POST ``/containers/{id}/resize``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_resize as op

        request = op._get_kwargs(
            id=id,
            h=h,
            w=w,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_start(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
    ) -> None:
        """Start a container

        POST ``/containers/{id}/start``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_start as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_stop(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
        t: int | Unset = UNSET,
    ) -> None:
        """Stop a container

        POST ``/containers/{id}/stop``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_stop as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
            t=t,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_restart(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
        t: int | Unset = UNSET,
    ) -> None:
        """Restart a container

        POST ``/containers/{id}/restart``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_restart as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
            t=t,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_kill(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
    ) -> None:
        """Kill a container

        POST ``/containers/{id}/kill``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_kill as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_update(
        self,
        id: str,
        *,
        body: ContainerUpdateRequest,
    ) -> ContainerUpdateResponse:
        """Update a container

        POST ``/containers/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_rename(
        self,
        id: str,
        *,
        name: str,
    ) -> None:
        """Rename a container

        POST ``/containers/{id}/rename``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_rename as op

        request = op._get_kwargs(
            id=id,
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_pause(
        self,
        id: str,
    ) -> None:
        """Pause a container

        POST ``/containers/{id}/pause``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_pause as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_unpause(
        self,
        id: str,
    ) -> None:
        """Unpause a container

        POST ``/containers/{id}/unpause``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_unpause as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_attach(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
        logs: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stdin: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
    ) -> File:
        """Attach to a container

        POST ``/containers/{id}/attach``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_attach as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_attach_websocket(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
        logs: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stdin: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
    ) -> None:
        """Attach to a container via a websocket

        GET ``/containers/{id}/attach/ws``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_attach_websocket as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_wait(
        self,
        id: str,
        *,
        condition: ContainerWaitCondition | Unset = UNSET,
    ) -> ContainerWaitResponse:
        """Wait for a container

        POST ``/containers/{id}/wait``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_wait as op

        request = op._get_kwargs(
            id=id,
            condition=condition,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_delete(
        self,
        id: str,
        *,
        v: bool | Unset = UNSET,
        force: bool | Unset = UNSET,
        link: bool | Unset = UNSET,
    ) -> None:
        """Remove a container

        DELETE ``/containers/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_delete as op

        request = op._get_kwargs(
            id=id,
            v=v,
            force=force,
            link=link,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_archive(
        self,
        id: str,
        *,
        path: str,
    ) -> File:
        """Get an archive of a filesystem resource in a container

        GET ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_archive as op

        request = op._get_kwargs(
            id=id,
            path=path,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def put_container_archive(
        self,
        id: str,
        *,
        body: File,
        path: str,
        no_overwrite_dir_non_dir: str | Unset = UNSET,
        copy_uidgid: str | Unset = UNSET,
    ) -> None:
        """Extract an archive of files or folders to a directory in a container

        PUT ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import put_container_archive as op

        request = op._get_kwargs(
            id=id,
            body=body,
            path=path,
            no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
            copy_uidgid=copy_uidgid,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_archive_info(
        self,
        id: str,
        *,
        path: str,
    ) -> None:
        """Get information about files in a container

        HEAD ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_archive_info as op

        request = op._get_kwargs(
            id=id,
            path=path,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> ContainerPruneResponse:
        """Delete stopped containers

        POST ``/containers/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_list(
        self,
        *,
        all_: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
        shared_size: bool | Unset = UNSET,
        digests: bool | Unset = UNSET,
        manifests: bool | Unset = UNSET,
        identity: bool | Unset = UNSET,
    ) -> list[ImageSummary]:
        """List Images

        GET ``/images/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_list as op

        request = op._get_kwargs(
            all_=all_,
            filters=json_query(filters),
            shared_size=shared_size,
            digests=digests,
            manifests=manifests,
            identity=identity,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def image_build(
        self,
        *,
        body: File | Unset = UNSET,
        dockerfile: str | Unset = UNSET,
        t: str | Unset = UNSET,
        extrahosts: str | Unset = UNSET,
        remote: str | Unset = UNSET,
        q: bool | Unset = UNSET,
        nocache: bool | Unset = UNSET,
        cachefrom: JSONQuery | Unset = UNSET,
        pull: str | Unset = UNSET,
        rm: bool | Unset = UNSET,
        forcerm: bool | Unset = UNSET,
        memory: int | Unset = UNSET,
        memswap: int | Unset = UNSET,
        cpushares: int | Unset = UNSET,
        cpusetcpus: str | Unset = UNSET,
        cpuperiod: int | Unset = UNSET,
        cpuquota: int | Unset = UNSET,
        buildargs: JSONQuery | Unset = UNSET,
        shmsize: int | Unset = UNSET,
        squash: bool | Unset = UNSET,
        labels: JSONQuery | Unset = UNSET,
        networkmode: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        target: str | Unset = UNSET,
        outputs: str | Unset = UNSET,
        version: ImageBuildVersion | Unset = UNSET,
        content_type: ImageBuildContentType | Unset = UNSET,
        x_registry_config: RegistryConfig | Unset = UNSET,
    ) -> File:
        """Build an image

        POST ``/build``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_build as op

        request = op._get_kwargs(
            body=body,
            dockerfile=dockerfile,
            t=t,
            extrahosts=extrahosts,
            remote=remote,
            q=q,
            nocache=nocache,
            cachefrom=json_query(cachefrom),
            pull=pull,
            rm=rm,
            forcerm=forcerm,
            memory=memory,
            memswap=memswap,
            cpushares=cpushares,
            cpusetcpus=cpusetcpus,
            cpuperiod=cpuperiod,
            cpuquota=cpuquota,
            buildargs=json_query(buildargs),
            shmsize=shmsize,
            squash=squash,
            labels=json_query(labels),
            networkmode=networkmode,
            platform=platform,
            target=target,
            outputs=outputs,
            version=version,
            content_type=content_type,
            x_registry_config=registry_config(x_registry_config),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def build_prune(
        self,
        *,
        reserved_space: int | Unset = UNSET,
        max_used_space: int | Unset = UNSET,
        min_free_space: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
        keep_storage: int | Unset = UNSET,
    ) -> BuildPruneResponse:
        """Delete builder cache

        POST ``/build/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import build_prune as op

        request = op._get_kwargs(
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            all_=all_,
            filters=json_query(filters),
            keep_storage=keep_storage,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_create(
        self,
        *,
        body: File | Unset = UNSET,
        from_image: str | Unset = UNSET,
        from_src: str | Unset = UNSET,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        message: str | Unset = UNSET,
        changes: list[str] | Unset = UNSET,
        platform: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> File:
        """Create an image

        POST ``/images/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_create as op

        request = op._get_kwargs(
            body=body,
            from_image=from_image,
            from_src=from_src,
            repo=repo,
            tag=tag,
            message=message,
            changes=changes,
            platform=platform,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_inspect(
        self,
        name: str,
        *,
        manifests: bool | Unset = UNSET,
        platform: str | Unset = UNSET,
    ) -> ImageInspect:
        """Inspect an image

        GET ``/images/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_inspect as op

        request = op._get_kwargs(
            name=name,
            manifests=manifests,
            platform=platform,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_attestations(
        self,
        name: str,
        *,
        platform: list[str] | Unset = UNSET,
        type_: list[str] | Unset = UNSET,
        statement: bool | Unset = UNSET,
    ) -> list[AttestationStatement]:
        """Get attestation statements for an image

        GET ``/images/{name}/attestations``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_attestations as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
            type_=type_,
            statement=statement,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def image_history(
        self,
        name: str,
        *,
        platform: str | Unset = UNSET,
    ) -> list[ImageHistoryResponseItem]:
        """Get the history of an image

        GET ``/images/{name}/history``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_history as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def image_push(
        self,
        name: str,
        *,
        tag: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        x_registry_auth: RegistryAuth,
    ) -> File:
        """Push an image

        POST ``/images/{name}/push``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_push as op

        request = op._get_kwargs(
            name=name,
            tag=tag,
            platform=platform,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_tag(
        self,
        name: str,
        *,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
    ) -> None:
        """Tag an image

        POST ``/images/{name}/tag``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_tag as op

        request = op._get_kwargs(
            name=name,
            repo=repo,
            tag=tag,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
        noprune: bool | Unset = UNSET,
        platforms: list[str] | Unset = UNSET,
    ) -> list[ImageDeleteResponseItem]:
        """Remove an image

        DELETE ``/images/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
            noprune=noprune,
            platforms=platforms,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def image_search(
        self,
        *,
        term: str,
        limit: int | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[ImageSearchResponseItem]:
        """Search images

        GET ``/images/search``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_search as op

        request = op._get_kwargs(
            term=term,
            limit=limit,
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def image_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> ImagePruneResponse:
        """Delete unused images

        POST ``/images/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_commit(
        self,
        *,
        body: ContainerConfig | Unset = UNSET,
        container: str | Unset = UNSET,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        author: str | Unset = UNSET,
        pause: bool | Unset = UNSET,
        changes: str | Unset = UNSET,
    ) -> IDResponse:
        """Create a new image from a container

        POST ``/commit``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_commit as op

        request = op._get_kwargs(
            body=body,
            container=container,
            repo=repo,
            tag=tag,
            comment=comment,
            author=author,
            pause=pause,
            changes=changes,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_get(
        self,
        name: str,
        *,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Export an image

        GET ``/images/{name}/get``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_get as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_get_all(
        self,
        *,
        names: list[str] | Unset = UNSET,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Export several images

        GET ``/images/get``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_get_all as op

        request = op._get_kwargs(
            names=names,
            platform=platform,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def image_load(
        self,
        *,
        body: File | Unset = UNSET,
        quiet: bool | Unset = UNSET,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Import images

        POST ``/images/load``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_load as op

        request = op._get_kwargs(
            body=body,
            quiet=quiet,
            platform=platform,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_auth(
        self,
        *,
        body: AuthConfig | Unset = UNSET,
    ) -> AuthResponse | None:
        """Check auth configuration

        POST ``/auth``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_auth as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_info(
        self,
    ) -> SystemInfo:
        """Get system information

        GET ``/info``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_info as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_version(
        self,
    ) -> SystemVersion:
        """Get version

        GET ``/version``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_version as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_ping(
        self,
    ) -> str:
        """Ping

        GET ``/_ping``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_ping as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_ping_head(
        self,
    ) -> str:
        """Ping

        HEAD ``/_ping``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_ping_head as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_events(
        self,
        *,
        since: str | Unset = UNSET,
        until: str | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> File:
        """Monitor events

        GET ``/events``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_events as op

        request = op._get_kwargs(
            since=since,
            until=until,
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def system_data_usage(
        self,
        *,
        type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> SystemDataUsageResponse:
        """Get data usage information

        GET ``/system/df``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_data_usage as op

        request = op._get_kwargs(
            type_=type_,
            verbose=verbose,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def container_exec(
        self,
        id: str,
        *,
        body: ContainerExecRequest,
    ) -> IDResponse:
        """Create an exec instance

        POST ``/containers/{id}/exec``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import container_exec as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def exec_start(
        self,
        id: str,
        *,
        body: ExecStartRequest | Unset = UNSET,
    ) -> File:
        """Start an exec instance

        POST ``/exec/{id}/start``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_start as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def exec_resize(
        self,
        id: str,
        *,
        h: int,
        w: int,
    ) -> None:
        """Resize an exec instance

        POST ``/exec/{id}/resize``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_resize as op

        request = op._get_kwargs(
            id=id,
            h=h,
            w=w,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def exec_inspect(
        self,
        id: str,
    ) -> ExecInspectResponse:
        """Inspect an exec instance

        GET ``/exec/{id}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> VolumeListResponse:
        """List volumes

        GET ``/volumes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_create(
        self,
        *,
        body: VolumeCreateRequest,
    ) -> Volume:
        """Create a volume

        POST ``/volumes/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_inspect(
        self,
        name: str,
    ) -> Volume:
        """Inspect a volume

        GET ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_update(
        self,
        name: str,
        *,
        body: VolumeUpdateRequest | Unset = UNSET,
        version: int,
    ) -> None:
        """ "Update a volume. Valid only for Swarm cluster volumes"


        PUT ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_update as op

        request = op._get_kwargs(
            name=name,
            body=body,
            version=version,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Remove a volume

        DELETE ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def volume_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> VolumePruneResponse:
        """Delete unused volumes

        POST ``/volumes/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[NetworkSummary]:
        """List networks

        GET ``/networks``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def network_inspect(
        self,
        id: str,
        *,
        verbose: bool | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> NetworkInspect:
        """Inspect a network

        GET ``/networks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_inspect as op

        request = op._get_kwargs(
            id=id,
            verbose=verbose,
            scope=scope,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_delete(
        self,
        id: str,
    ) -> None:
        """Remove a network

        DELETE ``/networks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_create(
        self,
        *,
        body: NetworkCreateRequest,
    ) -> NetworkCreateResponse:
        """Create a network

        POST ``/networks/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_connect(
        self,
        id: str,
        *,
        body: NetworkConnectRequest,
    ) -> None:
        """Connect a container to a network

        POST ``/networks/{id}/connect``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_connect as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_disconnect(
        self,
        id: str,
        *,
        body: NetworkDisconnectRequest,
    ) -> None:
        """Disconnect a container from a network

        POST ``/networks/{id}/disconnect``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_disconnect as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def network_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> NetworkPruneResponse:
        """Delete unused networks

        POST ``/networks/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Plugin]:
        """List plugins

        GET ``/plugins``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def get_plugin_privileges(
        self,
        *,
        remote: str,
    ) -> list[PluginPrivilege]:
        """Get plugin privileges

        GET ``/plugins/privileges``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import get_plugin_privileges as op

        request = op._get_kwargs(
            remote=remote,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def plugin_pull(
        self,
        *,
        body: list[PluginPrivilege] | Unset = UNSET,
        remote: str,
        name: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> None:
        """Install a plugin

        POST ``/plugins/pull``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_pull as op

        request = op._get_kwargs(
            body=body,
            remote=remote,
            name=name,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_inspect(
        self,
        name: str,
    ) -> Plugin:
        """Inspect a plugin

        GET ``/plugins/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Remove a plugin

        DELETE ``/plugins/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_enable(
        self,
        name: str,
        *,
        timeout: int | Unset = UNSET,
    ) -> None:
        """Enable a plugin

        POST ``/plugins/{name}/enable``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_enable as op

        request = op._get_kwargs(
            name=name,
            timeout=timeout,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_disable(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Disable a plugin

        POST ``/plugins/{name}/disable``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_disable as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_upgrade(
        self,
        name: str,
        *,
        body: list[PluginPrivilege] | Unset = UNSET,
        remote: str,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> None:
        """Upgrade a plugin

        POST ``/plugins/{name}/upgrade``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_upgrade as op

        request = op._get_kwargs(
            name=name,
            body=body,
            remote=remote,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_create(
        self,
        *,
        body: File | Unset = UNSET,
        name: str,
    ) -> None:
        """Create a plugin

        POST ``/plugins/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_create as op

        request = op._get_kwargs(
            body=body,
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_push(
        self,
        name: str,
    ) -> None:
        """Push a plugin

        POST ``/plugins/{name}/push``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_push as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def plugin_set(
        self,
        name: str,
        *,
        body: list[str] | Unset = UNSET,
    ) -> None:
        """Configure a plugin

        POST ``/plugins/{name}/set``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_set as op

        request = op._get_kwargs(
            name=name,
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def node_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Node]:
        """List nodes

        GET ``/nodes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def node_inspect(
        self,
        id: str,
    ) -> Node:
        """Inspect a node

        GET ``/nodes/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def node_delete(
        self,
        id: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Delete a node

        DELETE ``/nodes/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_delete as op

        request = op._get_kwargs(
            id=id,
            force=force,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def node_update(
        self,
        id: str,
        *,
        body: NodeSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a node

        POST ``/nodes/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_inspect(
        self,
    ) -> Swarm:
        """Inspect swarm

        GET ``/swarm``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_inspect as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_init(
        self,
        *,
        body: SwarmInitRequest,
    ) -> str:
        """Initialize a new swarm

        POST ``/swarm/init``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_init as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_join(
        self,
        *,
        body: SwarmJoinRequest,
    ) -> None:
        """Join an existing swarm

        POST ``/swarm/join``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_join as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_leave(
        self,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Leave a swarm

        POST ``/swarm/leave``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_leave as op

        request = op._get_kwargs(
            force=force,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_update(
        self,
        *,
        body: SwarmSpec,
        version: int,
        rotate_worker_token: bool | Unset = UNSET,
        rotate_manager_token: bool | Unset = UNSET,
        rotate_manager_unlock_key: bool | Unset = UNSET,
    ) -> None:
        """Update a swarm

        POST ``/swarm/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_update as op

        request = op._get_kwargs(
            body=body,
            version=version,
            rotate_worker_token=rotate_worker_token,
            rotate_manager_token=rotate_manager_token,
            rotate_manager_unlock_key=rotate_manager_unlock_key,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_unlockkey(
        self,
    ) -> SwarmUnlockkeyResponse:
        """Get the unlock key

        GET ``/swarm/unlockkey``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_unlockkey as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def swarm_unlock(
        self,
        *,
        body: SwarmUnlockRequest,
    ) -> None:
        """Unlock a locked manager

        POST ``/swarm/unlock``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_unlock as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def service_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
        status: bool | Unset = UNSET,
    ) -> list[Service]:
        """List services

        GET ``/services``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
            status=status,
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def service_create(
        self,
        *,
        body: ServiceCreateRequest,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> ServiceCreateResponse:
        """Create a service

        POST ``/services/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_create as op

        request = op._get_kwargs(
            body=body,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def service_inspect(
        self,
        id: str,
        *,
        insert_defaults: bool | Unset = UNSET,
    ) -> Service:
        """Inspect a service

        GET ``/services/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_inspect as op

        request = op._get_kwargs(
            id=id,
            insert_defaults=insert_defaults,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def service_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service

        DELETE ``/services/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def service_update(
        self,
        id: str,
        *,
        body: ServiceUpdateRequest,
        version: int,
        registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
        rollback: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> ServiceUpdateResponse:
        """Update a service

        POST ``/services/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
            registry_auth_from=registry_auth_from,
            rollback=rollback,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def service_logs(
        self,
        id: str,
        *,
        details: bool | Unset = UNSET,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get service logs

        GET ``/services/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_logs as op

        request = op._get_kwargs(
            id=id,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def task_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Task]:
        """List tasks

        GET ``/tasks``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def task_inspect(
        self,
        id: str,
    ) -> Task:
        """Inspect a task

        GET ``/tasks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def task_logs(
        self,
        id: str,
        *,
        details: bool | Unset = UNSET,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get task logs

        GET ``/tasks/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_logs as op

        request = op._get_kwargs(
            id=id,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def secret_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Secret]:
        """List secrets

        GET ``/secrets``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def secret_create(
        self,
        *,
        body: SecretCreateRequest | Unset = UNSET,
    ) -> SwarmIDResponse:
        """Create a secret

        POST ``/secrets/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def secret_inspect(
        self,
        id: str,
    ) -> Secret:
        """Inspect a secret

        GET ``/secrets/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def secret_delete(
        self,
        id: str,
    ) -> None:
        """Delete a secret

        DELETE ``/secrets/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def secret_update(
        self,
        id: str,
        *,
        body: SecretSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a Secret

        POST ``/secrets/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def config_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Config]:
        """List configs

        GET ``/configs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(self._sender.send(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    def config_create(
        self,
        *,
        body: ConfigCreateRequest | Unset = UNSET,
    ) -> SwarmIDResponse:
        """Create a config

        POST ``/configs/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def config_inspect(
        self,
        id: str,
    ) -> Config:
        """Inspect a config

        GET ``/configs/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def config_delete(
        self,
        id: str,
    ) -> None:
        """Delete a config

        DELETE ``/configs/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def config_update(
        self,
        id: str,
        *,
        body: ConfigSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a Config

        POST ``/configs/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def distribution_inspect(
        self,
        name: str,
    ) -> DistributionInspect:
        """Get image information from the registry

        GET ``/distribution/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.distribution import distribution_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))

    def session(
        self,
    ) -> None:
        """Initialize interactive session

        POST ``/session``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.session import session as op

        request = op._get_kwargs()
        return op._parse_success(self._sender.send(op.OPERATION_ID, request))


class AsyncApi:
    """Every operation, bound to an asyncio sender."""

    __slots__ = ("_sender",)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def container_list(
        self,
        *,
        all_: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        size: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[ContainerSummary]:
        """List containers

        GET ``/containers/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_list as op

        request = op._get_kwargs(
            all_=all_,
            limit=limit,
            size=size,
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def container_create(
        self,
        *,
        body: ContainerCreateRequest,
        name: str | Unset = UNSET,
        platform: str | Unset = UNSET,
    ) -> ContainerCreateResponse:
        """Create a container

        POST ``/containers/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_create as op

        request = op._get_kwargs(
            body=body,
            name=name,
            platform=platform,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_inspect(
        self,
        id: str,
        *,
        size: bool | Unset = UNSET,
    ) -> ContainerInspectResponse:
        """Inspect a container

        GET ``/containers/{id}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_inspect as op

        request = op._get_kwargs(
            id=id,
            size=size,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_top(
        self,
        id: str,
        *,
        ps_args: str | Unset = UNSET,
    ) -> ContainerTopResponse:
        """List processes running inside a container

        GET ``/containers/{id}/top``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_top as op

        request = op._get_kwargs(
            id=id,
            ps_args=ps_args,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_logs(
        self,
        id: str,
        *,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        until: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get container logs

        GET ``/containers/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_logs as op

        request = op._get_kwargs(
            id=id,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            until=until,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_changes(
        self,
        id: str,
    ) -> list[FilesystemChange]:
        """Get changes on a container’s filesystem

        GET ``/containers/{id}/changes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_changes as op

        request = op._get_kwargs(
            id=id,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def container_export(
        self,
        id: str,
    ) -> File:
        """Export a container

        GET ``/containers/{id}/export``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_export as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_stats(
        self,
        id: str,
        *,
        stream: bool | Unset = UNSET,
        one_shot: bool | Unset = UNSET,
    ) -> ContainerStatsResponse:
        """Get container stats based on resource usage

        GET ``/containers/{id}/stats``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_stats as op

        request = op._get_kwargs(
            id=id,
            stream=stream,
            one_shot=one_shot,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_resize(
        self,
        id: str,
        *,
        h: int,
        w: int,
    ) -> None:
        """Resize a container TTY

        POST ``/containers/{id}/resize``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_resize as op

        request = op._get_kwargs(
            id=id,
            h=h,
            w=w,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_start(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
    ) -> None:
        """Start a container

        POST ``/containers/{id}/start``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_start as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_stop(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
        t: int | Unset = UNSET,
    ) -> None:
        """Stop a container

        POST ``/containers/{id}/stop``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_stop as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
            t=t,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_restart(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
        t: int | Unset = UNSET,
    ) -> None:
        """Restart a container

        POST ``/containers/{id}/restart``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_restart as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
            t=t,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_kill(
        self,
        id: str,
        *,
        signal: str | Unset = UNSET,
    ) -> None:
        """Kill a container

        POST ``/containers/{id}/kill``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_kill as op

        request = op._get_kwargs(
            id=id,
            signal=signal,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_update(
        self,
        id: str,
        *,
        body: ContainerUpdateRequest,
    ) -> ContainerUpdateResponse:
        """Update a container

        POST ``/containers/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_rename(
        self,
        id: str,
        *,
        name: str,
    ) -> None:
        """Rename a container

        POST ``/containers/{id}/rename``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_rename as op

        request = op._get_kwargs(
            id=id,
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_pause(
        self,
        id: str,
    ) -> None:
        """Pause a container

        POST ``/containers/{id}/pause``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_pause as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_unpause(
        self,
        id: str,
    ) -> None:
        """Unpause a container

        POST ``/containers/{id}/unpause``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_unpause as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_attach(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
        logs: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stdin: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
    ) -> File:
        """Attach to a container

        POST ``/containers/{id}/attach``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_attach as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_attach_websocket(
        self,
        id: str,
        *,
        detach_keys: str | Unset = UNSET,
        logs: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stdin: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
    ) -> None:
        """Attach to a container via a websocket

        GET ``/containers/{id}/attach/ws``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_attach_websocket as op

        request = op._get_kwargs(
            id=id,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_wait(
        self,
        id: str,
        *,
        condition: ContainerWaitCondition | Unset = UNSET,
    ) -> ContainerWaitResponse:
        """Wait for a container

        POST ``/containers/{id}/wait``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_wait as op

        request = op._get_kwargs(
            id=id,
            condition=condition,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_delete(
        self,
        id: str,
        *,
        v: bool | Unset = UNSET,
        force: bool | Unset = UNSET,
        link: bool | Unset = UNSET,
    ) -> None:
        """Remove a container

        DELETE ``/containers/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_delete as op

        request = op._get_kwargs(
            id=id,
            v=v,
            force=force,
            link=link,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_archive(
        self,
        id: str,
        *,
        path: str,
    ) -> File:
        """Get an archive of a filesystem resource in a container

        GET ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_archive as op

        request = op._get_kwargs(
            id=id,
            path=path,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def put_container_archive(
        self,
        id: str,
        *,
        body: File,
        path: str,
        no_overwrite_dir_non_dir: str | Unset = UNSET,
        copy_uidgid: str | Unset = UNSET,
    ) -> None:
        """Extract an archive of files or folders to a directory in a container

        PUT ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import put_container_archive as op

        request = op._get_kwargs(
            id=id,
            body=body,
            path=path,
            no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
            copy_uidgid=copy_uidgid,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_archive_info(
        self,
        id: str,
        *,
        path: str,
    ) -> None:
        """Get information about files in a container

        HEAD ``/containers/{id}/archive``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_archive_info as op

        request = op._get_kwargs(
            id=id,
            path=path,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> ContainerPruneResponse:
        """Delete stopped containers

        POST ``/containers/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.container import container_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_list(
        self,
        *,
        all_: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
        shared_size: bool | Unset = UNSET,
        digests: bool | Unset = UNSET,
        manifests: bool | Unset = UNSET,
        identity: bool | Unset = UNSET,
    ) -> list[ImageSummary]:
        """List Images

        GET ``/images/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_list as op

        request = op._get_kwargs(
            all_=all_,
            filters=json_query(filters),
            shared_size=shared_size,
            digests=digests,
            manifests=manifests,
            identity=identity,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def image_build(
        self,
        *,
        body: File | Unset = UNSET,
        dockerfile: str | Unset = UNSET,
        t: str | Unset = UNSET,
        extrahosts: str | Unset = UNSET,
        remote: str | Unset = UNSET,
        q: bool | Unset = UNSET,
        nocache: bool | Unset = UNSET,
        cachefrom: JSONQuery | Unset = UNSET,
        pull: str | Unset = UNSET,
        rm: bool | Unset = UNSET,
        forcerm: bool | Unset = UNSET,
        memory: int | Unset = UNSET,
        memswap: int | Unset = UNSET,
        cpushares: int | Unset = UNSET,
        cpusetcpus: str | Unset = UNSET,
        cpuperiod: int | Unset = UNSET,
        cpuquota: int | Unset = UNSET,
        buildargs: JSONQuery | Unset = UNSET,
        shmsize: int | Unset = UNSET,
        squash: bool | Unset = UNSET,
        labels: JSONQuery | Unset = UNSET,
        networkmode: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        target: str | Unset = UNSET,
        outputs: str | Unset = UNSET,
        version: ImageBuildVersion | Unset = UNSET,
        content_type: ImageBuildContentType | Unset = UNSET,
        x_registry_config: RegistryConfig | Unset = UNSET,
    ) -> File:
        """Build an image

        POST ``/build``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_build as op

        request = op._get_kwargs(
            body=body,
            dockerfile=dockerfile,
            t=t,
            extrahosts=extrahosts,
            remote=remote,
            q=q,
            nocache=nocache,
            cachefrom=json_query(cachefrom),
            pull=pull,
            rm=rm,
            forcerm=forcerm,
            memory=memory,
            memswap=memswap,
            cpushares=cpushares,
            cpusetcpus=cpusetcpus,
            cpuperiod=cpuperiod,
            cpuquota=cpuquota,
            buildargs=json_query(buildargs),
            shmsize=shmsize,
            squash=squash,
            labels=json_query(labels),
            networkmode=networkmode,
            platform=platform,
            target=target,
            outputs=outputs,
            version=version,
            content_type=content_type,
            x_registry_config=registry_config(x_registry_config),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def build_prune(
        self,
        *,
        reserved_space: int | Unset = UNSET,
        max_used_space: int | Unset = UNSET,
        min_free_space: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
        keep_storage: int | Unset = UNSET,
    ) -> BuildPruneResponse:
        """Delete builder cache

        POST ``/build/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import build_prune as op

        request = op._get_kwargs(
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            all_=all_,
            filters=json_query(filters),
            keep_storage=keep_storage,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_create(
        self,
        *,
        body: File | Unset = UNSET,
        from_image: str | Unset = UNSET,
        from_src: str | Unset = UNSET,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        message: str | Unset = UNSET,
        changes: list[str] | Unset = UNSET,
        platform: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> File:
        """Create an image

        POST ``/images/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_create as op

        request = op._get_kwargs(
            body=body,
            from_image=from_image,
            from_src=from_src,
            repo=repo,
            tag=tag,
            message=message,
            changes=changes,
            platform=platform,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_inspect(
        self,
        name: str,
        *,
        manifests: bool | Unset = UNSET,
        platform: str | Unset = UNSET,
    ) -> ImageInspect:
        """Inspect an image

        GET ``/images/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_inspect as op

        request = op._get_kwargs(
            name=name,
            manifests=manifests,
            platform=platform,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_attestations(
        self,
        name: str,
        *,
        platform: list[str] | Unset = UNSET,
        type_: list[str] | Unset = UNSET,
        statement: bool | Unset = UNSET,
    ) -> list[AttestationStatement]:
        """Get attestation statements for an image

        GET ``/images/{name}/attestations``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_attestations as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
            type_=type_,
            statement=statement,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def image_history(
        self,
        name: str,
        *,
        platform: str | Unset = UNSET,
    ) -> list[ImageHistoryResponseItem]:
        """Get the history of an image

        GET ``/images/{name}/history``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_history as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def image_push(
        self,
        name: str,
        *,
        tag: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        x_registry_auth: RegistryAuth,
    ) -> File:
        """Push an image

        POST ``/images/{name}/push``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_push as op

        request = op._get_kwargs(
            name=name,
            tag=tag,
            platform=platform,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_tag(
        self,
        name: str,
        *,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
    ) -> None:
        """Tag an image

        POST ``/images/{name}/tag``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_tag as op

        request = op._get_kwargs(
            name=name,
            repo=repo,
            tag=tag,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
        noprune: bool | Unset = UNSET,
        platforms: list[str] | Unset = UNSET,
    ) -> list[ImageDeleteResponseItem]:
        """Remove an image

        DELETE ``/images/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
            noprune=noprune,
            platforms=platforms,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def image_search(
        self,
        *,
        term: str,
        limit: int | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[ImageSearchResponseItem]:
        """Search images

        GET ``/images/search``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_search as op

        request = op._get_kwargs(
            term=term,
            limit=limit,
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def image_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> ImagePruneResponse:
        """Delete unused images

        POST ``/images/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_commit(
        self,
        *,
        body: ContainerConfig | Unset = UNSET,
        container: str | Unset = UNSET,
        repo: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        author: str | Unset = UNSET,
        pause: bool | Unset = UNSET,
        changes: str | Unset = UNSET,
    ) -> IDResponse:
        """Create a new image from a container

        POST ``/commit``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_commit as op

        request = op._get_kwargs(
            body=body,
            container=container,
            repo=repo,
            tag=tag,
            comment=comment,
            author=author,
            pause=pause,
            changes=changes,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_get(
        self,
        name: str,
        *,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Export an image

        GET ``/images/{name}/get``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_get as op

        request = op._get_kwargs(
            name=name,
            platform=platform,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_get_all(
        self,
        *,
        names: list[str] | Unset = UNSET,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Export several images

        GET ``/images/get``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_get_all as op

        request = op._get_kwargs(
            names=names,
            platform=platform,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def image_load(
        self,
        *,
        body: File | Unset = UNSET,
        quiet: bool | Unset = UNSET,
        platform: list[str] | Unset = UNSET,
    ) -> File:
        """Import images

        POST ``/images/load``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.image import image_load as op

        request = op._get_kwargs(
            body=body,
            quiet=quiet,
            platform=platform,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_auth(
        self,
        *,
        body: AuthConfig | Unset = UNSET,
    ) -> AuthResponse | None:
        """Check auth configuration

        POST ``/auth``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_auth as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_info(
        self,
    ) -> SystemInfo:
        """Get system information

        GET ``/info``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_info as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_version(
        self,
    ) -> SystemVersion:
        """Get version

        GET ``/version``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_version as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_ping(
        self,
    ) -> str:
        """Ping

        GET ``/_ping``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_ping as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_ping_head(
        self,
    ) -> str:
        """Ping

        HEAD ``/_ping``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_ping_head as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_events(
        self,
        *,
        since: str | Unset = UNSET,
        until: str | Unset = UNSET,
        filters: JSONQuery | Unset = UNSET,
    ) -> File:
        """Monitor events

        GET ``/events``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_events as op

        request = op._get_kwargs(
            since=since,
            until=until,
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def system_data_usage(
        self,
        *,
        type_: list[SystemDataUsageTypeItem] | Unset = UNSET,
        verbose: bool | Unset = UNSET,
    ) -> SystemDataUsageResponse:
        """Get data usage information

        GET ``/system/df``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.system import system_data_usage as op

        request = op._get_kwargs(
            type_=type_,
            verbose=verbose,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def container_exec(
        self,
        id: str,
        *,
        body: ContainerExecRequest,
    ) -> IDResponse:
        """Create an exec instance

        POST ``/containers/{id}/exec``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import container_exec as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def exec_start(
        self,
        id: str,
        *,
        body: ExecStartRequest | Unset = UNSET,
    ) -> File:
        """Start an exec instance

        POST ``/exec/{id}/start``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_start as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def exec_resize(
        self,
        id: str,
        *,
        h: int,
        w: int,
    ) -> None:
        """Resize an exec instance

        POST ``/exec/{id}/resize``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_resize as op

        request = op._get_kwargs(
            id=id,
            h=h,
            w=w,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def exec_inspect(
        self,
        id: str,
    ) -> ExecInspectResponse:
        """Inspect an exec instance

        GET ``/exec/{id}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.exec_ import exec_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> VolumeListResponse:
        """List volumes

        GET ``/volumes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_create(
        self,
        *,
        body: VolumeCreateRequest,
    ) -> Volume:
        """Create a volume

        POST ``/volumes/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_inspect(
        self,
        name: str,
    ) -> Volume:
        """Inspect a volume

        GET ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_update(
        self,
        name: str,
        *,
        body: VolumeUpdateRequest | Unset = UNSET,
        version: int,
    ) -> None:
        """ "Update a volume. Valid only for Swarm cluster volumes"


        PUT ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_update as op

        request = op._get_kwargs(
            name=name,
            body=body,
            version=version,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Remove a volume

        DELETE ``/volumes/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def volume_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> VolumePruneResponse:
        """Delete unused volumes

        POST ``/volumes/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.volume import volume_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[NetworkSummary]:
        """List networks

        GET ``/networks``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def network_inspect(
        self,
        id: str,
        *,
        verbose: bool | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> NetworkInspect:
        """Inspect a network

        GET ``/networks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_inspect as op

        request = op._get_kwargs(
            id=id,
            verbose=verbose,
            scope=scope,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_delete(
        self,
        id: str,
    ) -> None:
        """Remove a network

        DELETE ``/networks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_create(
        self,
        *,
        body: NetworkCreateRequest,
    ) -> NetworkCreateResponse:
        """Create a network

        POST ``/networks/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_connect(
        self,
        id: str,
        *,
        body: NetworkConnectRequest,
    ) -> None:
        """Connect a container to a network

        POST ``/networks/{id}/connect``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_connect as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_disconnect(
        self,
        id: str,
        *,
        body: NetworkDisconnectRequest,
    ) -> None:
        """Disconnect a container from a network

        POST ``/networks/{id}/disconnect``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_disconnect as op

        request = op._get_kwargs(
            id=id,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def network_prune(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> NetworkPruneResponse:
        """Delete unused networks

        POST ``/networks/prune``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.network import network_prune as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Plugin]:
        """List plugins

        GET ``/plugins``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def get_plugin_privileges(
        self,
        *,
        remote: str,
    ) -> list[PluginPrivilege]:
        """Get plugin privileges

        GET ``/plugins/privileges``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import get_plugin_privileges as op

        request = op._get_kwargs(
            remote=remote,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def plugin_pull(
        self,
        *,
        body: list[PluginPrivilege] | Unset = UNSET,
        remote: str,
        name: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> None:
        """Install a plugin

        POST ``/plugins/pull``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_pull as op

        request = op._get_kwargs(
            body=body,
            remote=remote,
            name=name,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_inspect(
        self,
        name: str,
    ) -> Plugin:
        """Inspect a plugin

        GET ``/plugins/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_delete(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Remove a plugin

        DELETE ``/plugins/{name}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_delete as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_enable(
        self,
        name: str,
        *,
        timeout: int | Unset = UNSET,
    ) -> None:
        """Enable a plugin

        POST ``/plugins/{name}/enable``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_enable as op

        request = op._get_kwargs(
            name=name,
            timeout=timeout,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_disable(
        self,
        name: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Disable a plugin

        POST ``/plugins/{name}/disable``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_disable as op

        request = op._get_kwargs(
            name=name,
            force=force,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_upgrade(
        self,
        name: str,
        *,
        body: list[PluginPrivilege] | Unset = UNSET,
        remote: str,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> None:
        """Upgrade a plugin

        POST ``/plugins/{name}/upgrade``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_upgrade as op

        request = op._get_kwargs(
            name=name,
            body=body,
            remote=remote,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_create(
        self,
        *,
        body: File | Unset = UNSET,
        name: str,
    ) -> None:
        """Create a plugin

        POST ``/plugins/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_create as op

        request = op._get_kwargs(
            body=body,
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_push(
        self,
        name: str,
    ) -> None:
        """Push a plugin

        POST ``/plugins/{name}/push``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_push as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def plugin_set(
        self,
        name: str,
        *,
        body: list[str] | Unset = UNSET,
    ) -> None:
        """Configure a plugin

        POST ``/plugins/{name}/set``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.plugin import plugin_set as op

        request = op._get_kwargs(
            name=name,
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def node_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Node]:
        """List nodes

        GET ``/nodes``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def node_inspect(
        self,
        id: str,
    ) -> Node:
        """Inspect a node

        GET ``/nodes/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def node_delete(
        self,
        id: str,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Delete a node

        DELETE ``/nodes/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_delete as op

        request = op._get_kwargs(
            id=id,
            force=force,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def node_update(
        self,
        id: str,
        *,
        body: NodeSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a node

        POST ``/nodes/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.node import node_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_inspect(
        self,
    ) -> Swarm:
        """Inspect swarm

        GET ``/swarm``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_inspect as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_init(
        self,
        *,
        body: SwarmInitRequest,
    ) -> str:
        """Initialize a new swarm

        POST ``/swarm/init``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_init as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_join(
        self,
        *,
        body: SwarmJoinRequest,
    ) -> None:
        """Join an existing swarm

        POST ``/swarm/join``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_join as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_leave(
        self,
        *,
        force: bool | Unset = UNSET,
    ) -> None:
        """Leave a swarm

        POST ``/swarm/leave``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_leave as op

        request = op._get_kwargs(
            force=force,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_update(
        self,
        *,
        body: SwarmSpec,
        version: int,
        rotate_worker_token: bool | Unset = UNSET,
        rotate_manager_token: bool | Unset = UNSET,
        rotate_manager_unlock_key: bool | Unset = UNSET,
    ) -> None:
        """Update a swarm

        POST ``/swarm/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_update as op

        request = op._get_kwargs(
            body=body,
            version=version,
            rotate_worker_token=rotate_worker_token,
            rotate_manager_token=rotate_manager_token,
            rotate_manager_unlock_key=rotate_manager_unlock_key,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_unlockkey(
        self,
    ) -> SwarmUnlockkeyResponse:
        """Get the unlock key

        GET ``/swarm/unlockkey``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_unlockkey as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def swarm_unlock(
        self,
        *,
        body: SwarmUnlockRequest,
    ) -> None:
        """Unlock a locked manager

        POST ``/swarm/unlock``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.swarm import swarm_unlock as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def service_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
        status: bool | Unset = UNSET,
    ) -> list[Service]:
        """List services

        GET ``/services``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
            status=status,
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def service_create(
        self,
        *,
        body: ServiceCreateRequest,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> ServiceCreateResponse:
        """Create a service

        POST ``/services/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_create as op

        request = op._get_kwargs(
            body=body,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def service_inspect(
        self,
        id: str,
        *,
        insert_defaults: bool | Unset = UNSET,
    ) -> Service:
        """Inspect a service

        GET ``/services/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_inspect as op

        request = op._get_kwargs(
            id=id,
            insert_defaults=insert_defaults,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def service_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service

        DELETE ``/services/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def service_update(
        self,
        id: str,
        *,
        body: ServiceUpdateRequest,
        version: int,
        registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
        rollback: str | Unset = UNSET,
        x_registry_auth: RegistryAuth | Unset = UNSET,
    ) -> ServiceUpdateResponse:
        """Update a service

        POST ``/services/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
            registry_auth_from=registry_auth_from,
            rollback=rollback,
            x_registry_auth=registry_auth(x_registry_auth),
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def service_logs(
        self,
        id: str,
        *,
        details: bool | Unset = UNSET,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get service logs

        GET ``/services/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.service import service_logs as op

        request = op._get_kwargs(
            id=id,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def task_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Task]:
        """List tasks

        GET ``/tasks``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def task_inspect(
        self,
        id: str,
    ) -> Task:
        """Inspect a task

        GET ``/tasks/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def task_logs(
        self,
        id: str,
        *,
        details: bool | Unset = UNSET,
        follow: bool | Unset = UNSET,
        stdout: bool | Unset = UNSET,
        stderr: bool | Unset = UNSET,
        since: int | Unset = UNSET,
        timestamps: bool | Unset = UNSET,
        tail: str | Unset = UNSET,
    ) -> File:
        """Get task logs

        GET ``/tasks/{id}/logs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.task import task_logs as op

        request = op._get_kwargs(
            id=id,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def secret_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Secret]:
        """List secrets

        GET ``/secrets``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def secret_create(
        self,
        *,
        body: SecretCreateRequest | Unset = UNSET,
    ) -> SwarmIDResponse:
        """Create a secret

        POST ``/secrets/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def secret_inspect(
        self,
        id: str,
    ) -> Secret:
        """Inspect a secret

        GET ``/secrets/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def secret_delete(
        self,
        id: str,
    ) -> None:
        """Delete a secret

        DELETE ``/secrets/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def secret_update(
        self,
        id: str,
        *,
        body: SecretSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a Secret

        POST ``/secrets/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.secret import secret_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def config_list(
        self,
        *,
        filters: JSONQuery | Unset = UNSET,
    ) -> list[Config]:
        """List configs

        GET ``/configs``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_list as op

        request = op._get_kwargs(
            filters=json_query(filters),
        )
        return (
            op._parse_success(await self._sender.send_async(op.OPERATION_ID, request)) or []
        )  # the engine sends null for an empty (nil) list

    async def config_create(
        self,
        *,
        body: ConfigCreateRequest | Unset = UNSET,
    ) -> SwarmIDResponse:
        """Create a config

        POST ``/configs/create``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_create as op

        request = op._get_kwargs(
            body=body,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def config_inspect(
        self,
        id: str,
    ) -> Config:
        """Inspect a config

        GET ``/configs/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_inspect as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def config_delete(
        self,
        id: str,
    ) -> None:
        """Delete a config

        DELETE ``/configs/{id}``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_delete as op

        request = op._get_kwargs(
            id=id,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def config_update(
        self,
        id: str,
        *,
        body: ConfigSpec | Unset = UNSET,
        version: int,
    ) -> None:
        """Update a Config

        POST ``/configs/{id}/update``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.config import config_update as op

        request = op._get_kwargs(
            id=id,
            body=body,
            version=version,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def distribution_inspect(
        self,
        name: str,
    ) -> DistributionInspect:
        """Get image information from the registry

        GET ``/distribution/{name}/json``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.distribution import distribution_inspect as op

        request = op._get_kwargs(
            name=name,
        )
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))

    async def session(
        self,
    ) -> None:
        """Initialize interactive session

        POST ``/session``. Raises ``engine_api.errors.APIError`` (a subclass
        by status) when the engine refuses, ``UnsupportedByEngine`` (before sending) when the
        negotiated API version lacks the operation or an argument given.
        """

        from .api.session import session as op

        request = op._get_kwargs()
        return op._parse_success(await self._sender.send_async(op.OPERATION_ID, request))
