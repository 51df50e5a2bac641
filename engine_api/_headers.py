"""The headers of an engine's answer, as they came: a read-only, case-insensitive mapping
over the raw ``(name, value)`` byte pairs of the response head.

Nothing is copied or decoded until asked: an answer's few headers are looked up by a scan,
which costs less than building a dict for each answer. Names and values are Latin-1, as
HTTP/1.1 sends them; a name that occurs more than once reads as its values joined by
``", "`` (RFC 9110 5.3), and :meth:`Headers.get_list` gives them one by one. Iteration
and :meth:`~Headers.items` give the names in lower case, once each.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, Sequence
from typing import TypeVar, overload

__all__ = ["Headers"]

_T = TypeVar("_T")


class Headers(Mapping[str, str]):
    """A response's headers (see the module's notes)."""

    __slots__ = ("raw",)

    def __init__(self, raw: Sequence[tuple[bytes, bytes]] = ()) -> None:
        self.raw: Sequence[tuple[bytes, bytes]] = raw
        """The pairs as received: ``[(b"Content-Type", b"application/json"), ...]``."""

    def get_list(self, key: str) -> list[str]:
        """Every value of ``key``, in the order received."""
        wanted = key.lower().encode("latin-1")
        return [value.decode("latin-1") for name, value in self.raw if name.lower() == wanted]

    @overload
    def get(self, key: str, /) -> str | None: ...

    @overload
    def get(self, key: str, default: str, /) -> str: ...

    @overload
    def get(self, key: str, default: _T, /) -> str | _T: ...

    def get(self, key: str, default: object = None, /) -> object:
        wanted = key.lower().encode("latin-1")
        found: bytes | None = None
        for name, value in self.raw:
            if name.lower() == wanted:
                found = value if found is None else found + b", " + value
        return default if found is None else found.decode("latin-1")

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        wanted = key.lower().encode("latin-1")
        return any(name.lower() == wanted for name, _ in self.raw)

    def items(self) -> ItemsView[str, str]:
        """``(name, value)`` pairs, names in lower case, each once (values joined)."""
        merged: dict[str, str] = {}
        for name, value in self.raw:
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            merged[key] = f"{merged[key]}, {text}" if key in merged else text
        return merged.items()

    def __iter__(self) -> Iterator[str]:
        seen: dict[str, None] = {}
        for name, _ in self.raw:
            seen.setdefault(name.decode("latin-1").lower(), None)
        return iter(seen)

    def __len__(self) -> int:
        return len({name.lower() for name, _ in self.raw})

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self.items()) == {str(k).lower(): v for k, v in other.items()}
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a mapping: equal to dicts, so unhashable

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"
