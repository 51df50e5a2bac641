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
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from typing import TypeAlias

__all__ = ["TimeSpec", "to_engine_time", "to_seconds"]

TimeSpec: TypeAlias = dt.datetime | dt.timedelta | int | float | str
"""What ``since``/``until`` take."""

_UNIT_SECONDS = {
    "ns": Decimal("1e-9"),
    "us": Decimal("1e-6"),
    "\u00b5s": Decimal("1e-6"),  # micro sign, as Go accepts...
    "\u03bcs": Decimal("1e-6"),  # ...and Greek mu
    "ms": Decimal("1e-3"),
    "s": Decimal(1),
    "m": Decimal(60),
    "h": Decimal(3600),
}
_DURATION = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)")
_NUMBER = re.compile(r"\d+(\.\d+)?")
# A time's seconds with more fractional digits than a datetime holds (RFC 3339 allows
# nanoseconds, as the engine writes them, and more): group 1 is kept, group 2 added exactly.
_LONG_FRACTION = re.compile(r"(?:(?<=\d:\d\d[.,])|(?<=\d{6}[.,]))(\d{6})(\d+)")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


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


def _delta_seconds(delta: dt.timedelta) -> Decimal:
    """A timedelta in seconds, exactly (``total_seconds()`` is a float)."""
    return Decimal(delta.days * 86400 + delta.seconds) + Decimal(delta.microseconds).scaleb(-6)


def _datetime_seconds(value: dt.datetime, shown: object) -> Decimal:
    """Seconds since the epoch, exactly; a naive datetime is local time."""
    try:
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.astimezone()  # local time, as datetime.timestamp() reads it
        return _delta_seconds(value - _EPOCH)
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError(f"not a point in time: {shown!r} ({exc})") from None


def _now(now: float | None) -> Decimal:
    return Decimal(repr(time.time() if now is None else now))


def to_seconds(value: TimeSpec, *, now: float | None = None) -> Decimal:
    """``value`` as seconds since the Unix epoch (exact, as a Decimal). ``now`` (Unix
    seconds; default: the current time) is what durations count back from."""
    if isinstance(value, bool):
        raise ValueError(f"not a point in time: {value!r}")
    if isinstance(value, dt.datetime):
        return _datetime_seconds(value, value)
    if isinstance(value, dt.timedelta):
        return _now(now) - _delta_seconds(value)
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
            return _now(now) - relative
        extra = Decimal(0)
        long_fraction = _LONG_FRACTION.search(text)
        if long_fraction is not None:
            kept, rest = long_fraction.groups()
            extra = Decimal(int(rest)).scaleb(-6 - len(rest))
            text = text[: long_fraction.start()] + kept + text[long_fraction.end() :]
        try:
            from dateutil import parser as dateparser  # on first use: it costs ~10 ms

            parsed = dateparser.isoparse(text)
        except (ValueError, OverflowError, InvalidOperation):
            raise ValueError(
                f"not a point in time: {value!r} (expected a duration like '10m', Unix "
                "seconds, or an ISO 8601 / RFC 3339 date and time)"
            ) from None
        return _datetime_seconds(parsed, value) + extra
    raise ValueError(f"not a point in time: {value!r} (a {type(value).__name__})")


def to_engine_time(value: TimeSpec, *, now: float | None = None) -> str:
    """``value`` in the engine's query form: ``seconds`` or ``seconds.nanoseconds``."""
    seconds = to_seconds(value, now=now)
    # Floor, not Decimal's truncating //: the engine reads "-2.500000000" as -1.5 s, as Go's
    # time.Unix(sec, nsec) takes a non-negative nsec (digits past nanoseconds are dropped).
    whole = int(seconds.to_integral_value(rounding=ROUND_FLOOR))
    nanos = int((seconds - whole).scaleb(9).to_integral_value(rounding=ROUND_FLOOR))
    if not nanos:
        return str(whole)
    return f"{whole}.{nanos:09d}"
