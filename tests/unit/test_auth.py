"""engine_api.auth without an engine, a registry or a credential helper.

Every store is made from a dict or from a config.json under tmp_path with an explicit
``environ``, so the real ~/.docker and the real environment are never read. Credential
helpers run in tests/test_registry.py.
"""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from engine_api.auth import (
    DOCKER_HUB_KEY,
    AuthStore,
    Credentials,
    ImageReference,
    InvalidReference,
    auth_key,
    convert_to_hostname,
    parse_image_reference,
)
from engine_api.errors import CredentialsError, DockerException

SECRET = "s3cr3t-never-shown"
DIGEST = "sha256:" + "ab" * 32


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def store_of(config: dict[str, Any], **environ: str) -> AuthStore:
    return AuthStore(config, environ={"PATH": "/nonexistent", **environ})


# --------------------------------------------------------------------------------------------
# Image references


@pytest.mark.parametrize(
    ("text", "registry", "repository", "tag", "digest"),
    [
        ("busybox", "docker.io", "library/busybox", None, None),
        ("busybox:1.36", "docker.io", "library/busybox", "1.36", None),
        ("library/busybox", "docker.io", "library/busybox", None, None),
        ("docker.io/library/busybox:1", "docker.io", "library/busybox", "1", None),
        ("docker.io/busybox", "docker.io", "library/busybox", None, None),
        ("index.docker.io/user/app", "docker.io", "user/app", None, None),
        ("user/app:v2", "docker.io", "user/app", "v2", None),
        ("127.0.0.1:5000/x/y@" + DIGEST, "127.0.0.1:5000", "x/y", None, DIGEST),
        ("127.0.0.1:5000/x/y:t@" + DIGEST, "127.0.0.1:5000", "x/y", "t", DIGEST),
        ("localhost/x", "localhost", "x", None, None),
        ("localhost:5000/x:tag", "localhost:5000", "x", "tag", None),
        ("registry.example/a/b/c", "registry.example", "a/b/c", None, None),
        ("Registry/app", "Registry", "app", None, None),  # upper case: a registry (as docker)
        ("[::1]:5000/app", "[::1]:5000", "app", None, None),
        ("quay.io/a_b/c__d.e-f--g", "quay.io", "a_b/c__d.e-f--g", None, None),
        ("busybox:Tag_1.2-x", "docker.io", "library/busybox", "Tag_1.2-x", None),
    ],
)
def test_parse_image_reference(
    text: str, registry: str, repository: str, tag: str | None, digest: str | None
) -> None:
    parsed = parse_image_reference(text)
    assert parsed == ImageReference(registry, repository, tag, digest)
    assert parse_image_reference(str(parsed)) == parsed  # str() is a full reference


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("Busybox", "must be lowercase"),
        ("user/App", "must be lowercase"),
        ("a b", "repository component"),
        ("busybox:", "tag ''"),
        ("busybox:-x", "tag '-x'"),
        ("busybox:" + "x" * 129, "tag"),
        ("busybox@sha256:zz", "digest"),
        ("busybox@" + "ab" * 32, "digest"),
        (":tag", "no repository"),
        ("@" + DIGEST, "no repository"),
        ("x//y", "component ''"),
        ("x/", "component ''"),
        ("-x", "component '-x'"),
        ("x.", "component 'x.'"),
        ("x___y", "component"),
        ("ab" * 32, "image id"),
        ("host_name.io/x", "registry 'host_name.io'"),
        ("-host.io/x", "registry"),
        ("localhost:port/x", "registry"),
        ("r.io/" + "a" * 260, "longer than 255"),
    ],
)
def test_parse_image_reference_refuses(text: str, reason: str) -> None:
    with pytest.raises(InvalidReference) as caught:
        parse_image_reference(text)
    assert reason in str(caught.value)
    assert repr(text) in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, DockerException)


def test_parse_image_reference_refuses_non_strings() -> None:
    with pytest.raises(InvalidReference, match="expected a str, got bytes"):
        parse_image_reference(b"busybox")  # type: ignore[arg-type]


def test_reference_properties() -> None:
    hub = parse_image_reference("busybox")
    assert hub.name == "docker.io/library/busybox"
    assert hub.familiar_name == "busybox"
    assert hub.pull_tag == "latest"
    assert hub.auth_key == DOCKER_HUB_KEY
    assert str(hub) == "docker.io/library/busybox"
    user = parse_image_reference("user/app:1")
    assert (user.familiar_name, user.pull_tag, str(user)) == (
        "user/app",
        "1",
        "docker.io/user/app:1",
    )
    local = parse_image_reference("127.0.0.1:5000/x/y:t@" + DIGEST)
    assert local.familiar_name == "127.0.0.1:5000/x/y"
    assert local.pull_tag == DIGEST  # a digest wins over the tag
    assert local.auth_key == "127.0.0.1:5000"


# --------------------------------------------------------------------------------------------
# Registry keys


@pytest.mark.parametrize(
    ("given", "key"),
    [
        (None, DOCKER_HUB_KEY),
        ("", DOCKER_HUB_KEY),
        ("docker.io", DOCKER_HUB_KEY),
        ("index.docker.io", DOCKER_HUB_KEY),
        ("registry-1.docker.io", DOCKER_HUB_KEY),
        ("https://index.docker.io/v1/", DOCKER_HUB_KEY),
        ("https://docker.io", DOCKER_HUB_KEY),
        ("127.0.0.1:5000", "127.0.0.1:5000"),
        ("http://127.0.0.1:5000", "127.0.0.1:5000"),
        ("https://127.0.0.1:5000/v2/", "127.0.0.1:5000"),
        ("127.0.0.1:5000/v1/", "127.0.0.1:5000"),
        ("localhost", "localhost"),
        ("quay.io", "quay.io"),
    ],
)
def test_auth_key(given: str | None, key: str) -> None:
    assert auth_key(given) == key


def test_convert_to_hostname() -> None:
    assert convert_to_hostname("https://index.docker.io/v1/") == "index.docker.io"
    assert convert_to_hostname("http://[::1]:5000/v2") == "[::1]:5000"
    assert convert_to_hostname("host:1/path") == "host:1"


# --------------------------------------------------------------------------------------------
# Credentials


def test_credentials_hide_secrets() -> None:
    credentials = Credentials(
        username="me",
        password=SECRET,
        email="me@example.org",
        serveraddress="127.0.0.1:5000",
        identitytoken=SECRET + "-id",
        registrytoken=SECRET + "-reg",
    )
    for shown in (repr(credentials), str(credentials), f"{credentials}", repr([credentials])):
        assert SECRET not in shown
        assert "password='***'" in shown
        assert "identitytoken='***'" in shown
        assert "registrytoken='***'" in shown
        assert "username='me'" in shown
    assert "password=None" in repr(Credentials(username="me"))


def test_credentials_header_dict() -> None:
    credentials = Credentials(username="me", password=SECRET, serveraddress="r.io")
    assert credentials.to_header_dict() == {
        "username": "me",
        "password": SECRET,
        "serveraddress": "r.io",
    }
    token = Credentials(identitytoken="tok", registrytoken="reg", email="e@x")
    assert token.to_header_dict() == {"identitytoken": "tok", "registrytoken": "reg"}
    assert Credentials().to_header_dict() == {}
    assert Credentials().is_empty
    assert not token.is_empty


# --------------------------------------------------------------------------------------------
# auths in config.json


def test_auths_entry_forms() -> None:
    store = store_of(
        {
            "auths": {
                "a.io": {"auth": b64(f"alice:{SECRET}"), "email": "a@a.io"},
                "b.io": {"username": "bob", "password": SECRET},
                "c.io": {"identitytoken": "idtok"},
                "d.io": {"registrytoken": "regtok"},
                "e.io": {},
                "f.io": {"auth": b64("carol:pa:ss\x00\x00")},
            }
        }
    )
    assert store.for_registry("a.io") == Credentials(
        username="alice", password=SECRET, email="a@a.io", serveraddress="a.io"
    )
    assert store.for_registry("b.io") == Credentials("bob", SECRET, serveraddress="b.io")
    assert store.for_registry("c.io") == Credentials(serveraddress="c.io", identitytoken="idtok")
    assert store.for_registry("d.io") == Credentials(serveraddress="d.io", registrytoken="regtok")
    assert store.for_registry("e.io") is None  # an entry without credentials
    assert store.for_registry("f.io") == Credentials("carol", "pa:ss", serveraddress="f.io")
    assert store.for_registry("g.io") is None


@pytest.mark.parametrize(
    "key",
    [
        "127.0.0.1:5000",
        "http://127.0.0.1:5000",
        "https://127.0.0.1:5000",
        "https://127.0.0.1:5000/v2/",
        "127.0.0.1:5000/v1/",
    ],
)
@pytest.mark.parametrize(
    "asked", ["127.0.0.1:5000", "http://127.0.0.1:5000", "https://127.0.0.1:5000/v2/"]
)
def test_auths_key_spellings(key: str, asked: str) -> None:
    store = store_of({"auths": {key: {"auth": b64("u:p")}}})
    assert store.for_registry(asked) == Credentials("u", "p", serveraddress=key)
    assert store.for_image("127.0.0.1:5000/x/y:1") == Credentials("u", "p", serveraddress=key)
    assert store.for_registry("127.0.0.1:5001") is None
    assert store.for_registry("127.0.0.1") is None


def test_exact_key_wins() -> None:
    store = store_of(
        {"auths": {"http://r.io:5000": {"auth": b64("a:1")}, "r.io:5000": {"auth": b64("b:2")}}}
    )
    found = store.for_registry("r.io:5000")
    assert found is not None
    assert found.username == "b"


@pytest.mark.parametrize(
    "key", [DOCKER_HUB_KEY, "index.docker.io", "docker.io", "https://index.docker.io/v1"]
)
@pytest.mark.parametrize("image", ["busybox", "library/busybox:1", "docker.io/user/app"])
def test_docker_hub(key: str, image: str) -> None:
    store = store_of({"auths": {key: {"auth": b64("hubuser:hubpw")}}})
    assert store.for_image(image) == Credentials("hubuser", "hubpw", serveraddress=key)
    assert store.for_registry(None) == store.for_registry("docker.io")
    assert store.for_image("quay.io/x") is None


def test_for_image_takes_parsed_references() -> None:
    store = store_of({"auths": {"r.io": {"auth": b64("u:p")}}})
    assert store.for_image(parse_image_reference("r.io/x")) == Credentials(
        "u", "p", serveraddress="r.io"
    )
    with pytest.raises(InvalidReference):
        store.for_image("R.io/Bad")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"auth": "!!!not-base64" + SECRET}, "'auth' is not the base64"),
        ({"auth": b64(SECRET)}, "'auth' is not the base64"),  # no colon
        ({"auth": b64(":" + SECRET)}, "'auth' is not the base64"),  # no user
        ({"auth": 12}, "'auth' is not the base64"),
        ({"username": ["x"], "password": SECRET}, "'username' is a list"),
        ("x" + SECRET, "the entry is a str"),
    ],
)
def test_broken_auths_entries(entry: object, problem: str) -> None:
    store = store_of({"auths": {"r.io": entry, "ok.io": {"auth": b64("u:p")}}})
    with pytest.raises(CredentialsError) as caught:
        store.for_registry("r.io")
    assert problem in str(caught.value)
    assert "'r.io'" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert caught.value.__cause__ is None  # no chained exception quoting the value
    assert store.for_registry("ok.io") is not None  # one bad entry spoils only itself


@pytest.mark.parametrize("section", ["auths", "credHelpers"])
def test_sections_must_be_objects(section: str) -> None:
    store = store_of({section: ["r.io"]})
    with pytest.raises(CredentialsError, match=f"'{section}' is not a JSON object"):
        store.for_registry("r.io")


def test_all_registries_from_auths() -> None:
    store = store_of(
        {"auths": {"a.io": {"auth": b64("u:p")}, "b.io": {}, DOCKER_HUB_KEY: {"auth": b64("h:q")}}}
    )
    assert store.all_registries() == {
        "a.io": Credentials("u", "p", serveraddress="a.io"),
        DOCKER_HUB_KEY: Credentials("h", "q", serveraddress=DOCKER_HUB_KEY),
    }


# --------------------------------------------------------------------------------------------
# The config file


def write_config(directory: Path, config: object) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "config.json"
    path.write_text(json.dumps(config))
    return path


def test_default_config_is_docker_config_then_home(tmp_path: Path) -> None:
    write_config(tmp_path / "cfg", {"auths": {"r.io": {"auth": b64("from:cfg")}}})
    write_config(tmp_path / "home" / ".docker", {"auths": {"r.io": {"auth": b64("from:home")}}})
    by_env = AuthStore(environ={"DOCKER_CONFIG": str(tmp_path / "cfg"), "HOME": "/nonexistent"})
    assert by_env.path == tmp_path / "cfg" / "config.json"
    assert by_env.for_registry("r.io") == Credentials("from", "cfg", serveraddress="r.io")
    by_home = AuthStore(environ={"HOME": str(tmp_path / "home")})
    assert by_home.for_registry("r.io") == Credentials("from", "home", serveraddress="r.io")


def test_explicit_path_missing_and_empty_files(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"auths": {"r.io": {"auth": b64("u:p")}}})
    assert AuthStore(path, environ={}).for_registry("r.io") is not None
    assert AuthStore(str(path), environ={}).for_registry("r.io") is not None
    assert AuthStore(tmp_path / "missing.json", environ={}).for_registry("r.io") is None
    (tmp_path / "empty.json").write_text("  \n")
    assert AuthStore(tmp_path / "empty.json", environ={}).all_registries() == {}


def test_broken_config_file(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"auths": {"r.io": {"auth": "' + SECRET + '"}}')  # unterminated
    with pytest.raises(CredentialsError) as caught:
        AuthStore(path, environ={}).for_registry("r.io")
    assert str(path) in str(caught.value)
    assert "not valid JSON" in str(caught.value)
    assert SECRET not in str(caught.value)
    path.write_text("[1, 2]")
    with pytest.raises(CredentialsError, match="not a JSON object"):
        AuthStore(path, environ={}).for_registry("r.io")


def test_config_is_read_at_first_lookup_and_on_reload(tmp_path: Path) -> None:
    store = AuthStore(tmp_path / "config.json", environ={})
    write_config(tmp_path, {"auths": {"r.io": {"auth": b64("u:1")}}})
    assert store.for_registry("r.io") == Credentials("u", "1", serveraddress="r.io")
    write_config(tmp_path, {"auths": {"r.io": {"auth": b64("u:2")}}})
    assert store.for_registry("r.io") == Credentials("u", "1", serveraddress="r.io")  # cached
    store.reload()
    assert store.for_registry("r.io") == Credentials("u", "2", serveraddress="r.io")


def test_docker_auth_config_comes_first() -> None:
    env_config = json.dumps({"auths": {"https://r.io": {"auth": b64("env:pw")}}})
    store = store_of({"auths": {"r.io": {"auth": b64("file:pw")}}}, DOCKER_AUTH_CONFIG=env_config)
    assert store.for_registry("r.io") == Credentials("env", "pw", serveraddress="https://r.io")
    assert set(store.all_registries()) == {"r.io", "https://r.io"}
    broken = store_of({}, DOCKER_AUTH_CONFIG="{" + SECRET)
    with pytest.raises(CredentialsError, match="DOCKER_AUTH_CONFIG is not valid JSON") as caught:
        broken.for_registry("r.io")
    assert SECRET not in str(caught.value)


def test_missing_helper_is_an_error() -> None:
    store = store_of({"credsStore": "nosuchhelper", "auths": {"r.io": {"auth": b64("u:p")}}})
    with pytest.raises(CredentialsError) as caught:
        store.for_registry("r.io")
    assert "docker-credential-nosuchhelper" in str(caught.value)
    assert "r.io" in str(caught.value)
    assert "not installed" in str(caught.value)


@pytest.mark.parametrize("name", ["../evil", "/bin/sh", ".."])
def test_helper_names_are_plain(name: str) -> None:
    store = store_of({"credHelpers": {"r.io": name}})
    with pytest.raises(CredentialsError, match="is not a plain name"):
        store.for_registry("r.io")


# --------------------------------------------------------------------------------------------
# Remembering (login)


def test_store_comes_first_and_stays_in_memory(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"auths": {"r.io": {"auth": b64("file:pw")}}})
    before = path.read_bytes()
    store = AuthStore(path, environ={})
    store.store("http://r.io/v2/", Credentials("login", SECRET))
    assert store.for_registry("r.io") == Credentials("login", SECRET, serveraddress="r.io")
    assert store.all_registries() == {"r.io": Credentials("login", SECRET, serveraddress="r.io")}
    assert path.read_bytes() == before
    store.forget("r.io")
    assert store.for_registry("r.io") == Credentials("file", "pw", serveraddress="r.io")
    store.store(None, Credentials("hub", "pw"))
    assert store.for_image("busybox") == Credentials("hub", "pw", serveraddress=DOCKER_HUB_KEY)


def test_store_save_writes_config_json(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"auths": {"old.io": {}}, "psFormat": "table {{.ID}}"})
    store = AuthStore(path, environ={})
    store.store("127.0.0.1:5000", Credentials("u", SECRET, email="u@x"), save=True)
    data = json.loads(path.read_text())
    assert data["psFormat"] == "table {{.ID}}"
    assert data["auths"]["old.io"] == {}
    assert data["auths"]["127.0.0.1:5000"] == {"auth": b64(f"u:{SECRET}"), "email": "u@x"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = AuthStore(path, environ={})
    assert fresh.for_registry("127.0.0.1:5000") == Credentials(
        "u", SECRET, email="u@x", serveraddress="127.0.0.1:5000"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]  # no temp file left


def test_store_save_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.json"
    AuthStore(path, environ={}).store("r.io", Credentials(identitytoken="tok"), save=True)
    assert json.loads(path.read_text()) == {"auths": {"r.io": {"identitytoken": "tok"}}}


def test_store_save_needs_a_file() -> None:
    with pytest.raises(CredentialsError, match="made from a dict"):
        store_of({}).store("r.io", Credentials("u", "p"), save=True)
