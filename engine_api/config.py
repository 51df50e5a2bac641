"""Where the engine is: the address and TLS settings, found the way the docker CLI finds them.

Everything here is a pure function of its arguments, the environment mapping it is given
(``environ``, default :data:`os.environ`) and the files it reads under the docker config
directory; nothing connects anywhere.

Resolution order, first match wins (:func:`resolve`):

1. the ``base_url`` argument, with the ``tls`` argument (``base_url`` together with ``context``
   is an error, as ``--host`` with ``--context`` is for the CLI);
2. the ``context`` argument;
3. ``DOCKER_HOST`` (the context "default"), with TLS from ``DOCKER_TLS_VERIFY`` /
   ``DOCKER_TLS`` and the certificates in ``DOCKER_CERT_PATH``;
4. ``DOCKER_CONTEXT`` (ignored when ``DOCKER_HOST`` is set, as the CLI ignores it);
5. ``currentContext`` in ``<config dir>/config.json``;
6. the context "default" without ``DOCKER_HOST``: ``unix:///var/run/docker.sock``, or
   ``tcp://localhost:2376`` when TLS was asked for (see below).

The context "default" always means ``DOCKER_HOST``, or the default address without it.

Choices, where the CLI and docker-py differ or the CLI is loose:

- TLS from the environment follows the CLI, not docker-py: ``DOCKER_TLS_VERIFY`` with any
  non-empty value means TLS verifying the server's certificate and name; ``DOCKER_TLS`` with
  any non-empty value means TLS without verification; ``DOCKER_CERT_PATH`` alone turns
  nothing on (docker-py turns on unverified TLS there; the CLI does not). The certificate
  directory is ``DOCKER_CERT_PATH``, else the config directory; ``ca.pem``, ``cert.pem`` and
  ``key.pem`` are used when present. Without ``ca.pem`` the system's trust store verifies the
  server (the CLI would refuse to start). ``cert.pem`` without ``key.pem`` (or the reverse) and
  a ``DOCKER_CERT_PATH`` that is not a directory are errors.
- As in the CLI, TLS asked for without ``DOCKER_HOST`` means ``tcp://localhost:2376``.
- TLS applies to tcp only. TLS variables in the environment are ignored for a unix or ssh
  ``DOCKER_HOST`` (as docker-py does; the CLI would try TLS over the socket and fail); an
  explicit ``tls`` argument with a unix or ssh address is an error.
- Named contexts take their TLS from the context store only; the TLS variables of the
  environment do not apply to them (as in the CLI). An explicit ``tls`` argument replaces the
  context's TLS.
- ``tls=True`` means TLS verifying against the system's trust store, without a client
  certificate; pass a :class:`TLSConfig` for anything else. With ``base_url``, TLS comes only
  from the ``tls`` argument or an ``https://`` scheme, never from the environment.

Addresses (:func:`normalize_host`): ``unix:///abs/path`` (``unix://`` alone is the default
socket, as in the CLI), ``tcp://host[:port]``, ``http://`` (tcp without TLS), ``https://``
(tcp with TLS), ``ssh://[user@]host[:port]``, and a bare ``host[:port]``, which is tcp as in
the CLI. A bare ``/path`` is refused (the CLI refuses it too) with a hint to write
``unix:///path``. A tcp port defaults to 2376 with TLS, else 2375. IPv6 literals go in
brackets. Refused: ``npipe://`` (Windows), other schemes, a tcp address without a host name
(the CLI would fill in localhost), user names or passwords in tcp, passwords in ssh, ports
outside 1-65535, paths (the CLI accepts a tcp path as an API prefix; this client does not),
query strings and fragments. One or more trailing slashes are dropped.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, NoReturn

from engine_api._frozen import Frozen
from engine_api.errors import ConfigError, ContextNotFound

if TYPE_CHECKING:
    import ssl
else:
    from engine_api._lazy import ssl

__all__ = [
    "DEFAULT_CONTEXT",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TLS_HOST",
    "DEFAULT_TLS_PORT",
    "DEFAULT_UNIX_SOCKET",
    "EngineConfig",
    "Scheme",
    "TLSConfig",
    "config_dir",
    "context_id",
    "from_context",
    "list_contexts",
    "normalize_host",
    "resolve",
]

Scheme = Literal["unix", "tcp", "ssh"]

DEFAULT_UNIX_SOCKET = "/var/run/docker.sock"
DEFAULT_HOST = "unix://" + DEFAULT_UNIX_SOCKET
DEFAULT_PORT = 2375
DEFAULT_TLS_PORT = 2376
DEFAULT_TLS_HOST = f"tcp://localhost:{DEFAULT_TLS_PORT}"
DEFAULT_CONTEXT = "default"

CA_FILE = "ca.pem"
CERT_FILE = "cert.pem"
KEY_FILE = "key.pem"

_HOSTNAME = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?")
_PORT = re.compile(r"[0-9]+")
_SCHEME_TYPO = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:/")
_SSH_USER = re.compile(r"[^\s@:/?#\[\]]+")

# Raises a ConfigError about the address being parsed, saying where it came from.
_Bad = Callable[[str], NoReturn]


# --------------------------------------------------------------------------------------------
# TLS


def _read_check(path: Path, what: str) -> None:
    """Fail with a ConfigError naming ``path`` unless it is a readable file."""
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(f"TLS {what} {path} cannot be read: {reason}") from exc


class TLSConfig(Frozen):
    """TLS settings for a tcp engine address.

    ``verify`` checks the server's certificate chain *and* its host name; the chain is checked
    against ``ca_cert`` alone when given, else against the system's trust store. A client
    certificate needs both ``client_cert`` and ``client_key``.
    """

    _fields = ("ca_cert", "client_cert", "client_key", "verify")
    __slots__ = _fields

    ca_cert: Path | None
    client_cert: Path | None
    client_key: Path | None
    verify: bool

    def __init__(
        self,
        ca_cert: Path | str | None = None,
        client_cert: Path | str | None = None,
        client_key: Path | str | None = None,
        verify: bool = True,
    ) -> None:
        # plain strings are taken as paths
        object.__setattr__(self, "ca_cert", Path(ca_cert) if isinstance(ca_cert, str) else ca_cert)
        object.__setattr__(
            self, "client_cert", Path(client_cert) if isinstance(client_cert, str) else client_cert
        )
        object.__setattr__(
            self, "client_key", Path(client_key) if isinstance(client_key, str) else client_key
        )
        object.__setattr__(self, "verify", verify)
        if (self.client_cert is None) != (self.client_key is None):
            given, missing = (
                ("client_cert", "client_key")
                if self.client_key is None
                else ("client_key", "client_cert")
            )
            raise ConfigError(
                f"TLSConfig: {given}={getattr(self, given)} given without {missing}; "
                "a client certificate needs both"
            )

    def ssl_context(self) -> ssl.SSLContext:
        """A TLS client context (TLS 1.2 or newer) built from these settings.

        Raises ConfigError naming the file when a certificate or key is missing, unreadable
        or not usable PEM, or when the key is encrypted (no passphrase can be given here).
        """
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.verify:
            context.check_hostname = True
            context.verify_mode = ssl.CERT_REQUIRED
            if self.ca_cert is not None:
                _read_check(self.ca_cert, "CA certificate")
                try:
                    context.load_verify_locations(cafile=os.fspath(self.ca_cert))
                except ssl.SSLError as exc:
                    raise ConfigError(
                        f"TLS CA certificate {self.ca_cert} is not a usable PEM certificate: "
                        f"{exc.reason or exc}"
                    ) from exc
            else:
                context.load_default_certs(ssl.Purpose.SERVER_AUTH)
        else:
            context.check_hostname = False  # must be turned off before verify_mode
            context.verify_mode = ssl.CERT_NONE
        if self.client_cert is not None and self.client_key is not None:
            cert, key = self.client_cert, self.client_key
            _read_check(cert, "client certificate")
            _read_check(key, "client key")

            def no_passphrase() -> NoReturn:
                raise ConfigError(f"TLS client key {key} is encrypted; give an unencrypted key")

            try:
                context.load_cert_chain(os.fspath(cert), os.fspath(key), password=no_passphrase)
            except ssl.SSLError as exc:
                raise ConfigError(
                    f"TLS client certificate {cert} with key {key} cannot be loaded "
                    f"(not PEM, or the key does not match the certificate): {exc.reason or exc}"
                ) from exc
        return context


# --------------------------------------------------------------------------------------------
# Addresses


class _Address(NamedTuple):
    scheme: Scheme
    tls: bool | None  # True for https://, False for http://, None when the scheme says nothing
    path: str = ""  # unix only
    user: str | None = None  # ssh only
    host: str = ""  # without brackets
    port: int | None = None


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _render(address: _Address, tls: bool) -> str:
    if address.scheme == "unix":
        return "unix://" + address.path
    if address.scheme == "tcp":
        port = address.port or (DEFAULT_TLS_PORT if tls else DEFAULT_PORT)
        return f"tcp://{_bracketed(address.host)}:{port}"
    user = f"{address.user}@" if address.user is not None else ""
    port_text = f":{address.port}" if address.port is not None else ""
    return f"ssh://{user}{_bracketed(address.host)}{port_text}"


def _parse(url: str, origin: str) -> _Address:
    """Parse and validate an engine address; errors say ``origin`` (where it came from)."""

    def bad(problem: str) -> NoReturn:
        raise ConfigError(f"{origin} {url!r}: {problem}")

    if not isinstance(url, str):
        bad(f"expected a string, got {type(url).__name__}")
    text = url.strip()
    if not text:
        bad("is empty")
    if "://" in text:
        scheme_text, rest = text.split("://", 1)
        scheme = scheme_text.lower()
    elif text.startswith("/"):
        bad(f"a bare path is not an engine address; for a unix socket write 'unix://{text}'")
    elif _SCHEME_TYPO.match(text):
        bad("malformed scheme; expected scheme://, e.g. tcp://host:2375 or unix:///path")
    else:
        scheme, scheme_text, rest = "tcp", "tcp", text  # bare host[:port] is tcp, as in the CLI

    if scheme == "unix":
        return _parse_unix(rest, bad)
    if scheme in ("tcp", "http", "https"):
        authority = _authority(rest, bad)
        if "@" in authority:
            bad(f"a user name is not allowed in a {scheme}:// address")
        host, port = _host_port(authority, bad)
        if not host:
            bad("has no host name")
        tls = {"tcp": None, "http": False, "https": True}[scheme]
        return _Address("tcp", tls, host=host, port=port)
    if scheme == "ssh":
        authority = _authority(rest, bad)
        user: str | None = None
        if "@" in authority:
            user, _, authority = authority.rpartition("@")
            if ":" in user:
                bad("passwords in ssh:// addresses are not supported; use an ssh key or agent")
            if not _SSH_USER.fullmatch(user):
                bad(f"{user!r} is not a valid ssh user name")
        host, port = _host_port(authority, bad)
        if not host:
            bad("has no host name")
        return _Address("ssh", None, user=user, host=host, port=port)
    if scheme == "npipe":
        bad("npipe:// is a Windows named pipe, which this client does not support")
    bad(f"unknown scheme {scheme_text!r}; expected unix://, tcp://, http://, https:// or ssh://")


def _parse_unix(rest: str, bad: _Bad) -> _Address:
    if "?" in rest or "#" in rest:
        bad("a unix socket address takes no query string or fragment")
    if "\0" in rest:
        bad("the socket path contains a NUL character")
    if rest == "":
        return _Address("unix", None, path=DEFAULT_UNIX_SOCKET)  # "unix://", as in the CLI
    if not rest.startswith("/"):
        bad("the socket path must be absolute, e.g. unix:///var/run/docker.sock")
    path = rest.rstrip("/")
    if not path:
        bad("'/' is not a socket path")
    return _Address("unix", None, path=path)


def _authority(rest: str, bad: _Bad) -> str:
    """The host[:port] part; refuse a path, query string or fragment after it."""
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    if tail.strip("/"):
        if "?" in tail:
            bad("query strings are not allowed in an engine address")
        if "#" in tail:
            bad("fragments are not allowed in an engine address")
        bad(f"a path ({tail.rstrip('/')!r}) is not allowed after the host")
    return authority


def _host_port(authority: str, bad: _Bad) -> tuple[str, int | None]:
    port_text: str | None = None
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            bad("unclosed '[' in an IPv6 address")
        host, after = authority[1:end], authority[end + 1 :]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            bad(f"{host!r} in brackets is not an IPv6 address")
        if after.startswith(":"):
            port_text = after[1:]
        elif after:
            bad(f"unexpected {after!r} after the IPv6 address")
    else:
        if authority.count(":") > 1:
            bad("an IPv6 address must be in brackets, e.g. tcp://[::1]:2375")
        host, colon, rest = authority.partition(":")
        if colon:
            port_text = rest
        if host and not _HOSTNAME.fullmatch(host):
            bad(f"{host!r} is not a valid host name")
    if port_text is None:
        return host, None
    if not _PORT.fullmatch(port_text):
        bad(f"the port {port_text!r} is not a number")
    port = int(port_text)
    if not 1 <= port <= 65535:
        bad(f"the port {port} is out of range 1-65535")
    return host, port


def normalize_host(url: str, *, tls: bool = False) -> str:
    """Validate an engine address and give its normal form.

    ``unix:///abs/path``, ``tcp://host:port`` (``http://`` and ``https://`` become tcp) or
    ``ssh://[user@]host[:port]``. ``tls`` picks the default tcp port (2376, else 2375);
    ``https://`` always defaults to 2376 and ``http://`` to 2375. Raises ConfigError.
    """
    address = _parse(url, "engine address")
    return _render(address, tls if address.tls is None else address.tls)


# --------------------------------------------------------------------------------------------
# Files: config directory, config.json, the context store


def _environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$DOCKER_CONFIG``, else ``$HOME/.docker`` (the user's home when HOME is unset)."""
    env = _environ(environ)
    value = env.get("DOCKER_CONFIG")
    if value:
        return Path(value)
    home = env.get("HOME")
    return (Path(home) if home else Path.home()) / ".docker"


def context_id(name: str) -> str:
    """The directory name of a context in the store: the sha256 hex digest of its name."""
    import hashlib  # only to find a named context's directory

    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _read_json(path: Path, what: str, *, empty_ok: bool = False) -> object:
    """The JSON in ``path``; None when the file does not exist ({} when empty and empty_ok)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{what} {path} cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} {path} is not UTF-8 text: {exc}") from exc
    if empty_ok and not text.strip():
        return {}
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{what} {path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from exc


def _current_context(env: Mapping[str, str]) -> tuple[str, Path] | None:
    path = config_dir(env) / "config.json"
    data = _read_json(path, "docker config", empty_ok=True)  # the CLI accepts an empty file
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ConfigError(f"docker config {path}: expected a JSON object")
    value = data.get("currentContext")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ConfigError(f"docker config {path}: currentContext must be a string, not {value!r}")
    return value, path


_PROXY_VARIABLES = (
    ("httpProxy", "http_proxy"),
    ("httpsProxy", "https_proxy"),
    ("ftpProxy", "ftp_proxy"),
    ("noProxy", "no_proxy"),
)


def proxy_environment(host: str, environ: Mapping[str, str] | None = None) -> list[str]:
    """The proxy variables ``config.json``'s ``proxies`` gives the containers created on
    the engine at ``host`` (its own entry, else ``default``), as ``NAME=value`` strings in
    both cases (``http_proxy`` and ``HTTP_PROXY``), as the docker CLI and docker-py's
    ``use_config_proxy`` set them. Empty when there is no such configuration."""
    path = config_dir(environ) / "config.json"
    data = _read_json(path, "docker config", empty_ok=True)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ConfigError(f"docker config {path}: expected a JSON object")
    proxies = data.get("proxies") or {}
    if not isinstance(proxies, dict):
        raise ConfigError(f"docker config {path}: proxies must be an object")
    entry = proxies.get(host) or proxies.get("default") or {}
    if not isinstance(entry, dict):
        raise ConfigError(f"docker config {path}: proxies entries must be objects")
    found: list[str] = []
    for key, variable in _PROXY_VARIABLES:
        value = entry.get(key)
        if isinstance(value, str) and value:
            found += [f"{variable}={value}", f"{variable.upper()}={value}"]
    return found


def _meta_root(env: Mapping[str, str]) -> Path:
    return config_dir(env) / "contexts" / "meta"


def list_contexts(environ: Mapping[str, str] | None = None) -> list[str]:
    """The names of the contexts in the store, sorted, after "default" (which always exists).

    Raises ConfigError naming the file when a meta.json is unreadable or has no Name.
    """
    env = _environ(environ)
    root = _meta_root(env)
    names: set[str] = set()
    if root.is_dir():
        for entry in root.iterdir():
            meta = entry / "meta.json"
            if not meta.is_file():
                continue
            data = _read_json(meta, "context metadata")
            name = data.get("Name") if isinstance(data, dict) else None
            if not isinstance(name, str) or not name:
                raise ConfigError(f"context metadata {meta} has no Name")
            names.add(name)
    names.discard(DEFAULT_CONTEXT)
    return [DEFAULT_CONTEXT, *sorted(names)]


def _tls_files(
    directory: Path, what: str
) -> tuple[Path | None, Path | None, Path | None, list[str]]:
    """ca.pem, cert.pem and key.pem in ``directory`` where present, and the names found."""
    found = [n for n in (CA_FILE, CERT_FILE, KEY_FILE) if (directory / n).is_file()]
    ca, cert, key = (
        (directory / n) if n in found else None for n in (CA_FILE, CERT_FILE, KEY_FILE)
    )
    if (cert is None) != (key is None):
        present, missing = (CERT_FILE, KEY_FILE) if key is None else (KEY_FILE, CERT_FILE)
        raise ConfigError(
            f"{what}: {directory / present} is there but {directory / missing} is missing; "
            "a client certificate needs both"
        )
    return ca, cert, key, found


def _dict_at(data: object, keys: tuple[str, ...]) -> dict[str, object] | None:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data if isinstance(data, dict) else None


# --------------------------------------------------------------------------------------------
# Resolution


class EngineConfig(Frozen):
    """Where the engine is and how to reach it.

    ``host`` is normalized (see :func:`normalize_host`); ``tls`` is set for tcp addresses
    that use TLS and None otherwise; ``source`` says in words how the address was chosen;
    ``context`` names the docker context used ("default" for DOCKER_HOST or the default
    address, None for an explicit ``base_url``).
    """

    _fields = ("host", "tls", "source", "context")
    __slots__ = _fields

    host: str
    tls: TLSConfig | None
    source: str
    context: str | None

    def __init__(
        self, host: str, tls: TLSConfig | None, source: str, context: str | None = None
    ) -> None:
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "tls", tls)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "context", context)
        address = _parse(self.host, "EngineConfig.host")
        normal = _render(address, self.tls is not None)
        if normal != self.host:
            raise ConfigError(f"EngineConfig.host {self.host!r} is not normalized: use {normal!r}")
        if self.tls is not None and address.scheme != "tcp":
            raise ConfigError(
                f"EngineConfig: TLS settings given for {self.host!r}; TLS applies to tcp only"
            )

    @property
    def scheme(self) -> Scheme:
        return _parse(self.host, "EngineConfig.host").scheme

    @property
    def unix_path(self) -> str:
        """The socket path of a unix address; ConfigError for other schemes."""
        address = self._expect("unix")
        return address.path

    @property
    def tcp_address(self) -> tuple[str, int]:
        """(host, port) of a tcp address, the host without IPv6 brackets."""
        address = self._expect("tcp")
        assert address.port is not None  # normalized tcp addresses always carry a port
        return address.host, address.port

    @property
    def ssh_target(self) -> tuple[str | None, str, int | None]:
        """(user or None, host, port or None) of an ssh address."""
        address = self._expect("ssh")
        return address.user, address.host, address.port

    def _expect(self, scheme: Scheme) -> _Address:
        address = _parse(self.host, "EngineConfig.host")
        if address.scheme != scheme:
            raise ConfigError(
                f"engine address {self.host!r} ({self.source}) is not a {scheme} address"
            )
        return address


def _with_detail(source: str, detail: str) -> str:
    return f"{source}; {detail}" if detail else source


def _env_tls(env: Mapping[str, str], *, https: bool) -> tuple[TLSConfig | None, str]:
    """TLS from DOCKER_TLS_VERIFY / DOCKER_TLS / DOCKER_CERT_PATH, or forced by https://."""
    verify_var = bool(env.get("DOCKER_TLS_VERIFY"))
    tls_var = bool(env.get("DOCKER_TLS"))
    if not (verify_var or tls_var or https):
        return None, ""
    if verify_var:
        verify, trigger = True, "DOCKER_TLS_VERIFY"
    elif tls_var:
        verify, trigger = False, "DOCKER_TLS"
    else:
        verify, trigger = True, "https:// in DOCKER_HOST"
    cert_path = env.get("DOCKER_CERT_PATH")
    if cert_path:
        directory = Path(cert_path)
        where = f"DOCKER_CERT_PATH {directory}"
        if not directory.is_dir():
            raise ConfigError(
                f"DOCKER_CERT_PATH {cert_path!r} is not a directory (TLS asked for by {trigger})"
            )
    else:
        directory = config_dir(env)
        where = f"{directory} (DOCKER_CERT_PATH unset)"
    ca, cert, key, found = _tls_files(directory, f"TLS files from {where}")
    config = TLSConfig(ca_cert=ca, client_cert=cert, client_key=key, verify=verify)
    mode = "verified" if verify else "not verified"
    files = ", ".join(found) if found else "no certificate files"
    return config, f"TLS {mode} ({trigger}), {files} in {where}"


def _decide_tls(
    address: _Address,
    tls: TLSConfig | bool | None,
    origin: str,
    url: str,
    env: Mapping[str, str] | None,
) -> tuple[TLSConfig | None, str]:
    """The TLS settings for ``address``: from the ``tls`` argument, the scheme, or ``env``."""
    explicit_on = tls is True or isinstance(tls, TLSConfig)
    if address.scheme != "tcp":
        if explicit_on:
            raise ConfigError(
                f"{origin} {url!r} is a {address.scheme} address, but the tls argument asks "
                "for TLS, which applies to tcp only"
            )
        return None, ""  # TLS variables in the environment do not apply to unix or ssh
    if address.tls is False:
        if explicit_on:
            raise ConfigError(
                f"{origin} {url!r} says http:// (no TLS), but the tls argument asks for TLS"
            )
        if env is not None:
            for var in ("DOCKER_TLS_VERIFY", "DOCKER_TLS"):
                if env.get(var):
                    raise ConfigError(f"{origin} {url!r} says http:// (no TLS), but {var} is set")
        return None, ""
    if tls is False:
        if address.tls is True:
            raise ConfigError(f"{origin} {url!r} says https://, but the tls argument is False")
        return None, ""
    if isinstance(tls, TLSConfig):
        return tls, "TLS from the tls argument"
    if tls is True:
        return TLSConfig(), "TLS from the tls argument (system trust store)"
    if env is not None:
        return _env_tls(env, https=address.tls is True)
    if address.tls is True:
        return TLSConfig(), "TLS (https://, system trust store)"
    return None, ""


def _default_context(
    env: Mapping[str, str], tls: TLSConfig | bool | None, how: str | None
) -> EngineConfig:
    """The context "default": DOCKER_HOST, else the default address."""
    suffix = f" (context 'default', {how})" if how else ""
    raw = env.get("DOCKER_HOST", "")
    if raw.strip():
        address = _parse(raw, "DOCKER_HOST")
        config, detail = _decide_tls(address, tls, "DOCKER_HOST", raw, env)
        host = _render(address, config is not None)
        return EngineConfig(host, config, _with_detail("DOCKER_HOST" + suffix, detail), "default")
    if isinstance(tls, TLSConfig):
        config, detail, why = tls, "TLS from the tls argument", "the tls argument"
    elif tls is True:
        config, why = TLSConfig(), "the tls argument"
        detail = "TLS from the tls argument (system trust store)"
    elif tls is False:
        config, detail, why = None, "", ""
    else:
        config, detail = _env_tls(env, https=False)
        why = "DOCKER_TLS_VERIFY" if env.get("DOCKER_TLS_VERIFY") else "DOCKER_TLS"
    if config is None:
        return EngineConfig(DEFAULT_HOST, None, "default socket" + suffix, "default")
    source = f"default TLS address ({why} without DOCKER_HOST){suffix}"
    return EngineConfig(DEFAULT_TLS_HOST, config, _with_detail(source, detail), "default")


def _named_context(
    name: str, how: str | None, env: Mapping[str, str], tls: TLSConfig | bool | None
) -> EngineConfig:
    label = f"context {name!r}" + (f" ({how})" if how else "")
    cid = context_id(name)
    meta = _meta_root(env) / cid / "meta.json"
    data = _read_json(meta, f"metadata of {label}:")
    if data is None:
        known = ""
        with contextlib.suppress(ConfigError):  # the listing is only a hint
            known = "; known contexts: " + ", ".join(list_contexts(env))
        raise ContextNotFound(f"{label} does not exist: there is no {meta}{known}")
    if not isinstance(data, dict):
        raise ConfigError(f"{label}: {meta} is not a JSON object")
    stored_name = data.get("Name")
    if stored_name is not None and stored_name != name:
        raise ConfigError(f"{label}: {meta} belongs to a context named {stored_name!r}")
    endpoint = _dict_at(data, ("Endpoints", "docker"))
    host_text = endpoint.get("Host") if endpoint is not None else None
    if endpoint is None or not isinstance(host_text, str) or not host_text.strip():
        raise ConfigError(f"{label}: {meta} has no Endpoints.docker.Host")
    skip = endpoint.get("SkipTLSVerify", False)
    if skip is None:
        skip = False
    if not isinstance(skip, bool):
        raise ConfigError(f"{label}: Endpoints.docker.SkipTLSVerify in {meta} is not a boolean")
    origin = f"{label}: Endpoints.docker.Host in {meta}"
    address = _parse(host_text, origin)

    config: TLSConfig | None = None
    detail = ""
    if tls is not None or address.scheme != "tcp":
        config, detail = _decide_tls(address, tls, origin, host_text, None)
    else:
        tls_dir = config_dir(env) / "contexts" / "tls" / cid / "docker"
        ca, cert, key, found = _tls_files(tls_dir, f"TLS material of {label}")
        if address.tls is False and (found or skip):
            raise ConfigError(f"{origin} says http:// (no TLS), but the context has TLS settings")
        if address.tls is True or found or skip:
            config = TLSConfig(ca_cert=ca, client_cert=cert, client_key=key, verify=not skip)
            mode = "not verified (SkipTLSVerify)" if skip else "verified"
            files = ", ".join(found) + f" in {tls_dir}" if found else "no certificate files"
            detail = f"TLS {mode}, {files}"
    return EngineConfig(
        _render(address, config is not None), config, _with_detail(label, detail), name
    )


def from_context(name: str, *, environ: Mapping[str, str] | None = None) -> EngineConfig:
    """The engine of the docker context ``name``; "default" is DOCKER_HOST or the default.

    Raises ContextNotFound (a ConfigError) naming the missing meta.json, and ConfigError
    naming the file for broken metadata.
    """
    env = _environ(environ)
    if not name:
        raise ConfigError("from_context: the context name is empty")
    if name == DEFAULT_CONTEXT:
        return _default_context(env, None, None)
    return _named_context(name, None, env, None)


def _choose_context(context: str | None, env: Mapping[str, str]) -> tuple[str, str | None]:
    """The context to use and how it was chosen (None: "default" by absence of anything)."""
    if context is not None:
        if not context.strip():
            raise ConfigError("the context argument is empty")
        return context, "argument context"
    if env.get("DOCKER_HOST", "").strip():
        return DEFAULT_CONTEXT, None  # DOCKER_HOST wins over DOCKER_CONTEXT, as in the CLI
    named = env.get("DOCKER_CONTEXT")
    if named:
        return named, "DOCKER_CONTEXT"
    current = _current_context(env)
    if current is not None:
        return current[0], f"currentContext in {current[1]}"
    return DEFAULT_CONTEXT, None


def resolve(
    base_url: str | None = None,
    *,
    tls: TLSConfig | bool | None = None,
    context: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> EngineConfig:
    """Find the engine the way the docker CLI does (see the module docstring for the order).

    ``tls``: None derives TLS from the address's origin; False turns it off; True means TLS
    verified against the system's trust store; a TLSConfig is used as given. Raises
    ConfigError (ContextNotFound for a missing context) saying what was wrong and where.
    """
    env = _environ(environ)
    if tls is not None and not isinstance(tls, (bool, TLSConfig)):
        raise ConfigError(f"the tls argument must be a TLSConfig, True, False or None, not {tls!r}")
    if base_url is not None:
        if context is not None:
            raise ConfigError(
                "both base_url and context given; pass one (the docker CLI likewise refuses "
                "--host together with --context)"
            )
        address = _parse(base_url, "argument base_url")
        config, detail = _decide_tls(address, tls, "argument base_url", base_url, None)
        host = _render(address, config is not None)
        return EngineConfig(host, config, _with_detail("argument base_url", detail), None)
    name, how = _choose_context(context, env)
    if name == DEFAULT_CONTEXT:
        return _default_context(env, tls, how)
    return _named_context(name, how, env, tls)
