"""Find, verify and load the pinned upstream Engine API specs.

The pins live in ``spec/versions.toml``. A spec file is read from a directory
named by ``--spec-dir`` or ``ENGINE_API_SPEC_DIR``; without one it is
downloaded from its pinned URL into a local cache. Either way its sha256 must
match the pin before anything reads it.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
PINS_FILE = SPEC_DIR / "versions.toml"
CACHE_DIR = ROOT / ".cache" / "specs"
ENV_SPEC_DIR = "ENGINE_API_SPEC_DIR"


class SpecError(Exception):
    """A spec file is missing, cannot be fetched, or does not match its pin."""


@dataclass(frozen=True)
class Pin:
    version: str
    file: str
    url: str
    sha256: str

    @property
    def key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """``"1.41"`` -> ``(1, 41)``, so that versions compare as numbers."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise SpecError(f"not an API version: {version!r}") from None


@cache
def _pins_document() -> dict[str, Any]:
    with PINS_FILE.open("rb") as f:
        return tomllib.load(f)


def pins() -> list[Pin]:
    """Every pinned version, oldest first."""
    doc = _pins_document()
    found = [Pin(**entry) for entry in doc["version"]]
    return sorted(found, key=lambda p: p.key)


def newest_version() -> str:
    return str(_pins_document()["source"]["newest"])


def pin_for(version: str) -> Pin:
    wanted = version.removeprefix("v")
    for pin in pins():
        if pin.version == wanted:
            return pin
    known = ", ".join(p.version for p in pins())
    raise SpecError(f"API version {version} is not pinned in {PINS_FILE.name} (pinned: {known})")


def spec_dir_from(arg: str | os.PathLike[str] | None) -> Path | None:
    """The directory named by the flag, else by the environment, else None."""
    if arg is not None:
        return Path(arg)
    env = os.environ.get(ENV_SPEC_DIR)
    return Path(env) if env else None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _download(pin: Pin) -> bytes:
    target = CACHE_DIR / pin.file
    if target.exists():
        return target.read_bytes()
    try:
        with urllib.request.urlopen(pin.url, timeout=60) as response:
            data: bytes = response.read()
    except OSError as exc:
        raise SpecError(
            f"cannot download {pin.file} from {pin.url}: {exc}; "
            f"pass --spec-dir or set {ENV_SPEC_DIR} to a directory holding it"
        ) from exc
    # Verify before caching, so that a bad download is never kept.
    verify(pin, data, pin.url)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return data


def verify(pin: Pin, data: bytes, origin: str) -> None:
    actual = sha256_of(data)
    if actual != pin.sha256:
        raise SpecError(
            f"checksum mismatch for {pin.file} (from {origin}): "
            f"expected sha256 {pin.sha256}, got {actual}"
        )


def read_bytes(version: str, spec_dir: Path | None) -> bytes:
    """The verified bytes of one pinned spec."""
    pin = pin_for(version)
    if spec_dir is not None:
        path = spec_dir / pin.file
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from exc
        verify(pin, data, str(path))
        return data
    data = _download(pin)
    verify(pin, data, str(CACHE_DIR / pin.file))
    return data


_loaded: dict[tuple[str, Path | None], dict[str, Any]] = {}


def load(version: str, spec_dir: Path | None) -> dict[str, Any]:
    """The parsed Swagger 2.0 document of one pinned version (cached per process).

    Callers must not mutate the result; take a deep copy first.
    """
    key = (version.removeprefix("v"), spec_dir)
    if key not in _loaded:
        doc = yaml.load(read_bytes(key[0], spec_dir), Loader=_Loader)
        if not isinstance(doc, dict) or doc.get("swagger") != "2.0":
            raise SpecError(f"{pin_for(key[0]).file} is not a Swagger 2.0 document")
        _loaded[key] = doc
    return _loaded[key]


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
