"""httpx (and httpcore, ssl, subprocess), imported the first time one of their names is used.

The default path (our own transport, our own request and response types) never needs
httpx: it is the binding's dependency and what ``transport=`` takes. Modules of the
default path write::

    if TYPE_CHECKING:
        import httpx
    else:
        from engine_api._lazy import httpx

and use ``httpx.X`` only where httpx is in play (a ``transport=`` of httpx's, an
``httpx.Timeout`` given, an error raised or caught: ``except httpx.TransportError`` looks
the name up only when an exception is on its way), so that importing engine_api and
talking to an engine through its own transport never imports httpx.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["httpcore", "httpx", "httpx_loaded", "ssl", "subprocess"]


class _Lazy:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, name: str) -> Any:
        import importlib

        return getattr(importlib.import_module(self._name), name)

    def __repr__(self) -> str:
        return f"<{self._name}, imported on first use>"


httpx: Any = _Lazy("httpx")
httpcore: Any = _Lazy("httpcore")
"""What a hijacked connection of an httpx transport raises (httpx's own dependency)."""
ssl: Any = _Lazy("ssl")
"""For TLS engines only: loading OpenSSL is the largest part of a plain import."""
subprocess: Any = _Lazy("subprocess")
"""For ssh engines (the ssh client runs as a child process) and credential helpers."""


def httpx_loaded() -> bool:
    """Whether httpx has been imported (by anyone): only then can a value be one of its
    types, so an ``isinstance`` check against them can be skipped otherwise."""
    return "httpx" in sys.modules
