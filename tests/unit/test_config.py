"""engine_api.config: where the engine is, without an engine or a network.

Every test passes its own ``environ`` and a config directory under tmp_path, so the real
~/.docker and the real environment are never read.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from engine_api.config import (
    DEFAULT_HOST,
    EngineConfig,
    TLSConfig,
    config_dir,
    context_id,
    from_context,
    list_contexts,
    normalize_host,
    resolve,
)
from engine_api.errors import ConfigError, ContextNotFound

# --------------------------------------------------------------------------------------------
# Helpers


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    """A minimal environment: a HOME of our own, so the config dir is <home>/.docker."""
    return {"HOME": str(home)}


@pytest.fixture
def cfg(home: Path) -> Path:
    path = home / ".docker"
    path.mkdir()
    return path


def write_pems(directory: Path, *names: str) -> None:
    """Placeholder PEM files (resolution only looks at which files exist)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        (directory / name).write_text(f"placeholder {name}\n")


def make_context(
    config: Path,
    name: str,
    host: str,
    *,
    skip_tls_verify: bool | None = None,
    tls_files: tuple[str, ...] = (),
) -> Path:
    """Write a context into the store the way the docker CLI lays it out; return meta.json."""
    digest = hashlib.sha256(name.encode()).hexdigest()
    endpoint: dict[str, object] = {"Host": host}
    if skip_tls_verify is not None:
        endpoint["SkipTLSVerify"] = skip_tls_verify
    meta = config / "contexts" / "meta" / digest / "meta.json"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"Name": name, "Metadata": {}, "Endpoints": {"docker": endpoint}}))
    if tls_files:
        write_pems(config / "contexts" / "tls" / digest / "docker", *tls_files)
    return meta


def set_current(config: Path, name: str) -> Path:
    path = config / "config.json"
    path.write_text(json.dumps({"auths": {}, "currentContext": name}))
    return path


# --------------------------------------------------------------------------------------------
# Addresses

NORMALIZED = [
    ("unix:///var/run/docker.sock", "unix:///var/run/docker.sock"),
    ("unix:///tmp/engine/docker.sock/", "unix:///tmp/engine/docker.sock"),
    ("UNIX:///run/user/1000/docker.sock", "unix:///run/user/1000/docker.sock"),
    ("unix://", DEFAULT_HOST),
    ("tcp://example.com", "tcp://example.com:2375"),
    ("tcp://example.com:1234", "tcp://example.com:1234"),
    ("tcp://example.com:1234/", "tcp://example.com:1234"),
    ("TCP://Example.COM:1", "tcp://Example.COM:1"),
    ("  tcp://10.0.0.1:2376\n", "tcp://10.0.0.1:2376"),
    ("example.com:2375", "tcp://example.com:2375"),
    ("example.com", "tcp://example.com:2375"),
    ("192.168.1.10:65535", "tcp://192.168.1.10:65535"),
    ("tcp://docker_engine:2375", "tcp://docker_engine:2375"),
    ("tcp://[::1]:2375", "tcp://[::1]:2375"),
    ("tcp://[::1]", "tcp://[::1]:2375"),
    ("tcp://[2001:db8::7]:12/", "tcp://[2001:db8::7]:12"),
    ("http://example.com", "tcp://example.com:2375"),
    ("http://example.com:80", "tcp://example.com:80"),
    ("https://example.com", "tcp://example.com:2376"),
    ("https://example.com:443", "tcp://example.com:443"),
    ("ssh://example.com", "ssh://example.com"),
    ("ssh://me@example.com", "ssh://me@example.com"),
    ("ssh://me@example.com:2222/", "ssh://me@example.com:2222"),
    ("ssh://me@[::1]:22", "ssh://me@[::1]:22"),
]


@pytest.mark.parametrize(("given", "expected"), NORMALIZED)
def test_normalize_host(given: str, expected: str) -> None:
    assert normalize_host(given) == expected


@pytest.mark.parametrize(("given", "expected"), NORMALIZED)
def test_docker_host_forms(given: str, expected: str, env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": given})
    assert engine.host == expected
    assert (engine.tls is not None) == given.startswith("https")
    assert engine.source.startswith("DOCKER_HOST")


def test_default_port_follows_tls() -> None:
    assert normalize_host("tcp://h", tls=True) == "tcp://h:2376"
    assert normalize_host("tcp://h", tls=False) == "tcp://h:2375"
    assert normalize_host("http://h", tls=True) == "tcp://h:2375"  # the scheme says no TLS
    assert normalize_host("tcp://h:9", tls=True) == "tcp://h:9"


REJECTED = [
    ("npipe:////./pipe/docker_engine", "Windows named pipe"),
    ("fd://", "unknown scheme 'fd'"),
    ("ftp://example.com", "unknown scheme 'ftp'"),
    ("tcp://", "no host name"),
    ("tcp://:2375", "no host name"),
    (":2375", "no host name"),
    ("tcp://h:0", "out of range"),
    ("tcp://h:65536", "out of range"),
    ("tcp://h:http", "not a number"),
    ("tcp://h:", "not a number"),
    ("tcp://h:-1", "not a number"),
    ("tcp://h:2375/v1.41", "path"),
    ("tcp://h:2375?tls=1", "query string"),
    ("tcp://h:2375/#x", "fragment"),
    ("tcp://::1:2375", "must be in brackets"),
    ("tcp://[::1:2375", "unclosed '['"),
    ("tcp://[not-v6]:2375", "not an IPv6 address"),
    ("tcp://[::1]x", "after the IPv6 address"),
    ("tcp://me@h:2375", "user name is not allowed"),
    ("tcp://exa mple:2375", "not a valid host name"),
    ("tcp://-h:2375", "not a valid host name"),
    ("unix://var/run/docker.sock", "must be absolute"),
    ("unix:///", "not a socket path"),
    ("unix:///run/docker.sock?x", "no query string"),
    ("/var/run/docker.sock", "unix:///var/run/docker.sock"),
    ("tcp:/example.com:2375", "malformed scheme"),
    ("ssh://me:secret@h", "passwords"),
    ("ssh://h/run/docker.sock", "path"),
    ("ssh://@h", "not a valid ssh user name"),
    ("ssh://", "no host name"),
    ("", "is empty"),
    ("   ", "is empty"),
]


@pytest.mark.parametrize(("given", "fragment"), REJECTED)
def test_normalize_host_rejects(given: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as caught:
        normalize_host(given)
    assert fragment in str(caught.value)
    assert repr(given) in str(caught.value)  # the error quotes what it was given


def test_bad_docker_host_error_names_the_variable(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match=r"^DOCKER_HOST 'tcp://h:99999': .*out of range"):
        resolve(environ={**env, "DOCKER_HOST": "tcp://h:99999"})


def test_bad_base_url_error_names_the_argument(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match=r"^argument base_url 'npipe://"):
        resolve("npipe:////./pipe/docker_engine", environ=env)


# --------------------------------------------------------------------------------------------
# EngineConfig


def test_engine_config_helpers() -> None:
    unix = EngineConfig("unix:///run/docker.sock", None, "test")
    assert unix.scheme == "unix"
    assert unix.unix_path == "/run/docker.sock"
    tcp = EngineConfig("tcp://[::1]:2376", TLSConfig(), "test")
    assert tcp.scheme == "tcp"
    assert tcp.tcp_address == ("::1", 2376)
    ssh = EngineConfig("ssh://me@example.com:2222", None, "test")
    assert ssh.scheme == "ssh"
    assert ssh.ssh_target == ("me", "example.com", 2222)
    assert EngineConfig("ssh://example.com", None, "test").ssh_target == (
        None,
        "example.com",
        None,
    )


def test_engine_config_helper_for_the_wrong_scheme_says_so() -> None:
    tcp = EngineConfig("tcp://example.com:2375", None, "DOCKER_HOST")
    with pytest.raises(ConfigError, match=r"'tcp://example.com:2375' \(DOCKER_HOST\).*unix"):
        _ = tcp.unix_path
    with pytest.raises(ConfigError, match="ssh"):
        _ = tcp.ssh_target
    with pytest.raises(ConfigError, match="tcp"):
        _ = EngineConfig(DEFAULT_HOST, None, "x").tcp_address


def test_engine_config_requires_a_normalized_host_and_tls_only_for_tcp() -> None:
    with pytest.raises(ConfigError, match="not normalized: use 'tcp://h:2375'"):
        EngineConfig("h:2375", None, "test")
    with pytest.raises(ConfigError, match="TLS applies to tcp only"):
        EngineConfig(DEFAULT_HOST, TLSConfig(), "test")


def test_tls_config_needs_cert_and_key_together(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"client_cert=.*without client_key"):
        TLSConfig(client_cert=tmp_path / "cert.pem")
    with pytest.raises(ConfigError, match=r"client_key=.*without client_cert"):
        TLSConfig(client_key=tmp_path / "key.pem")


# --------------------------------------------------------------------------------------------
# Config directory and the default


def test_config_dir(tmp_path: Path, home: Path) -> None:
    assert config_dir({"HOME": str(home)}) == home / ".docker"
    assert config_dir({"HOME": str(home), "DOCKER_CONFIG": str(tmp_path / "c")}) == tmp_path / "c"
    assert config_dir({"HOME": str(home), "DOCKER_CONFIG": ""}) == home / ".docker"


def test_nothing_set_is_the_default_socket(env: dict[str, str]) -> None:
    engine = resolve(environ=env)
    assert engine == EngineConfig(DEFAULT_HOST, None, "default socket", "default")
    assert engine.unix_path == "/var/run/docker.sock"


def test_blank_docker_host_is_unset(env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": "  "})
    assert engine.host == DEFAULT_HOST
    assert engine.source == "default socket"


# --------------------------------------------------------------------------------------------
# TLS from the environment


def test_tls_verify_with_cert_path(env: dict[str, str], tmp_path: Path) -> None:
    certs = tmp_path / "certs"
    write_pems(certs, "ca.pem", "cert.pem", "key.pem")
    engine = resolve(
        environ={
            **env,
            "DOCKER_HOST": "tcp://engine.example",
            "DOCKER_TLS_VERIFY": "1",
            "DOCKER_CERT_PATH": str(certs),
        }
    )
    assert engine.host == "tcp://engine.example:2376"  # TLS picks the TLS port
    assert engine.tls == TLSConfig(
        ca_cert=certs / "ca.pem",
        client_cert=certs / "cert.pem",
        client_key=certs / "key.pem",
        verify=True,
    )
    assert "DOCKER_TLS_VERIFY" in engine.source
    assert str(certs) in engine.source
    assert "DOCKER_CERT_PATH" in engine.source


@pytest.mark.parametrize("value", ["1", "0", "false", "yes"])
def test_any_non_empty_tls_verify_means_verify(value: str, env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS_VERIFY": value})
    assert engine.tls is not None
    assert engine.tls.verify is True


def test_empty_tls_verify_means_no_tls(env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS_VERIFY": ""})
    assert engine.tls is None
    assert engine.host == "tcp://h:2375"


def test_cert_path_alone_does_not_turn_tls_on(env: dict[str, str], tmp_path: Path) -> None:
    """The CLI's rule (docker-py would use unverified TLS here)."""
    write_pems(tmp_path / "certs", "ca.pem", "cert.pem", "key.pem")
    environ = {**env, "DOCKER_HOST": "tcp://h", "DOCKER_CERT_PATH": str(tmp_path / "certs")}
    engine = resolve(environ=environ)
    assert engine.tls is None
    assert engine.host == "tcp://h:2375"


def test_docker_tls_means_tls_without_verification(env: dict[str, str], cfg: Path) -> None:
    write_pems(cfg, "cert.pem", "key.pem")
    engine = resolve(environ={**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS": "1"})
    assert engine.tls == TLSConfig(
        client_cert=cfg / "cert.pem", client_key=cfg / "key.pem", verify=False
    )
    assert "not verified (DOCKER_TLS)" in engine.source


def test_tls_verify_wins_over_docker_tls(env: dict[str, str]) -> None:
    environ = {**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS": "1", "DOCKER_TLS_VERIFY": "1"}
    engine = resolve(environ=environ)
    assert engine.tls is not None and engine.tls.verify


def test_cert_path_defaults_to_the_config_dir(env: dict[str, str], cfg: Path) -> None:
    write_pems(cfg, "ca.pem")
    engine = resolve(environ={**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS_VERIFY": "1"})
    assert engine.tls == TLSConfig(ca_cert=cfg / "ca.pem")
    assert f"ca.pem in {cfg} (DOCKER_CERT_PATH unset)" in engine.source


def test_cert_path_follows_docker_config(env: dict[str, str], tmp_path: Path) -> None:
    other = tmp_path / "other-config"
    write_pems(other, "ca.pem")
    environ = {
        **env,
        "DOCKER_CONFIG": str(other),
        "DOCKER_HOST": "tcp://h",
        "DOCKER_TLS_VERIFY": "1",
    }
    assert resolve(environ=environ).tls == TLSConfig(ca_cert=other / "ca.pem")


def test_tls_without_any_files_uses_the_system_trust_store(env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": "tcp://h:1", "DOCKER_TLS_VERIFY": "1"})
    assert engine.tls == TLSConfig()
    assert "no certificate files" in engine.source


def test_cert_path_that_is_not_a_directory(env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    environ = {
        **env,
        "DOCKER_HOST": "tcp://h",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(missing),
    }
    with pytest.raises(
        ConfigError, match=re.escape(f"DOCKER_CERT_PATH '{missing}' is not a directory")
    ):
        resolve(environ=environ)


def test_cert_without_key_names_the_missing_file(env: dict[str, str], tmp_path: Path) -> None:
    certs = tmp_path / "certs"
    write_pems(certs, "ca.pem", "cert.pem")
    environ = {
        **env,
        "DOCKER_HOST": "tcp://h",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(certs),
    }
    with pytest.raises(ConfigError) as caught:
        resolve(environ=environ)
    assert str(certs / "key.pem") in str(caught.value)
    assert "missing" in str(caught.value)


def test_tls_variables_are_ignored_for_a_unix_docker_host(env: dict[str, str]) -> None:
    environ = {**env, "DOCKER_HOST": "unix:///run/d.sock", "DOCKER_TLS_VERIFY": "1"}
    engine = resolve(environ=environ)
    assert engine.host == "unix:///run/d.sock"
    assert engine.tls is None


def test_tls_without_docker_host_is_localhost_2376(env: dict[str, str]) -> None:
    """As in the CLI: TLS asked for, no DOCKER_HOST -> tcp://localhost:2376."""
    engine = resolve(environ={**env, "DOCKER_TLS_VERIFY": "1"})
    assert engine.host == "tcp://localhost:2376"
    assert engine.tls == TLSConfig()
    assert engine.source.startswith("default TLS address (DOCKER_TLS_VERIFY without DOCKER_HOST)")


def test_http_docker_host_with_tls_verify_is_a_contradiction(env: dict[str, str]) -> None:
    environ = {**env, "DOCKER_HOST": "http://h:2375", "DOCKER_TLS_VERIFY": "1"}
    with pytest.raises(ConfigError, match=r"DOCKER_HOST 'http://h:2375'.*DOCKER_TLS_VERIFY"):
        resolve(environ=environ)


def test_https_docker_host_means_verified_tls(env: dict[str, str]) -> None:
    engine = resolve(environ={**env, "DOCKER_HOST": "https://h"})
    assert engine.host == "tcp://h:2376"
    assert engine.tls == TLSConfig()
    assert "https:// in DOCKER_HOST" in engine.source


# --------------------------------------------------------------------------------------------
# Explicit arguments


def test_base_url_wins_over_everything(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "remote", "tcp://remote:2375")
    set_current(cfg, "remote")
    environ = {
        **env,
        "DOCKER_HOST": "tcp://from-env:2375",
        "DOCKER_CONTEXT": "remote",
        "DOCKER_TLS_VERIFY": "1",
    }
    engine = resolve("unix:///tmp/mine.sock", environ=environ)
    assert engine == EngineConfig("unix:///tmp/mine.sock", None, "argument base_url", None)


def test_base_url_takes_tls_only_from_arguments_and_scheme(env: dict[str, str]) -> None:
    environ = {**env, "DOCKER_TLS_VERIFY": "1"}
    assert resolve("tcp://h", environ=environ).tls is None
    given = TLSConfig(verify=False)
    engine = resolve("tcp://h", tls=given, environ=environ)
    assert engine.tls is given
    assert engine.host == "tcp://h:2376"
    assert resolve("tcp://h", tls=True, environ=env).tls == TLSConfig()
    assert resolve("https://h", environ=env).tls == TLSConfig()
    assert resolve("https://h", tls=given, environ=env).tls is given
    assert resolve("http://h", tls=False, environ=env).tls is None


@pytest.mark.parametrize(
    ("base_url", "tls", "fragment"),
    [
        ("unix:///run/d.sock", True, "unix address, but the tls argument asks for TLS"),
        ("ssh://h", TLSConfig(), "ssh address"),
        ("http://h", True, "http:// (no TLS), but the tls argument asks for TLS"),
        ("https://h", False, "https://, but the tls argument is False"),
    ],
)
def test_contradicting_tls_argument(
    base_url: str, tls: TLSConfig | bool, fragment: str, env: dict[str, str]
) -> None:
    with pytest.raises(ConfigError, match="argument base_url") as caught:
        resolve(base_url, tls=tls, environ=env)
    assert fragment in str(caught.value)


def test_base_url_and_context_together_are_refused(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="both base_url and context"):
        resolve("tcp://h:1", context="remote", environ=env)


def test_tls_argument_applies_to_docker_host(env: dict[str, str]) -> None:
    environ = {**env, "DOCKER_HOST": "tcp://h", "DOCKER_TLS_VERIFY": "1"}
    engine = resolve(tls=False, environ=environ)
    assert engine.tls is None
    assert engine.host == "tcp://h:2375"
    given = TLSConfig(verify=False)
    engine = resolve(tls=given, environ={**env, "DOCKER_HOST": "tcp://h"})
    assert engine.tls is given
    assert "tls argument" in engine.source


def test_tls_argument_of_the_wrong_type(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="tls argument must be"):
        resolve("tcp://h", tls="yes", environ=env)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Contexts


def test_context_directory_is_the_sha256_of_the_name(env: dict[str, str], cfg: Path) -> None:
    name = "my remote"
    assert context_id(name) == hashlib.sha256(b"my remote").hexdigest()
    meta = cfg / "contexts" / "meta" / context_id(name) / "meta.json"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"Name": name, "Endpoints": {"docker": {"Host": "tcp://r:1"}}}))
    assert from_context(name, environ=env).host == "tcp://r:1"
    # The name itself is not a directory name: a directory called "my remote" is not found.
    misplaced = cfg / "contexts" / "meta" / "other" / "meta.json"
    misplaced.parent.mkdir(parents=True)
    misplaced.write_text(
        json.dumps({"Name": "other", "Endpoints": {"docker": {"Host": "tcp://o:1"}}})
    )
    with pytest.raises(ContextNotFound):
        from_context("other", environ=env)


def test_current_context_from_config_json(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "remote", "ssh://me@remote.example")
    config_json = set_current(cfg, "remote")
    engine = resolve(environ=env)
    assert engine.host == "ssh://me@remote.example"
    assert engine.tls is None
    assert engine.context == "remote"
    assert engine.source == f"context 'remote' (currentContext in {config_json})"


def test_docker_context_overrides_current_context(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "remote", "tcp://remote:2375")
    make_context(cfg, "other", "unix:///run/other.sock")
    set_current(cfg, "remote")
    engine = resolve(environ={**env, "DOCKER_CONTEXT": "other"})
    assert engine.host == "unix:///run/other.sock"
    assert engine.context == "other"
    assert engine.source == "context 'other' (DOCKER_CONTEXT)"


def test_docker_host_overrides_docker_context_and_current_context(
    env: dict[str, str], cfg: Path
) -> None:
    make_context(cfg, "remote", "tcp://remote:2375")
    set_current(cfg, "remote")
    environ = {**env, "DOCKER_CONTEXT": "does-not-exist", "DOCKER_HOST": "tcp://env:2375"}
    engine = resolve(environ=environ)
    assert engine.host == "tcp://env:2375"
    assert engine.context == "default"
    assert engine.source == "DOCKER_HOST"


def test_context_argument_overrides_docker_host(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "remote", "tcp://remote:2375")
    engine = resolve(context="remote", environ={**env, "DOCKER_HOST": "tcp://env:2375"})
    assert engine.host == "tcp://remote:2375"
    assert engine.source == "context 'remote' (argument context)"


def test_context_default_is_docker_host_or_the_socket(env: dict[str, str], cfg: Path) -> None:
    set_current(cfg, "default")
    assert resolve(environ=env).host == DEFAULT_HOST
    engine = resolve(context="default", environ={**env, "DOCKER_HOST": "tcp://env:1"})
    assert engine.host == "tcp://env:1"
    assert engine.source == "DOCKER_HOST (context 'default', argument context)"
    engine = resolve(environ={**env, "DOCKER_CONTEXT": "default"})
    assert engine.source == "default socket (context 'default', DOCKER_CONTEXT)"
    assert from_context("default", environ={**env, "DOCKER_HOST": "tcp://env:1"}).host == (
        "tcp://env:1"
    )


def test_context_with_tls_material(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "secure", "tcp://secure.example", tls_files=("ca.pem", "cert.pem", "key.pem"))
    tls_dir = cfg / "contexts" / "tls" / context_id("secure") / "docker"
    engine = from_context("secure", environ=env)
    assert engine.host == "tcp://secure.example:2376"
    assert engine.tls == TLSConfig(
        ca_cert=tls_dir / "ca.pem",
        client_cert=tls_dir / "cert.pem",
        client_key=tls_dir / "key.pem",
        verify=True,
    )
    assert engine.source.startswith("context 'secure'; TLS verified, ca.pem, cert.pem, key.pem")


def test_context_tls_ignores_the_tls_environment(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "plain", "tcp://plain.example:2375")
    environ = {**env, "DOCKER_CONTEXT": "plain", "DOCKER_TLS_VERIFY": "1"}
    assert resolve(environ=environ).tls is None


def test_context_skip_tls_verify(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "insecure", "tcp://i.example:2376", skip_tls_verify=True)
    engine = from_context("insecure", environ=env)
    assert engine.tls == TLSConfig(verify=False)
    assert "SkipTLSVerify" in engine.source


def test_context_ca_only_verifies_with_it(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "ca", "tcp://c.example", skip_tls_verify=False, tls_files=("ca.pem",))
    tls = from_context("ca", environ=env).tls
    assert tls is not None
    assert tls.verify and tls.ca_cert is not None and tls.client_cert is None


def test_context_with_a_cert_and_no_key(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "half", "tcp://h.example", tls_files=("cert.pem",))
    with pytest.raises(ConfigError, match=r"TLS material of context 'half'.*key.pem is missing"):
        from_context("half", environ=env)


def test_tls_argument_replaces_the_context_tls(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "secure", "tcp://s.example:2376", tls_files=("ca.pem",))
    assert resolve(context="secure", tls=False, environ=env).tls is None


def test_unix_context_has_no_tls(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "local", "unix:///run/l.sock", skip_tls_verify=True, tls_files=("ca.pem",))
    engine = from_context("local", environ=env)
    assert engine.tls is None
    assert engine.unix_path == "/run/l.sock"


def test_missing_context_names_the_file_and_the_origin(env: dict[str, str], cfg: Path) -> None:
    make_context(cfg, "exists", "tcp://e:1")
    with pytest.raises(ContextNotFound) as caught:
        resolve(environ={**env, "DOCKER_CONTEXT": "ghost"})
    message = str(caught.value)
    assert "context 'ghost' (DOCKER_CONTEXT) does not exist" in message
    assert str(cfg / "contexts" / "meta" / context_id("ghost") / "meta.json") in message
    assert "known contexts: default, exists" in message
    assert isinstance(caught.value, ConfigError)


def test_missing_current_context_names_config_json(env: dict[str, str], cfg: Path) -> None:
    config_json = set_current(cfg, "gone")
    with pytest.raises(ContextNotFound, match=re.escape(f"currentContext in {config_json}")):
        resolve(environ=env)


def test_broken_meta_json(env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "broken", "tcp://b:1")
    meta.write_text("{not json")
    with pytest.raises(ConfigError) as caught:
        from_context("broken", environ=env)
    assert str(meta) in str(caught.value)
    assert "not valid JSON" in str(caught.value)
    assert "context 'broken'" in str(caught.value)


@pytest.mark.parametrize(
    "document",
    [
        {"Name": "x"},
        {"Name": "x", "Endpoints": {}},
        {"Name": "x", "Endpoints": {"docker": {}}},
        {"Name": "x", "Endpoints": {"docker": {"Host": ""}}},
        {"Name": "x", "Endpoints": {"docker": {"Host": 5}}},
        {"Name": "x", "Endpoints": {"kubernetes": {"Host": "https://k"}}},
        ["not", "an", "object"],
    ],
)
def test_meta_json_without_a_docker_host(document: object, env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "x", "tcp://x:1")
    meta.write_text(json.dumps(document))
    with pytest.raises(ConfigError) as caught:
        from_context("x", environ=env)
    assert str(meta) in str(caught.value)
    assert "context 'x'" in str(caught.value)


def test_meta_json_with_a_bad_host(env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "bad", "npipe:////./pipe/docker_engine")
    with pytest.raises(ConfigError) as caught:
        resolve(context="bad", environ=env)
    message = str(caught.value)
    assert f"context 'bad' (argument context): Endpoints.docker.Host in {meta}" in message
    assert "Windows named pipe" in message


def test_meta_json_with_a_non_boolean_skip_tls_verify(env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "odd", "tcp://o:1")
    meta.write_text(
        json.dumps(
            {"Name": "odd", "Endpoints": {"docker": {"Host": "tcp://o:1", "SkipTLSVerify": "no"}}}
        )
    )
    with pytest.raises(ConfigError, match=re.escape(f"SkipTLSVerify in {meta} is not a boolean")):
        from_context("odd", environ=env)


def test_meta_json_of_another_name(env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "one", "tcp://o:1")
    meta.write_text(json.dumps({"Name": "two", "Endpoints": {"docker": {"Host": "tcp://o:1"}}}))
    with pytest.raises(ConfigError, match=re.escape(f"{meta} belongs to a context named 'two'")):
        from_context("one", environ=env)


def test_broken_config_json(env: dict[str, str], cfg: Path) -> None:
    (cfg / "config.json").write_text('{"currentContext": ')
    with pytest.raises(ConfigError) as caught:
        resolve(environ=env)
    assert str(cfg / "config.json") in str(caught.value)
    assert "not valid JSON" in str(caught.value)


def test_config_json_is_read_only_when_needed(env: dict[str, str], cfg: Path) -> None:
    (cfg / "config.json").write_text("garbage")
    assert resolve(environ={**env, "DOCKER_HOST": "tcp://h:1"}).host == "tcp://h:1"


@pytest.mark.parametrize("text", ["", "  \n", "{}", '{"auths": {}}', '{"currentContext": ""}'])
def test_config_json_without_a_current_context(text: str, env: dict[str, str], cfg: Path) -> None:
    (cfg / "config.json").write_text(text)
    assert resolve(environ=env).host == DEFAULT_HOST


def test_config_json_with_a_non_string_current_context(env: dict[str, str], cfg: Path) -> None:
    (cfg / "config.json").write_text('{"currentContext": 3}')
    with pytest.raises(ConfigError, match="currentContext must be a string"):
        resolve(environ=env)


def test_list_contexts(env: dict[str, str], cfg: Path) -> None:
    assert list_contexts(env) == ["default"]
    make_context(cfg, "zeta", "tcp://z:1")
    make_context(cfg, "alpha", "tcp://a:1")
    (cfg / "contexts" / "meta" / "stray-file").write_text("")
    assert list_contexts(env) == ["default", "alpha", "zeta"]


def test_list_contexts_reports_a_broken_meta_json(env: dict[str, str], cfg: Path) -> None:
    meta = make_context(cfg, "broken", "tcp://b:1")
    meta.write_text("[")
    with pytest.raises(ConfigError, match=re.escape(str(meta))):
        list_contexts(env)


# --------------------------------------------------------------------------------------------
# ssl_context() with real certificates made by the openssl command line tool


class Certs:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.ca = directory / "ca.pem"
        self.server_cert = directory / "server-cert.pem"
        self.server_key = directory / "server-key.pem"
        self.client_cert = directory / "cert.pem"
        self.client_key = directory / "key.pem"
        self.other_ca = directory / "other-ca.pem"
        self.encrypted_key = directory / "encrypted-key.pem"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _make_ca(cwd: Path, stem: str) -> None:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", f"{stem}-key.pem", "-out", f"{stem}.pem", "-days", "2", "-subj", f"/CN={stem}",
        cwd=cwd,
    )  # fmt: skip


def _make_leaf(cwd: Path, stem: str, ca: str, extensions: str) -> None:
    (cwd / f"{stem}.ext").write_text(extensions)
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", f"{stem}-key.pem", "-out", f"{stem}.csr", "-subj", f"/CN={stem}",
        cwd=cwd,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", f"{stem}.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}-key.pem",
        "-CAcreateserial", "-out", f"{stem}-cert.pem", "-days", "2", "-extfile", f"{stem}.ext",
        cwd=cwd,
    )  # fmt: skip


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command line tool is missing (Debian package openssl)")
    directory = tmp_path_factory.mktemp("certs")
    _make_ca(directory, "ca")
    _make_ca(directory, "other-ca")
    _make_leaf(
        directory,
        "server",
        "ca",
        "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n"
        "authorityKeyIdentifier=keyid,issuer\n",
    )
    _make_leaf(
        directory,
        "client",
        "ca",
        "extendedKeyUsage=clientAuth\nauthorityKeyIdentifier=keyid,issuer\n",
    )
    (directory / "client-cert.pem").rename(directory / "cert.pem")
    (directory / "client-key.pem").rename(directory / "key.pem")
    _openssl(
        "pkey", "-in", "key.pem", "-aes256", "-passout", "pass:secret", "-out", "encrypted-key.pem",
        cwd=directory,
    )  # fmt: skip
    return Certs(directory)


def handshake(client: ssl.SSLContext, server: ssl.SSLContext, server_hostname: str) -> bytes:
    """A TLS handshake over a socketpair (no network); the byte the server answered with."""
    client_sock, server_sock = socket.socketpair()
    client_sock.settimeout(10)
    server_sock.settimeout(10)
    failures: list[BaseException] = []

    def serve() -> None:
        try:
            with server.wrap_socket(server_sock, server_side=True) as tls:
                tls.sendall(tls.recv(1).upper())
        except (OSError, ssl.SSLError) as exc:
            failures.append(exc)
        finally:
            server_sock.close()

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        with client.wrap_socket(client_sock, server_hostname=server_hostname) as tls:
            tls.sendall(b"x")
            return tls.recv(1)
    finally:
        client_sock.close()
        thread.join(10)


def server_context(certs: Certs, *, require_client_cert: bool = False) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs.server_cert, certs.server_key)
    if require_client_cert:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(certs.ca)
    return context


def test_ssl_context_verifying(certs: Certs) -> None:
    context = TLSConfig(ca_cert=certs.ca).ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert handshake(context, server_context(certs), "localhost") == b"X"


def test_ssl_context_checks_the_host_name(certs: Certs) -> None:
    context = TLSConfig(ca_cert=certs.ca).ssl_context()
    with pytest.raises(ssl.SSLCertVerificationError, match=r"[Hh]ostname mismatch"):
        handshake(context, server_context(certs), "engine.example")


def test_ssl_context_checks_the_ca(certs: Certs) -> None:
    context = TLSConfig(ca_cert=certs.other_ca).ssl_context()
    with pytest.raises(ssl.SSLCertVerificationError):
        handshake(context, server_context(certs), "localhost")


def test_ssl_context_without_verification(certs: Certs) -> None:
    context = TLSConfig(ca_cert=certs.other_ca, verify=False).ssl_context()
    assert context.verify_mode == ssl.CERT_NONE
    assert context.check_hostname is False
    assert handshake(context, server_context(certs), "engine.example") == b"X"


def test_ssl_context_without_a_ca_uses_the_system_store(certs: Certs) -> None:
    context = TLSConfig().ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with pytest.raises(ssl.SSLCertVerificationError):  # our private CA is not in it
        handshake(context, server_context(certs), "localhost")


def test_ssl_context_presents_the_client_certificate(certs: Certs) -> None:
    config = TLSConfig(ca_cert=certs.ca, client_cert=certs.client_cert, client_key=certs.client_key)
    server = server_context(certs, require_client_cert=True)
    assert handshake(config.ssl_context(), server, "localhost") == b"X"
    # Without the client certificate the same server refuses us.
    with pytest.raises((ssl.SSLError, OSError)):
        handshake(TLSConfig(ca_cert=certs.ca).ssl_context(), server, "localhost")


def test_ssl_context_from_a_resolved_context(env: dict[str, str], cfg: Path, certs: Certs) -> None:
    make_context(cfg, "secure", "tcp://localhost")
    tls_dir = cfg / "contexts" / "tls" / context_id("secure") / "docker"
    tls_dir.mkdir(parents=True)
    for path in (certs.ca, certs.client_cert, certs.client_key):
        shutil.copy(path, tls_dir / path.name)
    engine = from_context("secure", environ=env)
    assert engine.tls is not None
    server = server_context(certs, require_client_cert=True)
    assert handshake(engine.tls.ssl_context(), server, engine.tcp_address[0]) == b"X"


BrokenSetup = Callable[[Certs, Path], tuple[TLSConfig, Path, str]]


def _missing_key(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    key = tmp / "missing-key.pem"
    return TLSConfig(client_cert=certs.client_cert, client_key=key), key, "cannot be read"


def _missing_ca(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    ca = tmp / "missing-ca.pem"
    return TLSConfig(ca_cert=ca), ca, "CA certificate"


def _garbage_ca(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    ca = tmp / "garbage.pem"
    ca.write_text("not a certificate\n")
    return TLSConfig(ca_cert=ca), ca, "not a usable PEM certificate"


def _key_of_another_cert(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    key = certs.dir / "server-key.pem"
    return TLSConfig(client_cert=certs.client_cert, client_key=key), key, "does not match"


def _encrypted_key(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    key = certs.encrypted_key
    return TLSConfig(client_cert=certs.client_cert, client_key=key), key, "is encrypted"


def _directory_as_cert(certs: Certs, tmp: Path) -> tuple[TLSConfig, Path, str]:
    return TLSConfig(client_cert=tmp, client_key=certs.client_key), tmp, "client certificate"


@pytest.mark.parametrize(
    "setup",
    [
        _missing_key,
        _missing_ca,
        _garbage_ca,
        _key_of_another_cert,
        _encrypted_key,
        _directory_as_cert,
    ],
)
def test_ssl_context_errors_name_the_file(setup: BrokenSetup, certs: Certs, tmp_path: Path) -> None:
    config, culprit, fragment = setup(certs, tmp_path)
    with pytest.raises(ConfigError) as caught:
        config.ssl_context()
    assert str(culprit) in str(caught.value)
    assert fragment in str(caught.value)


def test_tls_config_accepts_strings(certs: Certs) -> None:
    config = TLSConfig(ca_cert=str(certs.ca))  # type: ignore[arg-type]
    assert config.ca_cert == certs.ca
    assert config.ssl_context().verify_mode == ssl.CERT_REQUIRED
