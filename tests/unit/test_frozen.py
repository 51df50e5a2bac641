"""The immutable value classes (engine_api/_frozen.py) behave as the frozen dataclasses they
replace: keyword and positional construction, equality and hashing by fields, a readable
repr, no assignment, and pickling."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from engine_api.config import EngineConfig, TLSConfig
from engine_api.errors import ErrorResponse
from engine_api.results import SystemPruneResult
from engine_api.versions import PingInfo


def test_value_classes_compare_hash_show_and_pickle_by_their_fields() -> None:
    tls = TLSConfig("ca.pem", verify=False)
    assert tls.ca_cert == Path("ca.pem") and tls.client_cert is None and tls.verify is False
    assert tls == TLSConfig(Path("ca.pem"), None, None, False) and tls != TLSConfig()
    assert hash(tls) == hash(TLSConfig(ca_cert="ca.pem", verify=False))
    assert repr(tls) == (
        "TLSConfig(ca_cert=PosixPath('ca.pem'), client_cert=None, client_key=None, verify=False)"
    )
    engine = EngineConfig("unix:///run/docker.sock", None, "a test", "default")
    ping = PingInfo("1.41", "linux", False, None, "inactive")
    values = (tls, engine, ping, ErrorResponse(404, b"{}", {"a": "b"}), SystemPruneResult())
    for value in values:
        for copied in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
            assert copied == value and type(copied) is type(value)
        with pytest.raises(AttributeError, match="immutable"):
            value.status_code = 1  # type: ignore[misc,union-attr]
        with pytest.raises(AttributeError, match="immutable"):
            del value.status_code  # type: ignore[misc,union-attr]
        with pytest.raises(AttributeError):
            value.__dict__  # noqa: B018 - slots only
    assert {engine, ping} == {copy.copy(engine), copy.copy(ping)}
    assert ErrorResponse(500).headers == {} and ErrorResponse(500).content == b""
    assert repr(SystemPruneResult()) == (
        "SystemPruneResult(containers=None, networks=None, volumes=None, images=None)"
    )


def test_their_checks_still_run() -> None:
    from engine_api.errors import ConfigError

    with pytest.raises(ConfigError, match="a client certificate needs both"):
        TLSConfig(client_cert="cert.pem")
    with pytest.raises(ConfigError, match="is not normalized"):
        EngineConfig("unix:///run/docker.sock/", None, "a test")
