"""engine_api.progress: pull/push progress as text, on a terminal and elsewhere."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from typing import Any

import pytest
from engine_api_binding.models import BuildInfo, CreateImageInfo, PushImageInfo

from engine_api.progress import ProgressRenderer, arender_progress, format_bytes, render_progress

PULL: list[dict[str, Any]] = [
    {"status": "Pulling from library/app", "id": "v1"},
    {"status": "Pulling fs layer", "progressDetail": {}, "id": "aaa"},
    {"status": "Pulling fs layer", "progressDetail": {}, "id": "bbb"},
    {
        "status": "Downloading",
        "progressDetail": {"current": 500_000, "total": 1_000_000},
        "progress": "[=>  ]",
        "id": "aaa",
    },
    {"status": "Download complete", "progressDetail": {}, "id": "bbb"},
    {"status": "Pull complete", "progressDetail": {}, "id": "aaa"},
    {"status": "Digest: sha256:0123"},
    {"status": "Status: Downloaded newer image for app:v1"},
]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_plain_lines_without_progress_ticks() -> None:
    out = io.StringIO()
    render_progress(PULL, out)
    assert out.getvalue().splitlines() == [
        "v1: Pulling from library/app",
        "aaa: Pulling fs layer",
        "bbb: Pulling fs layer",
        "bbb: Download complete",
        "aaa: Pull complete",
        "Digest: sha256:0123",
        "Status: Downloaded newer image for app:v1",
    ]


def test_terminal_rewrites_each_layer_line_in_place() -> None:
    out = Terminal()
    render_progress(PULL[:6], out)
    bar = "[" + "=" * 20 + ">" + " " * 19 + "]  500kB/1MB"
    clear = "\x1b[2K\r"
    assert out.getvalue() == (
        f"{clear}v1: Pulling from library/app\n"
        f"{clear}aaa: Pulling fs layer\n"
        f"{clear}bbb: Pulling fs layer\n"
        # aaa is 2 lines up from the cursor, bbb 1
        f"\x1b[2A{clear}aaa: Downloading {bar}\x1b[2B\r"
        f"\x1b[1A{clear}bbb: Download complete\x1b[1B\r"
        f"\x1b[2A{clear}aaa: Pull complete\x1b[2B\r"
    )


def test_a_line_without_id_starts_a_new_block() -> None:
    out = Terminal()
    renderer = ProgressRenderer(out)
    assert renderer.tty
    renderer.feed({"status": "Pulling fs layer", "id": "aaa"})
    renderer.feed({"status": "Digest: sha256:0123"})
    renderer.feed({"status": "Pull complete", "id": "aaa"})  # a new line, not 2 lines up
    assert out.getvalue().endswith("\x1b[2K\raaa: Pull complete\n")


def test_typed_messages_errors_streams_and_aux() -> None:
    out = io.StringIO()
    messages = [
        PushImageInfo.from_dict({"status": "Preparing", "progressDetail": {}, "id": "l1"}),
        PushImageInfo.from_dict({"progressDetail": {}, "aux": {"Tag": "v1", "Digest": "d"}}),
        BuildInfo.from_dict({"stream": "Loaded image: app:v1\n"}),
        CreateImageInfo.from_dict({"errorDetail": {"message": "boom"}, "error": "boom"}),
        {"error": "only the old key"},
    ]
    render_progress(messages, out, tty=False)
    assert out.getvalue() == (
        "l1: Preparing\nLoaded image: app:v1\nERROR: boom\nERROR: only the old key\n"
    )
    with pytest.raises(TypeError, match="not a progress message"):
        ProgressRenderer(out).feed(42)


def test_terminal_bar_without_total_and_preformatted_progress() -> None:
    out = Terminal()
    renderer = ProgressRenderer(out)
    renderer.feed({"status": "Extracting", "progressDetail": {"current": 1234}, "id": "a"})
    renderer.feed({"status": "Waiting", "progress": "[==> ]", "id": "b"})
    assert out.getvalue() == ("\x1b[2K\ra: Extracting 1.23kB\n\x1b[2K\rb: Waiting [==> ]\n")


def test_format_bytes() -> None:
    assert [format_bytes(n) for n in (0, 999, 1000, 1_234_567, 5 * 10**9, 7 * 10**15)] == [
        "0B",
        "999B",
        "1kB",
        "1.23MB",
        "5GB",
        "7000TB",
    ]


@pytest.mark.anyio
async def test_async_rendering() -> None:
    async def messages() -> AsyncIterator[dict[str, Any]]:
        for message in PULL:
            yield message

    out = io.StringIO()
    await arender_progress(messages(), out)
    assert out.getvalue().splitlines()[-1] == "Status: Downloaded newer image for app:v1"


def _shown_lines(text: str) -> list[str]:
    """What each write leaves on the line, the ANSI cursor movements taken out."""
    import re

    return [line for line in re.split(r"\x1b\[\d*[ABK]|\r|\n", text) if line]


LAYER = "3f4ca61aafcd"
DOWNLOADING = {
    "status": "Downloading",
    "progressDetail": {"current": 12_300_000, "total": 45_600_000},
    "id": LAYER,
}


@pytest.mark.parametrize("columns", [200, 80, 60, 50, 40, 30, 20, 14])
def test_terminal_lines_fit_the_width(columns: int) -> None:
    out = Terminal()
    render_progress([{"status": "Pulling fs layer", "id": LAYER}, DOWNLOADING], out, width=columns)
    lines = _shown_lines(out.getvalue())
    assert lines, out.getvalue()
    for line in lines:
        assert len(line) <= columns - 1, (columns, line)
        assert line.startswith(LAYER), line


def test_what_goes_first_when_the_terminal_narrows() -> None:
    def line_at(columns: int) -> str:
        out = Terminal()
        render_progress([DOWNLOADING], out, width=columns)
        return _shown_lines(out.getvalue())[-1]

    sizes = "12.3MB/45.6MB"
    assert line_at(120) == f"{LAYER}: Downloading [{'=' * 10}>{' ' * 29}]  {sizes}"
    assert line_at(80) == f"{LAYER}: Downloading [{'=' * 8}>{' ' * 21}]  {sizes}"
    assert line_at(55) == f"{LAYER}: Downloading [{'=' * 2}>{' ' * 7}]  {sizes}"
    assert line_at(42) == f"{LAYER}: Downloading {sizes}"
    assert line_at(30) == f"{LAYER}: Downloading"
    assert line_at(20) == f"{LAYER}: Down…"
    assert line_at(10) == LAYER[:9]


def test_the_width_is_read_again_for_each_line(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Terminal()
    renderer = ProgressRenderer(out)
    monkeypatch.setenv("COLUMNS", "120")
    renderer.feed(DOWNLOADING)
    monkeypatch.setenv("COLUMNS", "42")
    renderer.feed(DOWNLOADING)
    wide, narrow = _shown_lines(out.getvalue())
    assert "[" in wide and len(wide) > 60
    assert narrow == f"{LAYER}: Downloading 12.3MB/45.6MB"


def test_plain_lines_are_never_cut() -> None:
    long_status = "Status: Downloaded newer image for registry.example:5000/" + "x" * 90 + ":v1"
    out = io.StringIO()
    render_progress(
        [{"status": "Pulling " + "y" * 100, "id": LAYER}, {"status": long_status}], out, width=40
    )
    assert out.getvalue().splitlines() == [f"{LAYER}: Pulling " + "y" * 100, long_status]
