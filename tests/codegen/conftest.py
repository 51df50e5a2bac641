"""The pinned specs for the codegen tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import specs


@pytest.fixture(scope="session")
def spec_dir() -> Path | None:
    """The directory named by ENGINE_API_SPEC_DIR, every pinned spec in it verified.

    Skips only when no directory is named and the specs cannot be had otherwise; a named
    directory with a missing or altered spec fails."""
    directory = specs.spec_dir_from(None)
    try:
        for pin in specs.pins():
            specs.load(pin.version, directory)
    except specs.SpecError as exc:
        if directory is None:
            pytest.skip(
                f"{specs.ENV_SPEC_DIR} is unset and the pinned specs cannot be loaded: {exc}"
            )
        raise
    return directory
