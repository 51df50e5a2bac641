"""A long fuzz run of engine_api.streams: ``python -m tests.unit.fuzz_streams [seconds]``.

Each case makes bytes (random, valid frames, frames with bytes changed or cut short,
lines, JSON lines with damage), cuts them into random chunks and feeds every decoder.
A case fails if a decoder raises anything but ProtocolError, takes longer than
``CASE_TIMEOUT`` seconds, decodes differently when the chunks are cut differently, or
(for frames) differs from a plain reference decoder written for this check. On a
failure it prints how to rerun exactly that case and exits 1.

``scripts/fuzz [seconds] [--seed N] [--case I]``: default 60 seconds, a random seed.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import struct
import sys
import time
import traceback
from types import FrameType
from typing import Any

from engine_api.errors import ProtocolError
from engine_api.streams import FrameDecoder, JSONLinesDecoder, LineDecoder

CASE_TIMEOUT = 5.0

Outcome = tuple[list[Any], bool]  # what was delivered, and whether it ended in ProtocolError


class Hang(Exception):
    """A case ran longer than CASE_TIMEOUT."""


class Mismatch(AssertionError):
    """Two ways of decoding the same bytes disagreed."""


# --- making bytes -----------------------------------------------------------------------


def _frames(rng: random.Random) -> bytes:
    out = bytearray()
    for _ in range(rng.randrange(12)):
        size = rng.choice([0, 1, 7, 8, 9, 100, rng.randrange(5000)])
        out += struct.pack(">BxxxI", rng.choice([0, 1, 1, 1, 2, 2]), size)
        out += rng.randbytes(size)
    return bytes(out)


def _damaged(rng: random.Random, data: bytes) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        if not damaged:
            break
        at = rng.randrange(len(damaged))
        action = rng.randrange(4)
        if action == 0:
            damaged[at] = rng.randrange(256)
        elif action == 1:
            del damaged[at:]
        elif action == 2:
            damaged[at:at] = rng.randbytes(rng.randrange(1, 9))
        else:
            damaged[at] = rng.choice(b'\x00\x01\x02\x03\n\r{}[]"\\')
    return bytes(damaged)


def _json_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randrange(-(10**20), 10**20)
    if kind == 3:
        return rng.uniform(-1e6, 1e6)
    if kind == 4:
        return (
            "".join(
                chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x10FFFF)]))
                for _ in range(rng.randrange(12))
            )
            .encode("utf-8", "replace")
            .decode("utf-8", "replace")
        )
    if kind == 5:
        return [_json_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {f"k{i}": _json_value(rng, depth + 1) for i in range(rng.randrange(4))}


def _json_lines(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randrange(10)):
        parts.append(json.dumps(_json_value(rng), ensure_ascii=rng.random() < 0.5))
        parts.append(rng.choice(["\n", "\r\n", "\n\n", " ", "\n  \n"]))
    return "".join(parts).encode()


def _lines(rng: random.Random) -> bytes:
    alphabet = b"ab\r\n \x00\xff"
    return bytes(rng.choice(alphabet) for _ in range(rng.randrange(200)))


def make_case(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["random", "frames", "damaged frames", "lines", "json", "damaged json"])
    if kind == "random":
        data = rng.randbytes(rng.choice([rng.randrange(16), rng.randrange(2000)]))
    elif kind == "frames":
        data = _frames(rng)
    elif kind == "damaged frames":
        data = _damaged(rng, _frames(rng))
    elif kind == "lines":
        data = _lines(rng)
    elif kind == "json":
        data = _json_lines(rng)
    else:
        data = _damaged(rng, _json_lines(rng))
    return kind, data


def chunked(rng: random.Random, data: bytes) -> list[bytes]:
    chunks = []
    at = 0
    while at < len(data):
        size = rng.choice([1, 2, 7, 8, 9, rng.randrange(1, 64), rng.randrange(1, 9000)])
        chunks.append(data[at : at + size])
        at += size
        if rng.random() < 0.05:
            chunks.append(b"")
    return chunks


# --- decoding ---------------------------------------------------------------------------


def _run(decoder: Any, chunks: list[bytes]) -> Outcome:
    got: list[Any] = []
    try:
        for chunk in chunks:
            got += decoder.feed(chunk)
        got += decoder.close() or []
    except ProtocolError:
        return got, True
    return got, False


def _normal_frames(pieces: list[Any]) -> list[Any]:
    out: list[list[Any]] = []
    for stream, payload in pieces:
        if not payload or type(payload) is not bytes:
            raise Mismatch(f"a piece that is empty or not bytes: {payload!r:.80}")
        if out and out[-1][0] == stream:
            out[-1][1] += payload
        else:
            out.append([int(stream), payload])
    return out


def reference_frames(data: bytes) -> Outcome:
    """The multiplexed format decoded the plain way, all at once."""
    got: list[Any] = []
    at = 0
    while at < len(data):
        header = data[at : at + 8]
        if len(header) < 8:
            return _normal_frames(got), True
        stream, pad, size = header[0], header[1:4], int.from_bytes(header[4:8], "big")
        if stream > 2 or pad != b"\0\0\0":
            return _normal_frames(got), True
        payload = data[at + 8 : at + 8 + size]
        if payload:
            got.append((stream, payload))
        if len(payload) < size:
            return _normal_frames(got), True
        at += 8 + size
    return _normal_frames(got), False


def check(data: bytes, chunks: list[bytes], max_line: int) -> None:
    """Decode ``data`` whole and as ``chunks`` with every decoder; raise on any fault."""
    expected = reference_frames(data)
    for name, outcome in (
        ("whole", _run(FrameDecoder(), [data])),
        ("chunked", _run(FrameDecoder(), chunks)),
    ):
        got = (_normal_frames(outcome[0]), outcome[1])
        if got != expected:
            raise Mismatch(
                f"FrameDecoder ({name}) gave {got!r:.300}, the reference {expected!r:.300}"
            )
    for make in (
        lambda: LineDecoder(max_line),
        lambda: JSONLinesDecoder(max_line),
        lambda: JSONLinesDecoder(),
    ):
        whole = _run(make(), [data])
        parts = _run(make(), chunks)
        if whole != parts:
            raise Mismatch(
                f"{type(make()).__name__}: whole gave {whole!r:.300}, chunked {parts!r:.300}"
            )


# --- the loop -----------------------------------------------------------------------------


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"a case ran longer than {CASE_TIMEOUT} s")


def run_case(seed: int, index: int) -> tuple[str, bytes, list[bytes], int]:
    rng = random.Random(f"{seed}:{index}")
    kind, data = make_case(rng)
    chunks = chunked(rng, data)
    max_line = rng.choice([1, 5, 50, 1000, 1 << 24])
    check(data, chunks, max_line)
    return kind, data, chunks, max_line


def fuzz(seconds: float, seed: int, *, only: int | None = None) -> int:
    """Run cases for ``seconds`` (or just case ``only``); returns how many ran.

    Raises the first fault, after printing the case and how to rerun it."""
    use_alarm = hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _alarm) if use_alarm else None
    deadline = time.monotonic() + seconds
    index = only if only is not None else 0
    done = 0
    try:
        while True:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, CASE_TIMEOUT)
            try:
                run_case(seed, index)
            except Exception:
                rng = random.Random(f"{seed}:{index}")
                kind, data = make_case(rng)
                sizes = [len(c) for c in chunked(rng, data)]
                print(
                    f"FAILED case {index} of seed {seed} ({kind}, {len(data)} bytes, "
                    f"chunks {sizes[:40]}): rerun with --seed {seed} --case {index}\n"
                    f"data: {data[:2000].hex()}",
                    file=sys.stderr,
                )
                raise
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            done += 1
            index += 1
            if only is not None or time.monotonic() >= deadline:
                return done
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("seconds", nargs="?", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--case", type=int, default=None, help="run only this case")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 32)
    started = time.monotonic()
    try:
        done = fuzz(args.seconds, seed, only=args.case)
    except BaseException:
        traceback.print_exc()
        return 1
    elapsed = time.monotonic() - started
    print(f"fuzz: {done} cases in {elapsed:.1f} s (seed {seed}), no fault found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
