"""Results of the high-level calls, shared by the sync and the asyncio clients."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from engine_api_binding.types import Unset

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


@attrs.frozen
class ExecResult(Generic[OutputT]):
    """What :meth:`~AsyncOperations.exec_run` gives: the exit code (None while the command
    runs on: ``detach``, ``stream`` or ``socket``), the output, and the exec's id.

    Unpacks as docker-py's ``ExecResult``: ``exit_code, output = client.api.exec_run(...)``.
    """

    exit_code: int | None
    output: OutputT
    exec_id: str

    def __iter__(self) -> Any:
        return iter((self.exit_code, self.output))


@attrs.frozen
class BuildResult:
    """A finished build: the image id and every progress message. Unpacks as
    ``image_id, log = client.api.build(...)``."""

    image_id: str
    log: list[BuildInfo]

    def __iter__(self) -> Any:
        return iter((self.image_id, self.log))

    @property
    def output(self) -> str:
        """The build's text output (the ``stream`` messages joined)."""
        return "".join(m.stream for m in self.log if isinstance(m.stream, str))


def _space(response: Any) -> int:
    if response is None:
        return 0
    space = response.space_reclaimed
    return space if isinstance(space, int) and not isinstance(space, Unset) else 0


@dataclass(frozen=True)
class SystemPruneResult:
    """What each prune of ``client.system.prune()`` returned (None: not pruned)."""

    containers: ContainerPruneResponse | None = None
    networks: NetworkPruneResponse | None = None
    volumes: VolumePruneResponse | None = None
    images: ImagePruneResponse | None = None

    @property
    def space_reclaimed(self) -> int:
        """Bytes freed, all prunes together (networks free none)."""
        return _space(self.containers) + _space(self.volumes) + _space(self.images)
