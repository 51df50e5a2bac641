"""Results of the high-level calls, shared by the sync and the asyncio clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

if TYPE_CHECKING:
    from engine_api_binding.models import BuildInfo

__all__ = ["BuildResult", "ExecResult"]

OutputT = TypeVar("OutputT")


@attrs.frozen
class ExecResult(Generic[OutputT]):
    """What :meth:`~AsyncOperations.exec_run` gives: the exit code (None while the command
    runs on: ``detach``, ``stream`` or ``socket``), the output, and the exec's id.

    Unpacks as docker-py's ``ExecResult``: ``exit_code, output = client.exec_run(...)``.
    """

    exit_code: int | None
    output: OutputT
    exec_id: str

    def __iter__(self) -> Any:
        return iter((self.exit_code, self.output))


@attrs.frozen
class BuildResult:
    """A finished build: the image id and every progress message. Unpacks as
    ``image_id, log = client.build(...)``."""

    image_id: str
    log: list[BuildInfo]

    def __iter__(self) -> Any:
        return iter((self.image_id, self.log))

    @property
    def output(self) -> str:
        """The build's text output (the ``stream`` messages joined)."""
        return "".join(m.stream for m in self.log if isinstance(m.stream, str))
