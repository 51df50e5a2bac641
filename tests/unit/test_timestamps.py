"""engine_api.timestamps: every form ``since``/``until`` take, made into the engine's
``seconds[.nanoseconds]``; relative forms count back from a fixed ``now``."""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from engine_api.timestamps import to_engine_time, to_seconds

NOW = 1_800_000_000.25  # a fixed "now" (2027-01-15T08:00:00.25Z) for durations
T0 = 1_767_225_600  # 2026-01-01T00:00:00Z
UTC = dt.UTC


@pytest.fixture
def local_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+2 all year, so that naive values are read as local time."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset to change the local time zone")
    monkeypatch.setenv("TZ", "XXX-02")  # POSIX: a zone named XXX, 2 h east of UTC
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- datetimes -------------------------------------------------------------------------


def test_aware_datetimes_in_any_zone() -> None:
    assert to_engine_time(dt.datetime(2026, 1, 1, tzinfo=UTC)) == str(T0)
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert to_engine_time(dt.datetime(2026, 1, 1, 2, 0, tzinfo=plus_two)) == str(T0)
    minus_530 = dt.timezone(-dt.timedelta(hours=5, minutes=30))
    assert to_engine_time(dt.datetime(2025, 12, 31, 18, 30, tzinfo=minus_530)) == str(T0)


def test_microseconds_are_exact_even_far_from_the_epoch() -> None:
    stamp = dt.datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=UTC)
    assert to_engine_time(stamp) == f"{T0}.000001000"
    assert to_seconds(stamp) == Decimal(T0) + Decimal("0.000001")
    # a float timestamp cannot hold these digits (it rounds up to the next second)
    last = dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    assert to_engine_time(last) == "253402300799.999999000"


@pytest.mark.usefixtures("local_tz")
def test_a_naive_datetime_is_local_time() -> None:
    assert to_engine_time(dt.datetime(2026, 1, 1, 2, 0)) == str(T0)
    assert to_engine_time(dt.datetime(2026, 1, 1, 2, 0, 0, 500000)) == f"{T0}.500000000"


def test_a_datetime_before_the_epoch() -> None:
    assert to_engine_time(dt.datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC)) == "-1"
    # Go's time.Unix(sec, nsec) wants 0 <= nsec: -0.5 s is "-1.500000000"
    half = dt.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)
    assert to_engine_time(half) == "-1.500000000"


# -- numbers ---------------------------------------------------------------------------


def test_unix_seconds_as_int_and_float() -> None:
    assert to_engine_time(T0) == str(T0)
    assert to_engine_time(0) == "0"
    assert to_engine_time(1_700_000_000.5) == "1700000000.500000000"
    assert to_engine_time(1.25) == "1.250000000"
    # the float's shortest repr is what counts, not its binary expansion
    assert to_engine_time(0.1) == "0.100000000"
    assert to_seconds(1_700_000_000.1) == Decimal("1700000000.1")


def test_negative_seconds_keep_a_positive_fraction() -> None:
    assert to_engine_time(-1.5) == "-2.500000000"
    assert to_engine_time(-1e-9) == "-1.999999999"
    assert to_engine_time(-3) == "-3"


# -- durations before now ----------------------------------------------------------------


def test_timedelta_counts_back_from_now() -> None:
    assert to_seconds(dt.timedelta(minutes=10), now=NOW) == Decimal("1799999400.25")
    assert to_engine_time(dt.timedelta(minutes=10), now=NOW) == "1799999400.250000000"
    assert to_engine_time(dt.timedelta(0), now=NOW) == "1800000000.250000000"
    # a negative timedelta is in the future
    assert to_engine_time(-dt.timedelta(seconds=5), now=NOW) == "1800000005.250000000"
    long_ago = dt.timedelta(days=20000, microseconds=1)
    assert to_engine_time(long_ago, now=0) == "-1728000001.999999000"


def test_timedelta_without_now_uses_the_clock() -> None:
    before = time.time()
    got = float(to_seconds(dt.timedelta(hours=1)))
    after = time.time()
    assert before - 3600 <= got <= after - 3600


@pytest.mark.parametrize(
    ("text", "seconds_before"),
    [
        ("10m", "600"),
        ("1h30m", "5400"),
        ("1.5h", "5400"),
        ("250ms", "0.25"),
        ("1h0m0.5s", "3600.5"),
        ("2h45m30.5s", "9930.5"),
        (".5s", "0.5"),
        ("5.s", "5"),
        ("1500us", "0.0015"),
        ("1500\u00b5s", "0.0015"),  # micro sign
        ("1500\u03bcs", "0.0015"),  # Greek mu: Go takes both
        ("1ns", "0.000000001"),
        ("+5s", "5"),
        ("-5s", "-5"),  # before "now minus a negative": the future
        (" 10m ", "600"),
    ],
)
def test_go_durations(text: str, seconds_before: str) -> None:
    assert to_seconds(text, now=NOW) == Decimal(repr(NOW)) - Decimal(seconds_before)


def test_go_duration_formatting() -> None:
    assert to_engine_time("10m", now=NOW) == "1799999400.250000000"
    assert to_engine_time("-5s", now=1000) == "1005"
    assert to_engine_time("1ns", now=1000) == "999.999999999"


# -- strings: numbers and dates ------------------------------------------------------------


def test_numeric_strings_are_unix_seconds() -> None:
    assert to_engine_time("1700000000") == "1700000000"
    assert to_engine_time("1700000000.5") == "1700000000.500000000"
    assert to_engine_time("1700000000.000000001") == "1700000000.000000001"
    # digits past nanoseconds are dropped (the engine takes nanoseconds)
    assert to_engine_time("1.0000000019") == "1.000000001"
    # "0" is the epoch, not a zero duration (as the docker CLI reads it)
    assert to_engine_time("0", now=NOW) == "0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-01T00:00:00Z", str(T0)),
        ("2026-01-01T02:00:00+02:00", str(T0)),
        ("2025-12-31T19:00:00-05:00", str(T0)),
        ("2026-01-01T00:00:00.5Z", f"{T0}.500000000"),
        ("2026-01-01T00:00:00.123456Z", f"{T0}.123456000"),
        # RFC 3339 with nanoseconds, as the engine itself writes times
        ("2026-01-01T00:00:00.123456789Z", f"{T0}.123456789"),
        ("2026-01-01T01:00:00.000000001+01:00", f"{T0}.000000001"),
        ("2026-01-01T00:00:00,250000001Z", f"{T0}.250000001"),
        ("20260101T000000.1234567Z", f"{T0}.123456700"),
        ("2026-01-01T00:00Z", str(T0)),
    ],
)
def test_iso_8601_and_rfc_3339_with_zones(text: str, expected: str) -> None:
    assert to_engine_time(text) == expected


@pytest.mark.usefixtures("local_tz")
def test_iso_without_a_zone_is_local_time() -> None:
    assert to_engine_time("2026-01-01T02:00:00") == str(T0)
    assert to_engine_time("2026-01-01") == str(T0 - 2 * 3600)
    assert to_engine_time("2026-01-01T02:00:00.000000500") == f"{T0}.000000500"


# -- refused -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        math.nan,
        math.inf,
        -math.inf,
        "garbage",
        "",
        "   ",
        "10x",
        "1h30",  # a number without its unit
        "h",
        "-",
        "+",
        "1d",  # Go has no days
        "nan",
        "inf",
        "2026-13-01",
        "2026-01-01T25:00:00Z",
        "1700000000.",
        "-1700000000",
    ],
)
def test_bad_values_raise_value_error_naming_them(value: object) -> None:
    with pytest.raises(ValueError, match="not a point in time") as caught:
        to_engine_time(value, now=NOW)  # type: ignore[arg-type]
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize("value", [None, b"10m", Decimal(5), [1], dt.date(2026, 1, 1)])
def test_other_types_are_refused_with_their_type(value: object) -> None:
    with pytest.raises(ValueError, match="not a point in time") as caught:
        to_seconds(value)  # type: ignore[arg-type]
    assert repr(value) in str(caught.value)
    assert type(value).__name__ in str(caught.value)


@pytest.mark.usefixtures("local_tz")
def test_a_datetime_the_platform_cannot_place_is_a_value_error() -> None:
    # local midnight of 1 January of year 1 is still year 0 in UTC
    with pytest.raises(ValueError, match=r"not a point in time: datetime\.datetime\(1, 1, 1"):
        to_engine_time(dt.datetime(1, 1, 1))
