"""Immutable value classes without dataclasses, whose import loads ``inspect`` (with ``ast``
and ``dis``): more than the rest of a cold start's first call.

A subclass names its fields in ``_fields`` (``__slots__ = _fields``) and sets them in
``__init__`` with :func:`object.__setattr__`. It compares, hashes and shows itself by those
fields, as a frozen dataclass does; it pickles by calling its constructor again.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Frozen:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, Frozen)
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self._values())
