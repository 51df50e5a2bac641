"""One hierarchy for everything that goes wrong, with the engine's own words kept.

Every error derives from :class:`DockerException`. Errors the engine answers
with are :class:`APIError`\\ s carrying the status, the engine's message, the
method, the path and the operation; a 404 names the kind of thing that was
missing where the operation or the message tells (``ContainerNotFound``,
``ImageNotFound``...). The names docker-py users catch today exist with the
same meaning: ``NotFound``, ``APIError``, ``ImageNotFound``,
``ContainerError``, ``BuildError``, ``InvalidArgument``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from engine_api._frozen import Frozen


def _rebuilt(cls: type[DockerException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ErrorResponse(Frozen):
    """The engine's error answer as it was received (an :class:`APIError`'s
    ``response``): docker-py's ``e.response.status_code``, ``.content``, ``.text``,
    ``.json()`` and ``.headers`` read the same. Read whole already, so it needs no
    connection and pickles with its error."""

    _fields = ("status_code", "content", "headers")
    __slots__ = _fields

    status_code: int
    content: bytes
    headers: Mapping[str, str]
    """The answer's headers, names in lower case."""

    def __init__(
        self, status_code: int, content: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        object.__setattr__(self, "status_code", status_code)
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "headers", {} if headers is None else headers)

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body parsed as JSON (``json.JSONDecodeError`` when it is not JSON)."""
        return json.loads(self.content)

    def __repr__(self) -> str:
        return f"<ErrorResponse {self.status_code}, {len(self.content)} bytes>"


class DockerException(Exception):
    """Base of every error engine-api raises.

    Every one pickles (to hand it from a worker process or thread pool to another): its
    message and attributes come back as they were, whatever its constructor takes.
    ``response`` is the engine's answer for errors that came from one (an
    :class:`ErrorResponse`), else None."""

    response: ErrorResponse | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which keyword-only constructors refuse.
        return (_rebuilt, (type(self), self.args, self._pickled_state()))

    def _pickled_state(self) -> dict[str, Any]:
        return dict(self.__dict__)


class ConfigError(DockerException, ValueError):
    """The engine's address, TLS material or a docker context is not usable."""


class ContextNotFound(ConfigError):
    """A docker context of that name does not exist."""


class TLSError(DockerException):
    """The TLS handshake with the engine failed (wrong CA, missing client cert...)."""


class EngineUnreachable(DockerException, ConnectionError):
    """No engine answered at the address: socket missing, connection refused,
    ssh failed. Says which address was tried and how it was chosen."""

    def __init__(self, message: str, *, address: str = "", source: str = "") -> None:
        super().__init__(message)
        self.address = address
        self.source = source


class EngineTimeout(DockerException, TimeoutError):
    """The engine did not answer (or did not accept data) within the timeout."""


class WaitTimeout(DockerException, TimeoutError):
    """A wait for a state (a port open, a log line, healthy) gave up after its timeout."""


class ServiceNotConverged(WaitTimeout):
    """``service.wait_converged`` gave up: not every desired task was running at the
    service's current spec within the timeout. ``service_id``, and ``progress`` (what was
    seen last: running current tasks over the desired count)."""

    def __init__(self, message: str, service_id: str, progress: str) -> None:
        super().__init__(message)
        self.service_id = service_id
        self.progress = progress


class ServiceTaskFailed(DockerException):
    """A task of the service's current spec failed or was rejected (``service.wait_converged``
    raises it at once): ``task_id``, its ``state`` and the engine's error message ``err``.
    Also raised when the engine paused an update or rollback (``state`` is then the
    update's state, ``paused``/``rollback_paused``, and ``task_id`` None)."""

    def __init__(
        self, service_id: str, task_id: str | None, state: str, err: str, message: str = ""
    ) -> None:
        self.service_id = service_id
        self.task_id = task_id
        self.state = state
        self.err = err
        what = f"task {task_id}" if task_id else "the update"
        super().__init__(
            f"service {service_id}: {what} is {state}: {err or message or 'no message'}"
        )


class ConnectionLost(DockerException, ConnectionError):
    """The connection broke while a request or a stream was in flight."""


class ProtocolError(DockerException):
    """The engine sent bytes that do not follow the protocol (HTTP, frames, JSON lines)."""


class UnsafeArchiveMember(DockerException, ValueError):
    """A tar member would land outside the extraction directory (``..``, an absolute
    path, a link pointing out) or is a device node; nothing was written for it."""

    def __init__(self, member: str, reason: str) -> None:
        super().__init__(f"refusing archive member {member!r}: {reason}")
        self.member = member
        self.reason = reason


class SourceChanged(DockerException, ValueError):
    """A file being sent changed size while it was read (it shrank or grew past the length
    announced to the engine): the request was stopped before the engine took it as whole."""


class InvalidRepository(DockerException, ValueError):
    """A string that is not an image reference (``[registry/]repository[:tag][@digest]``).

    docker-py's name; ``InvalidReference`` is the same class."""

    def __init__(self, reference: object, reason: str) -> None:
        super().__init__(f"invalid image reference {reference!r}: {reason}")
        self.reference = reference
        self.reason = reason


InvalidReference = InvalidRepository


class CredentialsError(DockerException):
    """Registry credentials could not be read: a broken ``config.json`` entry or a
    ``docker-credential-<name>`` helper that failed. Never carries the secret itself."""


class InvalidVersion(DockerException):
    """The API version asked for cannot be served by this engine, or is not a version."""


class UnsupportedByEngine(DockerException):
    """An operation, parameter or body field that the negotiated API version lacks.

    Raised before anything is sent."""

    def __init__(self, what: str, *, needs: str, in_use: str) -> None:
        super().__init__(f"{what} {needs}; this client speaks API {in_use} with the engine")
        self.what = what
        self.needs = needs
        self.in_use = in_use


class UnsupportedByTransport(DockerException):
    """The client's ``transport=`` cannot do what the call needs (e.g. hand over the
    connection for stdin); nothing was sent."""


class APIError(DockerException):
    """The engine answered with an error status.

    ``explanation`` is the engine's own message (docker-py's name for it).
    """

    def __init__(
        self,
        explanation: str,
        *,
        status_code: int,
        method: str = "",
        path: str = "",
        operation: str | None = None,
        response: ErrorResponse | None = None,
    ) -> None:
        self.explanation = explanation
        self.status_code = status_code
        self.method = method
        self.path = path
        self.operation = operation
        self.response = response
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f" {self.method} {self.path}" if self.method else ""
        return f"{self.status_code}{where}: {self.explanation}"

    def is_client_error(self) -> bool:
        return 400 <= self.status_code < 500

    def is_server_error(self) -> bool:
        return 500 <= self.status_code < 600


class InvalidArgument(APIError):
    """400: the engine refused the request's parameters or body."""


class Unauthorized(APIError):
    """401: registry or engine credentials were refused."""


class Forbidden(APIError):
    """403: the engine (or an authorization plugin) forbids this."""


class NotFound(APIError):
    """404: the object does not exist."""


class ContainerNotFound(NotFound):
    pass


class ImageNotFound(NotFound):
    pass


class NetworkNotFound(NotFound):
    pass


class VolumeNotFound(NotFound):
    pass


class ExecNotFound(NotFound):
    pass


class PluginNotFound(NotFound):
    pass


class PathNotFound(NotFound):
    """A path inside a container does not exist (archive, copy, stat)."""


class Conflict(APIError):
    """409: the object is in a state that forbids this (name in use, container running...)."""


class ServerError(APIError):
    """5xx: the engine failed to do it."""


class ContainerError(DockerException):
    """A container run to completion exited with a non-zero status.

    Pickled, ``container`` becomes the container's id (the object holds its client)."""

    def __init__(
        self, container: Any, exit_status: int, command: Any, image: str, stderr: bytes | str
    ) -> None:
        self.container = container
        self.exit_status = exit_status
        self.command = command
        self.image = image
        self.stderr = stderr
        err = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
        super().__init__(
            f"Command {command!r} in image {image!r} returned non-zero exit status "
            f"{exit_status}: {err.strip()}"
        )

    def _pickled_state(self) -> dict[str, Any]:
        # The Container holds its client (connections, locks): pickled, it is its id.
        state = dict(self.__dict__)
        state["container"] = getattr(self.container, "id", self.container)
        return state


class BuildError(DockerException):
    """A build step failed; ``build_log`` holds the messages up to the failure."""

    def __init__(self, reason: str, build_log: list[Any]) -> None:
        super().__init__(reason)
        self.msg = reason
        self.build_log = build_log


class ImageLoadError(DockerException):
    """Loading images from a tar failed: the engine said so inside its answer (HTTP 200),
    e.g. a broken or truncated archive. ``explanation`` is the engine's message; ``method``
    and ``path`` the request's (docker-py's name; there it is raised by ``images.load``)."""

    def __init__(self, explanation: str, *, method: str = "", path: str = "") -> None:
        self.explanation = explanation
        self.method = method
        self.path = path
        where = f"{method} {path}: " if method else ""
        super().__init__(f"{where}{explanation}")


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidArgument,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
}

# What a 404's message says was missing, as the engine words it.
_MISSING_BY_MESSAGE: tuple[tuple[str, type[NotFound]], ...] = (
    ("could not find the file", PathNotFound),  # "Could not find the file /x in container y"
    ("no such container", ContainerNotFound),
    ("no such image", ImageNotFound),
    ("no such exec", ExecNotFound),
    ("no such volume", VolumeNotFound),
    ("no such network", NetworkNotFound),
    ("network ", NetworkNotFound),  # "network x not found"
    ("plugin ", PluginNotFound),  # "plugin \"x\" not found"
    ("get volume", VolumeNotFound),  # "get x: no such volume"
    ("pull access denied", ImageNotFound),
    ("manifest unknown", ImageNotFound),
    ("repository does not exist", ImageNotFound),
)

# Else the operation tells: its id's prefix names what it acts on.
_MISSING_BY_OPERATION: tuple[tuple[str, type[NotFound]], ...] = (
    ("ContainerCreate", ImageNotFound),  # 404 there means the image is missing
    ("Container", ContainerNotFound),
    ("PutContainerArchive", ContainerNotFound),
    ("Exec", ExecNotFound),
    ("Image", ImageNotFound),
    ("Distribution", ImageNotFound),
    ("Network", NetworkNotFound),
    ("Volume", VolumeNotFound),
    ("Plugin", PluginNotFound),
    ("GetPluginPrivileges", PluginNotFound),
)


def engine_message(body: bytes) -> str:
    """The engine's message from an error body: JSON ``{"message": ...}`` or text."""
    text = body.decode("utf-8", errors="replace").strip()
    try:
        decoded = json.loads(text)
    except ValueError:
        return text or "(the engine sent no message)"
    message = decoded.get("message") if isinstance(decoded, dict) else None
    return message if isinstance(message, str) else text


def error_class(status_code: int, message: str, operation: str | None) -> type[APIError]:
    if status_code >= 500:
        return ServerError
    cls = _BY_STATUS.get(status_code, APIError)
    if cls is not NotFound:
        return cls
    lowered = message.lower()
    for fragment, missing in _MISSING_BY_MESSAGE:
        if lowered.startswith(fragment) or f": {fragment}" in lowered:
            return missing
    if operation:
        for prefix, missing in _MISSING_BY_OPERATION:
            if operation.startswith(prefix):
                return missing
    return NotFound


def from_response(
    status_code: int,
    body: bytes,
    *,
    method: str = "",
    path: str = "",
    operation: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> APIError:
    """The typed error for an engine's error answer (``headers``: the answer's, kept
    with the body in the error's ``response``)."""
    message = engine_message(body)
    cls = error_class(status_code, message, operation)
    response = ErrorResponse(
        status_code, bytes(body), {k.lower(): v for k, v in (headers or {}).items()}
    )
    return cls(
        message,
        status_code=status_code,
        method=method,
        path=path,
        operation=operation,
        response=response,
    )


# In-band errors of progress streams (pull, push, import, load) come with HTTP 200: the
# class is chosen from the engine's words, and status_code is the one the engine would
# have answered had it known before the stream started.
_STREAM_MESSAGES: tuple[tuple[tuple[str, ...], int], ...] = (
    (
        (
            "unauthorized",
            "authentication required",
            "no basic auth credentials",
            "denied: requested access",
        ),
        401,
    ),
    (("denied",), 403),
    (("not found", "manifest unknown", "does not exist", "pull access denied"), 404),
)


def from_stream_message(
    message: str, *, method: str = "", path: str = "", operation: str | None = None
) -> APIError:
    """The typed error for an error message that arrived inside a progress stream."""
    lowered = message.lower()
    status = 500
    for fragments, code in _STREAM_MESSAGES:
        if any(fragment in lowered for fragment in fragments):
            status = code
            break
    cls = error_class(status, message, operation)
    return cls(message, status_code=status, method=method, path=path, operation=operation)
