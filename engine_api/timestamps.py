"""Points in time as people pass them to ``since``/``until`` (logs, events), made into
the engine's ``seconds.nanoseconds`` form.

Accepted, as the docker CLI and docker-py accept them:

* a :class:`datetime.datetime` (a naive one is local time, as ``datetime.timestamp()``
  and the docker CLI read it);
* a number: seconds since the Unix epoch (an ``int`` or a ``float``);
* a :class:`datetime.timedelta`: that long before now;
* a string: a Go duration relative to now (``"10m"``, ``"1h30m"``, ``"1.5h"``, ``"250ms"``),
  Unix seconds (``"1700000000"``, ``"1700000000.5"``), or a date/time in ISO 8601 or
  RFC 3339 (``"2026-11-30"``, ``"2026-11-30T12:00:00Z"``; local time without a zone).

Anything else raises :class:`ValueError` naming the value.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal, InvalidOperation
from typing import TypeAlias

from dateutil import parser as dateparser

__all__ = ["TimeSpec", "to_engine_time", "to_seconds"]

TimeSpec: TypeAlias = dt.datetime | dt.timedelta | int | float | str
"""What ``since``/``until`` take."""

_UNIT_SECONDS = {
    "ns": Decimal("1e-9"),
    "us": Decimal("1e-6"),
    "µs": Decimal("1e-6"),
    "ms": Decimal("1e-3"),
    "s": Decimal(1),
    "m": Decimal(60),
    "h": Decimal(3600),
}
_DURATION = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")
_NUMBER = re.compile(r"\d+(\.\d+)?")


def _duration(text: str) -> Decimal | None:
    """Seconds in a Go duration string (``1h30m``), or None if it is not one."""
    pos = 0
    total = Decimal(0)
    body = text[1:] if text[:1] in "+-" else text
    if not body:
        return None
    while pos < len(body):
        match = _DURATION.match(body, pos)
        if match is None:
            return None
        total += Decimal(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        pos = match.end()
    return -total if text.startswith("-") else total


def to_seconds(value: TimeSpec, *, now: float | None = None) -> Decimal:
    """``value`` as seconds since the Unix epoch (exact, as a Decimal)."""
    if isinstance(value, bool):
        raise ValueError(f"not a point in time: {value!r}")
    if isinstance(value, dt.datetime):
        return Decimal(repr(value.timestamp()))
    if isinstance(value, dt.timedelta):
        base = time.time() if now is None else now
        return Decimal(repr(base)) - Decimal(repr(value.total_seconds()))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"not a point in time: {value!r}")
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER.fullmatch(text):
            return Decimal(text)
        relative = _duration(text)
        if relative is not None:
            base = time.time() if now is None else now
            return Decimal(repr(base)) - relative
        try:
            parsed = dateparser.isoparse(text)
        except (ValueError, OverflowError, InvalidOperation):
            raise ValueError(
                f"not a point in time: {value!r} (expected a duration like '10m', Unix "
                "seconds, or an ISO 8601 / RFC 3339 date and time)"
            ) from None
        return Decimal(repr(parsed.timestamp()))
    raise ValueError(f"not a point in time: {value!r} (a {type(value).__name__})")


def to_engine_time(value: TimeSpec, *, now: float | None = None) -> str:
    """``value`` in the engine's query form: ``seconds`` or ``seconds.nanoseconds``."""
    seconds = to_seconds(value, now=now)
    whole = int(seconds // 1)
    nanos = int((seconds - whole) * 1_000_000_000)
    if not nanos:
        return str(whole)
    return f"{whole}.{nanos:09d}"
