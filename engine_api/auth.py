"""Registry credentials, found the way the docker CLI finds them, and image references.

Pure except for one thing: running ``docker-credential-<name>`` helper programs (with a
timeout, their output bounded). Nothing here talks to the engine or to a registry.

Image references (:func:`parse_image_reference`) follow the grammar of the distribution
project's ``reference`` package, normalised as the CLI does: ``busybox`` is
``docker.io/library/busybox``; the first path component is a registry only when it holds a
``.`` or a ``:``, is ``localhost``, or has upper-case letters; ``index.docker.io`` is
``docker.io``. Repository names must be lower case; a bare 64-hex-digit string (an image id)
is refused.

Credentials (:class:`AuthStore`) come from ``config.json`` in the docker config directory
(``$DOCKER_CONFIG``, else ``~/.docker``), an explicit path, or a dict of the same shape:

- the key of Docker Hub is ``https://index.docker.io/v1/``; any other registry's key is its
  host name (``127.0.0.1:5000``). ``auths`` keys match with or without a scheme and a path
  (``http://127.0.0.1:5000``, ``https://127.0.0.1:5000/v2/``), as in the CLI; for Docker Hub,
  keys naming ``docker.io``, ``index.docker.io`` or ``registry-1.docker.io`` match too (as in
  docker-py). An exact key wins over a converted one.
- ``credHelpers`` names the helper for one registry, else ``credsStore`` the helper for all.
  A helper's "credentials not found" means no credentials from it; this module then falls back
  to an ``auths`` entry that carries credentials (docker-py does; the CLI would send none).
  Any other failure of a helper (missing, non-zero exit, timeout, output that is not JSON) is a
  :class:`~engine_api.errors.CredentialsError` naming the helper and the registry, never a
  secret.
- ``DOCKER_AUTH_CONFIG`` (a JSON document with ``auths``, as newer CLIs read it) comes before
  the config file and its helpers.
- credentials given to :meth:`AuthStore.store` (what a ``login`` remembers) come before all of
  these; they stay in memory unless ``save=True``.

:class:`Credentials` never shows a password or a token in its ``repr``/``str``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import selectors
import shutil
import signal
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from engine_api import _log
from engine_api.config import config_dir
from engine_api.errors import CredentialsError, InvalidReference

if TYPE_CHECKING:
    import subprocess
else:
    from engine_api._lazy import subprocess

__all__ = [
    "DOCKER_HUB",
    "DOCKER_HUB_KEY",
    "HELPER_TIMEOUT",
    "TOKEN_USERNAME",
    "AuthStore",
    "Credentials",
    "ImageReference",
    "InvalidReference",
    "auth_key",
    "convert_to_hostname",
    "parse_image_reference",
]

log = _log.get_logger(__name__)

DOCKER_HUB: Final[str] = "docker.io"
"""The registry of references without one."""
DOCKER_HUB_KEY: Final[str] = "https://index.docker.io/v1/"
"""Docker Hub's key in ``config.json`` and the server URL its credential helpers know."""
TOKEN_USERNAME: Final[str] = "<token>"
"""A helper's user name meaning that the secret is an identity token."""
HELPER_TIMEOUT: Final[float] = 30.0
"""Seconds a credential helper may take."""
HELPER_OUTPUT_LIMIT: Final[int] = 1 << 20
"""Bytes of output a credential helper may write (on each of stdout and stderr)."""

_HUB_HOSTS = frozenset({"docker.io", "index.docker.io", "registry-1.docker.io"})
_NOT_FOUND = "credentials not found in native keychain"
_HELPER_PREFIX = "docker-credential-"


# --------------------------------------------------------------------------------------------
# Image references

_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN_RE = re.compile(
    rf"(?:{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?"
)
_PATH_COMPONENT_RE = re.compile(r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")
_TAG_RE = re.compile(r"[\w][\w.-]{0,127}", re.ASCII)
_DIGEST_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}")
_IMAGE_ID_RE = re.compile(r"[a-f0-9]{64}")
_NAME_MAX = 255


@attrs.frozen
class ImageReference:
    """A parsed image reference, normalised: ``registry`` is ``docker.io`` for Docker Hub,
    whose one-component repositories get ``library/``. ``tag`` and ``digest`` are None
    when the reference has none (no ``latest`` is filled in)."""

    registry: str
    repository: str
    tag: str | None = None
    digest: str | None = None

    @property
    def name(self) -> str:
        """``registry/repository``: what ``fromImage`` and ImagePush's ``name`` take."""
        return f"{self.registry}/{self.repository}"

    @property
    def familiar_name(self) -> str:
        """The name as the CLI shows it: ``busybox``, ``user/app``, ``127.0.0.1:5000/x``."""
        if self.registry != DOCKER_HUB:
            return self.name
        if self.repository.startswith("library/") and self.repository.count("/") == 1:
            return self.repository.removeprefix("library/")
        return self.repository

    @property
    def pull_tag(self) -> str:
        """What ImageCreate's ``tag`` takes: the digest, else the tag, else ``latest``."""
        return self.digest or self.tag or "latest"

    @property
    def auth_key(self) -> str:
        """The registry's key among credentials (Docker Hub's is :data:`DOCKER_HUB_KEY`)."""
        return auth_key(self.registry)

    def __str__(self) -> str:
        text = self.name
        if self.tag is not None:
            text += f":{self.tag}"
        if self.digest is not None:
            text += f"@{self.digest}"
        return text


def parse_image_reference(reference: str) -> ImageReference:
    """Split ``[registry/]repository[:tag][@digest]``; :class:`InvalidReference` if malformed."""
    if not isinstance(reference, str):
        raise InvalidReference(reference, f"expected a str, got {type(reference).__name__}")
    if not reference:
        raise InvalidReference(reference, "empty")
    rest, at, digest = reference.partition("@")
    if at and not _DIGEST_RE.fullmatch(digest):
        raise InvalidReference(reference, f"digest {digest!r} is not algorithm:hex")
    tag: str | None = None
    colon = rest.rfind(":")
    if colon > rest.rfind("/"):
        rest, tag = rest[:colon], rest[colon + 1 :]
        if not _TAG_RE.fullmatch(tag):
            raise InvalidReference(
                reference, f"tag {tag!r} is not 1-128 of letters, digits, '_', '.', '-'"
            )
    if not rest:
        raise InvalidReference(reference, "no repository name")
    if _IMAGE_ID_RE.fullmatch(rest):
        raise InvalidReference(reference, "a 64-hex-digit string is an image id, not a name")
    first, slash, remainder = rest.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost" or first != first.lower()):
        registry, repository = first, remainder
        if not _DOMAIN_RE.fullmatch(registry):
            raise InvalidReference(reference, f"registry {registry!r} is not host[:port]")
    else:
        registry, repository = DOCKER_HUB, rest
    if registry == "index.docker.io":
        registry = DOCKER_HUB
    if registry == DOCKER_HUB and "/" not in repository:
        repository = f"library/{repository}"
    if repository != repository.lower():
        raise InvalidReference(reference, "repository name must be lowercase")
    for component in repository.split("/"):
        if not _PATH_COMPONENT_RE.fullmatch(component):
            raise InvalidReference(
                reference,
                f"repository component {component!r} is not lower-case letters and digits "
                "separated by '.', '_', '__' or dashes",
            )
    if len(registry) + 1 + len(repository) > _NAME_MAX:
        raise InvalidReference(reference, f"name longer than {_NAME_MAX} characters")
    return ImageReference(registry=registry, repository=repository, tag=tag, digest=digest or None)


# --------------------------------------------------------------------------------------------
# Registry keys


def convert_to_hostname(url: str) -> str:
    """``host[:port]`` of a registry URL or key: the scheme and any path are dropped."""
    if "://" in url:
        url = url.split("://", 1)[1]
    return url.split("/", 1)[0]


def auth_key(registry: str | None) -> str:
    """The credentials key of a registry given as a host, a URL or a key: Docker Hub (also
    ``None`` or ``""``) is :data:`DOCKER_HUB_KEY`, any other registry its ``host[:port]``."""
    if not registry:
        return DOCKER_HUB_KEY
    host = convert_to_hostname(registry)
    if host.lower() in _HUB_HOSTS:
        return DOCKER_HUB_KEY
    return host


def _same_registry(key: str, wanted: str) -> bool:
    """Whether a config key (any spelling) names the registry whose :func:`auth_key` is
    ``wanted``."""
    return auth_key(key) == wanted


# --------------------------------------------------------------------------------------------
# Credentials


def _hidden(value: str | None) -> str:
    return "None" if value is None else "'***'"


@attrs.frozen
class Credentials:
    """Credentials for one registry. ``repr``/``str`` show ``***`` for the password and the
    tokens."""

    username: str | None = None
    password: str | None = attrs.field(default=None, repr=_hidden)
    email: str | None = None
    serveraddress: str | None = None
    identitytoken: str | None = attrs.field(default=None, repr=_hidden)
    registrytoken: str | None = attrs.field(default=None, repr=_hidden)

    def __str__(self) -> str:
        return repr(self)

    @property
    def is_empty(self) -> bool:
        """No user name, password or token (an entry that only names the registry)."""
        return not (self.username or self.password or self.identitytoken or self.registrytoken)

    def to_header_dict(self) -> dict[str, str]:
        """The engine's AuthConfig JSON (``X-Registry-Auth``, ``/auth``): the keys set.

        ``email`` is left out: deprecated since API 1.23, not accepted after 1.51, and the
        CLI no longer sends it."""
        fields = {
            "username": self.username,
            "password": self.password,
            "serveraddress": self.serveraddress,
            "identitytoken": self.identitytoken,
            "registrytoken": self.registrytoken,
        }
        return {key: value for key, value in fields.items() if value}

    def with_serveraddress(self, serveraddress: str) -> Credentials:
        return attrs.evolve(self, serveraddress=serveraddress)


def _decode_auth(value: object, where: str) -> tuple[str, str]:
    """user and password from an ``auth`` value; the value itself is never in an error."""
    bad = CredentialsError(f"{where}: 'auth' is not the base64 of 'user:password'")
    if not isinstance(value, str):
        raise bad
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True).decode("utf-8")
    except (UnicodeError, binascii.Error, ValueError):
        raise bad from None
    user, colon, password = decoded.partition(":")
    if not colon or not user:
        raise bad
    return user, password.strip("\x00")


def _optional_str(entry: Mapping[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise CredentialsError(f"{where}: {key!r} is a {type(value).__name__}, not a string")
    return value


def _entry_credentials(entry: object, key: str, where: str) -> Credentials | None:
    """Credentials of one ``auths`` entry; None for an entry without any."""
    if not isinstance(entry, Mapping):
        raise CredentialsError(f"{where}: the entry is a {type(entry).__name__}, not an object")
    username = _optional_str(entry, "username", where)
    password = _optional_str(entry, "password", where)
    if entry.get("auth"):
        username, password = _decode_auth(entry["auth"], where)
    credentials = Credentials(
        username=username,
        password=password,
        email=_optional_str(entry, "email", where),
        serveraddress=key,
        identitytoken=_optional_str(entry, "identitytoken", where),
        registrytoken=_optional_str(entry, "registrytoken", where),
    )
    return None if credentials.is_empty else credentials


def _find_entry(auths: Mapping[str, Any], wanted: str) -> tuple[str, Any] | None:
    """The ``auths`` entry for the registry key ``wanted``: the exact key, else the first key
    that converts to it."""
    if wanted in auths:
        return wanted, auths[wanted]
    for key, entry in auths.items():
        if _same_registry(key, wanted):
            return key, entry
    return None


# --------------------------------------------------------------------------------------------
# Credential helpers


def _helper_executable(name: object, env: Mapping[str, str], registry: str) -> str:
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise CredentialsError(
            f"credential helper name {name!r} for {registry} is not a plain name "
            f"(the program is {_HELPER_PREFIX}<name>)"
        )
    program = _HELPER_PREFIX + name
    found = shutil.which(program, path=env.get("PATH", os.defpath))
    if found is None:
        raise CredentialsError(
            f"credential helper {program} for {registry} is not installed (not found on PATH)"
        )
    return found


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Kill the helper and whatever it started (it runs in a session of its own)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        process.kill()


def _run_helper(
    executable: str, action: str, data: bytes, env: Mapping[str, str], timeout: float
) -> tuple[int, bytes, bytes]:
    """Run ``helper action`` with ``data`` on stdin: (exit status, stdout, stderr).

    Raises TimeoutError past ``timeout`` and OverflowError past :data:`HELPER_OUTPUT_LIMIT`
    bytes on either stream; the helper (and its process group) is killed then.
    """
    process = subprocess.Popen(
        [executable, action],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env),
        start_new_session=True,
    )
    assert process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    out_fd, err_fd = process.stdout.fileno(), process.stderr.fileno()
    outputs = {out_fd: bytearray(), err_fd: bytearray()}
    try:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(data)  # a server URL: far below a pipe's buffer
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()
        with selectors.DefaultSelector() as selector:
            for stream in (process.stdout, process.stderr):
                selector.register(stream, selectors.EVENT_READ)
            while selector.get_map():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                for key, _ in selector.select(left):
                    chunk = os.read(key.fd, 65536)
                    if not chunk:
                        selector.unregister(key.fileobj)
                        continue
                    outputs[key.fd] += chunk
                    if len(outputs[key.fd]) > HELPER_OUTPUT_LIMIT:
                        raise OverflowError
        status = process.wait(max(deadline - time.monotonic(), 0.001))
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.wait()
        raise TimeoutError from None
    except BaseException:
        _kill_group(process)
        process.wait()
        raise
    finally:
        process.stdout.close()
        process.stderr.close()
    return status, bytes(outputs[out_fd]), bytes(outputs[err_fd])


def _helper_message(stdout: bytes, stderr: bytes) -> str:
    """The helper's own words about a failure (helpers write them to stdout), one line."""
    text = (stdout.decode("utf-8", "replace").strip() or stderr.decode("utf-8", "replace")).strip()
    text = " ".join(text.split())
    return text[:200] + ("..." if len(text) > 200 else "")


class _Helper:
    """One ``docker-credential-<name>`` program."""

    def __init__(self, name: object, env: Mapping[str, str], timeout: float) -> None:
        self.name = name
        self._env = env
        self._timeout = timeout

    def _call(self, action: str, data: str, registry: str) -> tuple[int, bytes, bytes]:
        program = f"{_HELPER_PREFIX}{self.name}"
        executable = _helper_executable(self.name, self._env, registry)
        try:
            return _run_helper(executable, action, data.encode(), self._env, self._timeout)
        except TimeoutError:
            raise CredentialsError(
                f"credential helper {program} ({action}) for {registry} did not answer within "
                f"{self._timeout:g}s; it was killed"
            ) from None
        except OverflowError:
            raise CredentialsError(
                f"credential helper {program} ({action}) for {registry} wrote more than "
                f"{HELPER_OUTPUT_LIMIT} bytes; it was killed"
            ) from None
        except OSError as exc:
            raise CredentialsError(
                f"credential helper {program} for {registry} could not be run: "
                f"{exc.strerror or type(exc).__name__}"
            ) from None

    def get(self, server_url: str) -> Credentials | None:
        """Credentials the helper keeps for ``server_url``; None when it has none."""
        program = f"{_HELPER_PREFIX}{self.name}"
        status, stdout, stderr = self._call("get", server_url, server_url)
        if status != 0:
            message = _helper_message(stdout, stderr)
            if message == _NOT_FOUND:
                return None
            raise CredentialsError(
                f"credential helper {program} failed for {server_url} (exit status {status}): "
                f"{message or '(no message)'}"
            )
        try:
            answer = json.loads(stdout)
        except ValueError:
            answer = None
        if not isinstance(answer, dict) or not all(
            isinstance(answer.get(key, ""), str) for key in ("Username", "Secret", "ServerURL")
        ):
            # Never quote the output: it may hold the secret.
            raise CredentialsError(
                f"credential helper {program} answered for {server_url} with something that is "
                'not {"ServerURL", "Username", "Secret"} JSON'
            )
        username, secret = answer.get("Username", ""), answer.get("Secret", "")
        if not username and not secret:
            return None
        if username == TOKEN_USERNAME:
            return Credentials(serveraddress=server_url, identitytoken=secret or None)
        return Credentials(
            username=username or None, password=secret or None, serveraddress=server_url
        )

    def list(self) -> list[str]:
        """The server URLs the helper keeps credentials for."""
        program = f"{_HELPER_PREFIX}{self.name}"
        status, stdout, stderr = self._call("list", "unused", "every registry")
        if status != 0:
            raise CredentialsError(
                f"credential helper {program} could not list its registries (exit status "
                f"{status}): {_helper_message(stdout, stderr) or '(no message)'}"
            )
        try:
            answer = json.loads(stdout)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise CredentialsError(
                f"credential helper {program} listed its registries as something that is not "
                "a JSON object"
            )
        return [str(url) for url in answer]

    def store(self, credentials: Credentials, server_url: str) -> None:
        program = f"{_HELPER_PREFIX}{self.name}"
        if credentials.identitytoken:
            username, secret = TOKEN_USERNAME, credentials.identitytoken
        else:
            username, secret = credentials.username or "", credentials.password or ""
        document = json.dumps({"ServerURL": server_url, "Username": username, "Secret": secret})
        status, stdout, stderr = self._call("store", document, server_url)
        if status != 0:
            raise CredentialsError(
                f"credential helper {program} could not store credentials for {server_url} "
                f"(exit status {status}): {_helper_message(stdout, stderr) or '(no message)'}"
            )


# --------------------------------------------------------------------------------------------
# The store


def _read_config(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialsError(f"docker config {path} cannot be read: {exc}") from None
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except ValueError as exc:
        # The position only: the text may hold credentials.
        raise CredentialsError(
            f"docker config {path} is not valid JSON (line {getattr(exc, 'lineno', '?')})"
        ) from None
    if not isinstance(data, dict):
        raise CredentialsError(f"docker config {path} is not a JSON object")
    return data


class AuthStore:
    """Credentials for registries, as the docker CLI finds them (see the module docstring).

    ``config``: the path of a ``config.json``, or its content as a dict; default
    ``<config dir>/config.json`` (``$DOCKER_CONFIG``, else ``~/.docker``), read at the first
    lookup (:meth:`reload` reads it again). ``environ`` (default :data:`os.environ`) gives
    ``DOCKER_CONFIG``, ``HOME``, ``DOCKER_AUTH_CONFIG`` and the helpers' environment (their
    ``PATH`` included). ``helper_timeout``: seconds a credential helper may take.
    """

    def __init__(
        self,
        config: str | os.PathLike[str] | Mapping[str, Any] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        helper_timeout: float = HELPER_TIMEOUT,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        self._given: Mapping[str, Any] | None = None
        self.path: Path | None
        if isinstance(config, Mapping):
            self._given, self.path = config, None
        elif config is None:
            self.path = config_dir(self._environ) / "config.json"
        else:
            self.path = Path(config)
        self._helper_timeout = helper_timeout
        self._config: dict[str, Any] | None = None
        self._remembered: dict[str, Credentials] = {}

    # -- the configuration ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the config file again at the next lookup."""
        self._config = None

    def _loaded(self) -> dict[str, Any]:
        if self._config is None:
            self._config = (
                dict(self._given)
                if self._given is not None
                else (_read_config(self.path) if self.path is not None else {})
            )
        return self._config

    def _where(self) -> str:
        return f"docker config {self.path}" if self.path is not None else "docker config"

    def _section(self, name: str) -> dict[str, Any]:
        value = self._loaded().get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise CredentialsError(f"{self._where()}: {name!r} is not a JSON object")
        return value

    def _auths(self) -> dict[str, Any]:
        return self._section("auths")

    def _env_auths(self) -> dict[str, Any]:
        text = self._environ.get("DOCKER_AUTH_CONFIG")
        if not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            raise CredentialsError("DOCKER_AUTH_CONFIG is not valid JSON") from None
        auths = data.get("auths") if isinstance(data, dict) else None
        if not isinstance(auths, dict):
            raise CredentialsError("DOCKER_AUTH_CONFIG has no 'auths' object")
        return auths

    def _helper_name(self, key: str) -> str | None:
        """The helper for registry key ``key``: its ``credHelpers`` entry, else ``credsStore``."""
        helpers = self._section("credHelpers")
        if key in helpers:
            return str(helpers[key]) if helpers[key] else None
        for name, helper in helpers.items():
            if _same_registry(name, key):
                return str(helper) if helper else None
        store = self._loaded().get("credsStore")
        return store if isinstance(store, str) and store else None

    def _helper(self, name: str) -> _Helper:
        return _Helper(name, self._environ, self._helper_timeout)

    # -- lookups ------------------------------------------------------------------------------

    def for_registry(self, registry: str | None) -> Credentials | None:
        """Credentials for a registry given as a host (``127.0.0.1:5000``, ``docker.io``), a
        URL or a config key; None (Docker Hub) for Docker Hub. None when there are none."""
        key = auth_key(registry)
        if key in self._remembered:
            return self._remembered[key]
        where = "DOCKER_AUTH_CONFIG"
        found = _find_entry(self._env_auths(), key)
        if found is not None:
            credentials = _entry_credentials(found[1], found[0], f"{where} auths[{found[0]!r}]")
            if credentials is not None:
                return credentials
        helper = self._helper_name(key)
        entry = _find_entry(self._auths(), key)
        if helper is not None:
            from_helper = self._helper(helper).get(key)
            if from_helper is not None:
                email = entry[1].get("email") if entry and isinstance(entry[1], Mapping) else None
                return attrs.evolve(from_helper, email=email if isinstance(email, str) else None)
        if entry is None:
            return None
        return _entry_credentials(entry[1], entry[0], f"{self._where()}: auths[{entry[0]!r}]")

    def for_image(self, reference: str | ImageReference) -> Credentials | None:
        """Credentials for the registry of an image reference (``busybox`` is Docker Hub)."""
        if not isinstance(reference, ImageReference):
            reference = parse_image_reference(reference)
        return self.for_registry(reference.registry)

    def all_registries(self) -> dict[str, Credentials]:
        """Every registry with credentials, by config key (builds' ``X-Registry-Config``).

        Later sources win: the ``auths`` entries that carry credentials, the registries of
        ``credsStore`` (the CLI's default store), each ``credHelpers`` registry,
        ``DOCKER_AUTH_CONFIG``, what :meth:`store` was given. A ``credHelpers`` helper that
        fails is logged and skipped (the CLI warns too); a failing ``credsStore`` raises.
        """
        result: dict[str, Credentials] = {}
        for key, entry in self._auths().items():
            credentials = _entry_credentials(entry, key, f"{self._where()}: auths[{key!r}]")
            if credentials is not None:
                result[key] = credentials
        store = self._loaded().get("credsStore")
        if isinstance(store, str) and store:
            helper = self._helper(store)
            for url in helper.list():
                credentials = helper.get(url)
                if credentials is not None:
                    result[url] = credentials
        for key, name in self._section("credHelpers").items():
            if not name:
                continue
            try:
                credentials = self._helper(str(name)).get(auth_key(key))
            except CredentialsError as exc:
                log.warning("no credentials for %s: %s", key, exc)
                continue
            if credentials is not None:
                result[key] = credentials
        for key, entry in self._env_auths().items():
            credentials = _entry_credentials(entry, key, f"DOCKER_AUTH_CONFIG auths[{key!r}]")
            if credentials is not None:
                result[key] = credentials
        for key, credentials in self._remembered.items():
            for other in [k for k in result if _same_registry(k, key)]:
                del result[other]
            result[key] = credentials
        return result

    # -- remembering ----------------------------------------------------------------------------

    def store(self, registry: str | None, credentials: Credentials, *, save: bool = False) -> None:
        """Remember credentials for a registry (what a ``login`` was given): they come first
        in every lookup of this store. ``save=True`` also keeps them the way ``docker login``
        does: in the registry's credential helper if one is configured, else base64 in
        ``config.json``'s ``auths`` (a store made from a dict cannot save)."""
        key = auth_key(registry)
        credentials = credentials.with_serveraddress(credentials.serveraddress or key)
        if save:
            self._save(key, credentials)
        self._remembered[key] = credentials

    def forget(self, registry: str | None) -> None:
        """Drop what :meth:`store` remembered for a registry (the config is not changed)."""
        self._remembered.pop(auth_key(registry), None)

    def _save(self, key: str, credentials: Credentials) -> None:
        if self.path is None:
            raise CredentialsError("this AuthStore was made from a dict: it has no file to save")
        helper = self._helper_name(key)
        if helper is not None:
            self._helper(helper).store(credentials, key)
            return
        data = _read_config(self.path)
        auths = data.setdefault("auths", {})
        if not isinstance(auths, dict):
            raise CredentialsError(f"{self._where()}: 'auths' is not a JSON object")
        entry: dict[str, str] = {}
        if credentials.username or credentials.password:
            raw = f"{credentials.username or ''}:{credentials.password or ''}"
            entry["auth"] = base64.b64encode(raw.encode()).decode()
        if credentials.identitytoken:
            entry["identitytoken"] = credentials.identitytoken
        if credentials.email:
            entry["email"] = credentials.email
        auths[key] = entry
        _write_private(self.path, json.dumps(data, indent="\t"))
        self._config = None


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` atomically with a file only its owner can read."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = path.resolve() if path.is_symlink() else path
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
