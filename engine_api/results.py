"""Results of the high-level calls, shared by the sync and the asyncio clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from engine_api._frozen import Frozen

if TYPE_CHECKING:
    from engine_api_binding.models import (
        BuildInfo,
        ContainerPruneResponse,
        ImagePruneResponse,
        NetworkPruneResponse,
        VolumePruneResponse,
    )

__all__ = ["BuildResult", "ExecResult", "SystemPruneResult"]

OutputT = TypeVar("OutputT")


class _ExecOutcome(NamedTuple, Generic[OutputT]):
    exit_code: int | None
    output: OutputT


class ExecResult(_ExecOutcome[OutputT]):
    """What :meth:`~AsyncOperations.exec_run` gives: docker-py's named tuple
    ``(exit_code, output)``, typed. The exit code is None while the command runs on
    (``detach``, ``stream`` or ``socket``); the output's type follows the call
    (``bytes``, ``(stdout, stderr)`` with ``demux``, a stream...).

    It unpacks (``exit_code, output = container.exec_run(...)``), indexes (``result[0]``)
    and compares as that pair. ``exec_id``, the exec's id (to ask its exit code once a
    streamed output has been read), rides along outside the tuple.
    """

    exec_id: str = ""

    def __new__(
        cls, exit_code: int | None, output: OutputT, exec_id: str = ""
    ) -> ExecResult[OutputT]:
        result = tuple.__new__(cls, (exit_code, output))
        result.exec_id = exec_id
        return result


class BuildResult(NamedTuple):
    """A finished build: the image id and every progress message. Unpacks as
    ``image_id, log = client.api.build(...)``."""

    image_id: str
    log: list[BuildInfo]

    @property
    def output(self) -> str:
        """The build's text output (the ``stream`` messages joined)."""
        return "".join(m.stream for m in self.log if isinstance(m.stream, str))


def _space(response: Any) -> int:
    if response is None:
        return 0
    space = response.space_reclaimed
    return space if isinstance(space, int) else 0


class SystemPruneResult(Frozen):
    """What each prune of ``client.system.prune()`` returned (None: not pruned)."""

    _fields = ("containers", "networks", "volumes", "images")
    __slots__ = _fields

    containers: ContainerPruneResponse | None
    networks: NetworkPruneResponse | None
    volumes: VolumePruneResponse | None
    images: ImagePruneResponse | None

    def __init__(
        self,
        containers: ContainerPruneResponse | None = None,
        networks: NetworkPruneResponse | None = None,
        volumes: VolumePruneResponse | None = None,
        images: ImagePruneResponse | None = None,
    ) -> None:
        object.__setattr__(self, "containers", containers)
        object.__setattr__(self, "networks", networks)
        object.__setattr__(self, "volumes", volumes)
        object.__setattr__(self, "images", images)

    @property
    def space_reclaimed(self) -> int:
        """Bytes freed, all prunes together (networks free none)."""
        return _space(self.containers) + _space(self.volumes) + _space(self.images)
