"""``help()`` on the thread flavour reads true for threads, and shows no object addresses.

The thread flavour's docstrings are derived from the asyncio source by scripts/unasync.py
(its ``DOC_PHRASES``); the binding's ``UNSET`` default has a repr of its own (the codegen
template ``codegen/templates/types.py.jinja``), so signatures show ``= UNSET``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import pydoc
import re

import pytest
from engine_api_binding import _api
from engine_api_binding.models import ContainerCreateRequest, ContainerSummary, HostConfig
from engine_api_binding.types import UNSET

import engine_api
import engine_api._sync

# What only the asyncio flavour may say, and what a default without a repr looks like.
FORBIDDEN = re.compile(r"asyncio|\bawait |\basync (with|for|def)\b|object at 0x")


def _sync_classes() -> list[type]:
    found: list[type] = []
    for info in pkgutil.iter_modules(engine_api._sync.__path__):
        module = importlib.import_module(f"engine_api._sync.{info.name}")
        found += [
            value
            for name, value in vars(module).items()
            if inspect.isclass(value) and value.__module__ == module.__name__ and name[0] != "_"
        ]
    return found


SYNC_CLASSES = _sync_classes()
THREAD_NAMES = [
    engine_api.DockerClient,
    engine_api.APIClient,
    engine_api.Container,
    engine_api.Output,
    engine_api.JSONStream,
    engine_api.AttachSocket,
    _api.Api,
]


def _offending_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if FORBIDDEN.search(line)]


def test_the_walk_sees_the_thread_classes() -> None:
    names = {cls.__name__ for cls in SYNC_CLASSES}
    expected = {"DockerClient", "APIClient", "Container", "Output", "ContainerCollection", "Images"}
    assert expected <= names
    assert not [cls for cls in SYNC_CLASSES if cls.__name__.startswith("Async")]


@pytest.mark.parametrize("cls", [*SYNC_CLASSES, *THREAD_NAMES], ids=lambda cls: cls.__qualname__)
def test_help_on_the_thread_flavour_says_nothing_of_asyncio(cls: type) -> None:
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    assert _offending_lines(text) == []


def test_the_forbidden_phrases_are_found_where_they_belong() -> None:
    """The same check on the asyncio flavour finds what the thread flavour must not say."""
    text = pydoc.render_doc(engine_api.AsyncDockerClient, renderer=pydoc.plaintext)
    assert _offending_lines(text)


@pytest.mark.parametrize("cls", [ContainerCreateRequest, ContainerSummary, HostConfig, _api.Api])
def test_defaults_show_without_an_address(cls: type) -> None:
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    assert "object at 0x" not in text


def test_unset_defaults_show_as_unset() -> None:
    """The operations' left-out arguments default to ``UNSET``, and say so."""
    assert "= UNSET" in pydoc.render_doc(_api.Api, renderer=pydoc.plaintext)
    assert repr(UNSET) == "UNSET"
