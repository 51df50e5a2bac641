"""Push and pull through local registries, with credentials from engine_api.auth.

Against the real engine (``docker_host``) and Debian's docker-registry on 127.0.0.1
(tests/registry.py): the test image is tagged into the registry, pushed, untagged, pulled back
and compared by id; the registry with htpasswd authentication is reached with credentials that
engine_api.auth finds in the test's config.json or gets from a credential helper. The engine's
answers to wrong credentials are pinned here (API 1.41, Docker Engine 20.10):

- ``POST /auth``: HTTP 500, ``{"message": "login attempt to http://HOST/v2/ failed with
  status: 401 Unauthorized"}``;
- ImagePush: HTTP 200, and the progress stream ends with ``{"errorDetail": {"message":
  "unauthorized: authentication required"}, "error": "unauthorized: authentication
  required"}`` (without credentials: ``"no basic auth credentials"``);
- ImageCreate (pull): HTTP 500, ``{"message": "unauthorized: authentication required"}``
  (without credentials: ``Head "http://HOST/v2/REPO/manifests/TAG": no basic auth
  credentials``), before any progress is streamed.

The credential-helper tests need no engine: a ``docker-credential-enginetest`` program (a
Python script) is written into a temporary directory put first on PATH for that test only.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from engine_api_binding.models.auth_config import AuthConfig
from engine_api_binding.types import File

from engine_api import DockerClient, errors
from engine_api.auth import DOCKER_HUB_KEY, AuthStore, Credentials, parse_image_reference
from engine_api.errors import CredentialsError
from tests.conftest import Cleanup
from tests.registry import AuthRegistry

SECRET = "helper-secret-never-shown"


@pytest.fixture(scope="module")
def client(docker_host: str) -> Iterator[DockerClient]:
    with DockerClient(base_url=docker_host) as client:
        yield client


def progress(answer: File) -> list[dict[str, Any]]:
    """The JSON-lines progress stream of a push or pull, one dict per line."""
    lines = answer.payload.read().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def stream_errors(messages: list[dict[str, Any]]) -> list[str]:
    return [m["error"] for m in messages if "error" in m]


def tag_into(client: DockerClient, cleanup: Cleanup, image: str, address: str) -> str:
    """Tag ``image`` as ADDRESS/engine-api-test/busybox:<unique tag>; return that reference."""
    tag = f"t-{uuid.uuid4().hex[:12]}"
    reference = f"{address}/engine-api-test/busybox:{tag}"
    parsed = parse_image_reference(reference)
    cleanup.image(reference)
    client.ops.image_tag(image, repo=parsed.name, tag=tag)
    return reference


def push(client: DockerClient, reference: str, auth: dict[str, str]) -> list[dict[str, Any]]:
    parsed = parse_image_reference(reference)
    assert parsed.tag is not None
    return progress(client.ops.image_push(parsed.name, tag=parsed.tag, x_registry_auth=auth))


def pull(client: DockerClient, reference: str, auth: dict[str, str]) -> list[dict[str, Any]]:
    parsed = parse_image_reference(reference)
    answer = client.ops.image_create(
        from_image=parsed.name, tag=parsed.pull_tag, x_registry_auth=auth
    )
    return progress(answer)


def round_trip(client: DockerClient, test_image: str, reference: str, auth: dict[str, str]) -> None:
    """Push ``reference`` (a tag of the test image), untag it, pull it back, compare ids."""
    image_id = client.ops.image_inspect(test_image).id
    pushed = push(client, reference, auth)
    assert stream_errors(pushed) == []
    parsed = parse_image_reference(reference)
    digests = [m["aux"]["Digest"] for m in pushed if "aux" in m]
    assert len(digests) == 1
    assert digests[0].startswith("sha256:")
    assert any(f"{parsed.tag}: digest: {digests[0]}" in m.get("status", "") for m in pushed)

    client.ops.image_delete(reference)
    with pytest.raises(errors.ImageNotFound):
        client.ops.image_inspect(reference)

    pulled = pull(client, reference, auth)
    assert stream_errors(pulled) == []
    assert f"Digest: {digests[0]}" in [m.get("status") for m in pulled]
    assert client.ops.image_inspect(reference).id == image_id
    by_digest = f"{parsed.name}@{digests[0]}"
    pulled = pull(client, by_digest, auth)  # by digest too
    assert stream_errors(pulled) == []
    assert client.ops.image_inspect(by_digest).id == image_id


@pytest.fixture
def config_json(docker_config: Path) -> Iterator[Path]:
    """``$DOCKER_CONFIG/config.json`` for one test (the session's directory), removed after."""
    path = docker_config / "config.json"
    assert not path.exists()
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def basic(username: str, password: str) -> str:
    return base64.b64encode(f"{username}:{password}".encode()).decode()


# --------------------------------------------------------------------------------------------
# Against the engine and the registries


def test_push_pull_plain_registry(
    client: DockerClient, test_image: str, registry: str, cleanup: Cleanup
) -> None:
    reference = tag_into(client, cleanup, test_image, registry)
    assert AuthStore().for_image(reference) is None  # the session's config is empty
    round_trip(client, test_image, reference, {})  # "{}": the engine needs a decodable header


def test_push_needs_x_registry_auth(
    client: DockerClient,
    engine_http: httpx.Client,
    test_image: str,
    registry: str,
    cleanup: Cleanup,
) -> None:
    """Engine 20.10 refuses a push without X-Registry-Auth, or with an empty one."""
    if not str(client.ops.system_version().version).startswith("20.10."):
        pytest.skip("pinned for Docker Engine 20.10 (newer engines may accept no header)")
    parsed = parse_image_reference(tag_into(client, cleanup, test_image, registry))
    path = f"/v1.41/images/{parsed.name}/push"
    for headers in ({}, {"X-Registry-Auth": ""}):
        response = engine_http.post(path, params={"tag": parsed.tag}, headers=headers)
        assert response.status_code == 400
        assert response.json() == {"message": "Bad parameters and missing X-Registry-Auth: EOF"}


@pytest.mark.parametrize("key_form", ["{}", "http://{}", "https://{}/v2/"])
def test_push_pull_with_credentials_from_config_json(
    client: DockerClient,
    test_image: str,
    auth_registry: AuthRegistry,
    config_json: Path,
    cleanup: Cleanup,
    key_form: str,
) -> None:
    key = key_form.format(auth_registry.address)
    auths = {key: {"auth": basic(auth_registry.username, auth_registry.password)}}
    config_json.write_text(json.dumps({"auths": auths}))
    reference = tag_into(client, cleanup, test_image, auth_registry.address)
    credentials = AuthStore().for_image(reference)
    assert credentials == Credentials(
        username=auth_registry.username, password=auth_registry.password, serveraddress=key
    )
    assert auth_registry.password not in repr(credentials)
    login = client.ops.system_auth(body=AuthConfig.from_dict(credentials.to_header_dict()))
    assert login is not None
    assert login.status == "Login Succeeded"
    round_trip(client, test_image, reference, credentials.to_header_dict())


def test_wrong_password(
    client: DockerClient,
    test_image: str,
    auth_registry: AuthRegistry,
    cleanup: Cleanup,
) -> None:
    address = auth_registry.address
    wrong = Credentials(username=auth_registry.username, password="wrong", serveraddress=address)
    right = Credentials(auth_registry.username, auth_registry.password, serveraddress=address)
    reference = tag_into(client, cleanup, test_image, address)

    # /auth: HTTP 500 carrying the registry's 401
    with pytest.raises(errors.ServerError) as caught:
        client.ops.system_auth(body=AuthConfig.from_dict(wrong.to_header_dict()))
    assert caught.value.status_code == 500
    assert caught.value.explanation == (
        f"login attempt to http://{address}/v2/ failed with status: 401 Unauthorized"
    )

    # push: HTTP 200, the error is the stream's last line
    pushed = push(client, reference, wrong.to_header_dict())
    assert pushed[-1] == {
        "errorDetail": {"message": "unauthorized: authentication required"},
        "error": "unauthorized: authentication required",
    }
    assert stream_errors(pushed[:-1]) == []
    assert stream_errors(push(client, reference, {})) == ["no basic auth credentials"]

    # pull: HTTP 500 before any progress
    assert stream_errors(push(client, reference, right.to_header_dict())) == []
    with pytest.raises(errors.ServerError) as caught:
        pull(client, reference, wrong.to_header_dict())
    assert caught.value.status_code == 500
    assert caught.value.explanation == "unauthorized: authentication required"
    with pytest.raises(errors.ServerError) as caught:
        pull(client, reference, {})
    assert caught.value.explanation.endswith(": no basic auth credentials")
    assert stream_errors(pull(client, reference, right.to_header_dict())) == []


# --------------------------------------------------------------------------------------------
# Credential helpers (no engine)

HELPER = """\
#!{python}
# docker-credential-enginetest: keeps credentials in store.json beside it; behaviour.json
# (optional) makes it fail, hang or babble; every call is appended to calls.log.
import json, os, subprocess, sys, time
here = os.path.dirname(os.path.abspath(__file__))
action = sys.argv[1]
data = sys.stdin.read()
with open(os.path.join(here, "calls.log"), "a") as log:
    log.write(json.dumps([action, data, os.getpid()]) + "\\n")
behaviour = {{}}
if os.path.exists(os.path.join(here, "behaviour.json")):
    behaviour = json.load(open(os.path.join(here, "behaviour.json")))
mode = behaviour.get("mode")
if mode == "hang":
    child = subprocess.Popen(["sleep", "60"])  # holds stdout open too
    open(os.path.join(here, "child.pid"), "w").write(str(child.pid))
    time.sleep(60)
if mode == "babble":
    while True:
        sys.stdout.write("x" * 65536)
if mode == "fail":
    print(behaviour["message"])
    sys.exit(1)
if mode == "garbage":
    print("not json " + behaviour["message"])
    sys.exit(0)
path = os.path.join(here, "store.json")
store = json.load(open(path)) if os.path.exists(path) else {{}}
if action == "get":
    if data not in store:
        print("credentials not found in native keychain")
        sys.exit(1)
    print(json.dumps(dict(store[data], ServerURL=data)))
elif action == "list":
    print(json.dumps({{url: c["Username"] for url, c in store.items()}}))
elif action == "store":
    creds = json.loads(data)
    store[creds["ServerURL"]] = {{"Username": creds["Username"], "Secret": creds["Secret"]}}
    json.dump(store, open(path, "w"))
else:
    sys.exit(2)
"""


class Helper:
    """The enginetest helper's directory: its store, behaviour and call log."""

    name = "enginetest"

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def keep(self, url: str, username: str, secret: str) -> None:
        path = self.directory / "store.json"
        store = json.loads(path.read_text()) if path.exists() else {}
        store[url] = {"Username": username, "Secret": secret}
        path.write_text(json.dumps(store))

    def behave(self, mode: str, message: str = "") -> None:
        (self.directory / "behaviour.json").write_text(
            json.dumps({"mode": mode, "message": message})
        )

    def calls(self) -> list[list[Any]]:
        path = self.directory / "calls.log"
        lines = path.read_text().splitlines() if path.exists() else []
        return [json.loads(line) for line in lines]


@pytest.fixture
def helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Helper:
    """docker-credential-enginetest, first on PATH for this test only."""
    directory = tmp_path / "bin"
    directory.mkdir()
    program = directory / "docker-credential-enginetest"
    program.write_text(HELPER.format(python=sys.executable))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{directory}{os.pathsep}{os.environ.get('PATH', '')}")
    return Helper(directory)


def running(pid: int) -> bool:
    """Whether a process exists and is not a zombie (killed, waiting for init to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def secret_free(*texts: str) -> bool:
    return all(SECRET not in text for text in texts)


def test_cred_helpers_entry(helper: Helper) -> None:
    helper.keep("127.0.0.1:5000", "alice", SECRET)
    store = AuthStore(
        {
            "credHelpers": {"127.0.0.1:5000": helper.name},
            "auths": {"127.0.0.1:5000": {"email": "alice@example.org"}},
        }
    )
    credentials = store.for_image("127.0.0.1:5000/x/y:1")
    assert credentials == Credentials(
        username="alice",
        password=SECRET,
        email="alice@example.org",
        serveraddress="127.0.0.1:5000",
    )
    assert secret_free(repr(credentials), str(credentials), f"{credentials!s}")
    assert helper.calls()[0][:2] == ["get", "127.0.0.1:5000"]  # the host, no newline
    assert store.for_registry("127.0.0.1:5001") is None  # no helper, no auths entry
    assert len(helper.calls()) == 1


def test_creds_store_default_and_docker_hub(helper: Helper) -> None:
    helper.keep(DOCKER_HUB_KEY, "hubuser", SECRET)
    helper.keep("r.io", "<token>", SECRET + "-token")
    store = AuthStore({"credsStore": helper.name})
    assert store.for_image("busybox") == Credentials(
        username="hubuser", password=SECRET, serveraddress=DOCKER_HUB_KEY
    )
    token = store.for_registry("https://r.io/v2/")
    assert token == Credentials(serveraddress="r.io", identitytoken=SECRET + "-token")
    assert secret_free(repr(token))
    assert [call[:2] for call in helper.calls()] == [["get", DOCKER_HUB_KEY], ["get", "r.io"]]
    assert store.all_registries() == {
        DOCKER_HUB_KEY: Credentials("hubuser", SECRET, serveraddress=DOCKER_HUB_KEY),
        "r.io": Credentials(serveraddress="r.io", identitytoken=SECRET + "-token"),
    }


def test_helper_not_found_falls_back_to_auths(helper: Helper) -> None:
    store = AuthStore({"credsStore": helper.name, "auths": {"r.io": {"auth": basic("u", "p")}}})
    assert store.for_registry("r.io") == Credentials("u", "p", serveraddress="r.io")
    assert store.for_registry("other.io") is None
    assert [call[:2] for call in helper.calls()] == [["get", "r.io"], ["get", "other.io"]]
    assert store.all_registries() == {"r.io": Credentials("u", "p", serveraddress="r.io")}
    helper.keep("r.io", "from-helper", SECRET)
    assert store.all_registries() == {
        "r.io": Credentials("from-helper", SECRET, serveraddress="r.io")
    }


def test_cred_helpers_override_creds_store(helper: Helper) -> None:
    helper.keep("r.io", "from-helper", SECRET)
    store = AuthStore({"credsStore": "nosuchhelper", "credHelpers": {"r.io": helper.name}})
    assert store.for_registry("r.io") == Credentials("from-helper", SECRET, serveraddress="r.io")
    with pytest.raises(CredentialsError, match="docker-credential-nosuchhelper"):
        store.for_registry("q.io")


def test_helper_failure_names_helper_and_registry(helper: Helper) -> None:
    helper.behave("fail", "the keyring is locked")
    store = AuthStore({"credHelpers": {"r.io": helper.name}})
    with pytest.raises(CredentialsError) as caught:
        store.for_registry("r.io")
    message = str(caught.value)
    assert "docker-credential-enginetest" in message
    assert "r.io" in message
    assert "exit status 1" in message
    assert "the keyring is locked" in message


def test_helper_output_that_is_not_json_is_not_quoted(helper: Helper) -> None:
    helper.behave("garbage", SECRET)
    store = AuthStore({"credHelpers": {"r.io": helper.name}})
    with pytest.raises(CredentialsError) as caught:
        store.for_registry("r.io")
    assert "docker-credential-enginetest" in str(caught.value)
    assert "r.io" in str(caught.value)
    assert secret_free(str(caught.value), repr(caught.value))
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_helper_timeout_kills_it_and_its_children(helper: Helper) -> None:
    helper.behave("hang")
    store = AuthStore({"credHelpers": {"r.io": helper.name}}, helper_timeout=1.5)
    started = time.monotonic()
    with pytest.raises(CredentialsError, match=r"did not answer within 1.5s; it was killed"):
        store.for_registry("r.io")
    assert time.monotonic() - started < 10
    helper_pid = helper.calls()[0][2]
    child_pid = int((helper.directory / "child.pid").read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and running(child_pid):
        time.sleep(0.05)  # killed with the helper's process group
    assert not running(helper_pid)
    assert not running(child_pid)


def test_helper_output_is_bounded(helper: Helper) -> None:
    helper.behave("babble")
    store = AuthStore({"credHelpers": {"r.io": helper.name}})
    with pytest.raises(CredentialsError, match="wrote more than 1048576 bytes; it was killed"):
        store.for_registry("r.io")


def test_all_registries_skips_a_failing_cred_helper(
    helper: Helper, caplog: pytest.LogCaptureFixture
) -> None:
    store = AuthStore(
        {"credHelpers": {"bad.io": "nosuchhelper"}, "auths": {"a.io": {"auth": basic("u", "p")}}}
    )
    assert store.all_registries() == {"a.io": Credentials("u", "p", serveraddress="a.io")}
    assert "docker-credential-nosuchhelper" in caplog.text


def test_store_save_uses_the_helper(helper: Helper, tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"credHelpers": {"r.io": helper.name}}))
    store = AuthStore(path)
    store.store("r.io", Credentials("u", SECRET), save=True)
    assert json.loads(path.read_text()) == {"credHelpers": {"r.io": helper.name}}  # unchanged
    assert ["store", json.dumps({"ServerURL": "r.io", "Username": "u", "Secret": SECRET})] == (
        helper.calls()[0][:2]
    )
    assert AuthStore(path).for_registry("r.io") == Credentials("u", SECRET, serveraddress="r.io")


def test_push_pull_with_credentials_from_a_helper(
    client: DockerClient,
    test_image: str,
    auth_registry: AuthRegistry,
    config_json: Path,
    helper: Helper,
    cleanup: Cleanup,
) -> None:
    helper.keep(auth_registry.address, auth_registry.username, auth_registry.password)
    config_json.write_text(json.dumps({"credsStore": helper.name}))
    reference = tag_into(client, cleanup, test_image, auth_registry.address)
    credentials = AuthStore().for_image(reference)
    assert credentials is not None
    assert credentials.username == auth_registry.username
    round_trip(client, test_image, reference, credentials.to_header_dict())
