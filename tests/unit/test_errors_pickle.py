"""Every error engine-api raises pickles and comes back the same: type, message and
attributes (a worker process or a thread pool's future hands errors on by pickling them)."""

from __future__ import annotations

import inspect
import pickle
from typing import Any

import pytest
from engine_api_binding.models import BuildInfo

from engine_api import errors


class _Container:
    id = "c0ffee"

    def __reduce__(self) -> Any:
        raise TypeError("a Container holds its client: it does not pickle")


EXAMPLES: list[errors.DockerException] = [
    errors.from_response(
        404, b'{"message":"No such container: x"}', method="GET", path="/v1.41/containers/x/json"
    ),
    errors.from_response(409, b'{"message":"name in use"}', method="POST", path="/v1.41/c"),
    errors.from_response(500, b"boom", method="POST", path="/v1.41/build", operation="ImageBuild"),
    errors.from_stream_message("pull access denied for x", method="POST", path="/images/create"),
    errors.APIError("teapot", status_code=418),
    errors.BuildError("step 2 failed", [BuildInfo.from_dict({"stream": "Step 1/2\n"})]),
    errors.UnsupportedByEngine("the parameter 'x'", needs="needs API 1.44", in_use="1.41"),
    errors.EngineUnreachable("no engine", address="unix:///x.sock", source="DOCKER_HOST"),
    errors.UnsafeArchiveMember("../etc/passwd", "it would land outside"),
    errors.InvalidRepository("UPPER", "not lowercase"),
    errors.ImageLoadError("open /x: no such file", method="POST", path="/images/load"),
    errors.ContainerError(_Container(), 3, ["sh", "-c", "exit 3"], "busybox", b"oops\n"),
    errors.EngineTimeout("GET /x: timed out"),
    errors.ServiceNotConverged("not converged in 5 s", "svc1", "1/3 running"),
    errors.ServiceTaskFailed("svc1", "task1", "failed", "task: non-zero exit (1)"),
]


def _state(error: BaseException) -> dict[str, Any]:
    state = dict(vars(error))
    if isinstance(error, errors.ContainerError):
        state["container"] = getattr(error.container, "id", error.container)
    if isinstance(error, errors.BuildError):
        state["build_log"] = [entry.to_dict() for entry in error.build_log]
    return state


@pytest.mark.parametrize("error", EXAMPLES, ids=lambda e: type(e).__name__)
def test_errors_pickle_and_come_back_the_same(error: errors.DockerException) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error) and again.args == error.args
    assert _state(again) == _state(error)


def test_every_error_class_pickles() -> None:
    # the classes not in EXAMPLES take a message, as Exception does
    covered = {type(e) for e in EXAMPLES}
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        if not issubclass(cls, errors.DockerException) or cls in covered:
            continue
        if issubclass(cls, errors.APIError):
            error: errors.DockerException = cls("said", status_code=400, method="GET", path="/p")
        else:
            try:
                error = cls("said")
            except TypeError:
                pytest.fail(f"{cls.__name__} has no example here and does not take a message")
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is cls and str(again) == str(error) and vars(again) == vars(error)
