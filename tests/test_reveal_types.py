"""The high-level API's types are precise: mypy's ``reveal_type`` on
tests/typing/reveal_highlevel.py shows exactly the type written after each call."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.reveal import check_reveals, short

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "typing" / "reveal_highlevel.py"


def test_reveal_type_shows_precise_types() -> None:
    reveals = check_reveals(sys.executable, SAMPLE, cwd=ROOT)
    assert len(reveals.expected) >= 15
    assert not reveals.errors, "\n".join(reveals.errors)
    assert reveals.revealed == reveals.expected


MISSPELLED = """
from engine_api import AsyncDockerClient, DockerClient


def sync_api(client: DockerClient) -> None:
    client.containers.run("busybox", "env", enviroment={"A": "1"})
    client.containers.create("busybox", "true", mem_limt="64m")
    client.containers.run("busybox", "true", detach=True, ports={80: 8080}, auto_remove=True)
    client.containers.run("busybox", "true", mem_limit=["64m"])


async def async_api(client: AsyncDockerClient) -> None:
    await client.containers.run("busybox", "true", stream=True, network_mod="none")
"""


def test_mypy_reports_a_misspelled_or_mistyped_container_argument(tmp_path: Path) -> None:
    sample = tmp_path / "misspelled.py"
    sample.write_text(MISSPELLED)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(sample)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found: dict[int, str] = {}
    for match in re.finditer(r"misspelled\.py:(\d+): error: (.*)", result.stdout):
        line = int(match.group(1))
        found[line] = found.get(line, "") + match.group(2) + "\n"
    assert found.keys() == {6, 7, 9, 13}, result.stdout  # line 8 is right
    assert 'Unexpected keyword argument "enviroment"' in found[6]
    assert 'did you mean "environment"' in found[6]
    assert 'Unexpected keyword argument "mem_limt"' in found[7]
    assert 'matches argument types "str", "str", "list[str]"' in found[9]  # mem_limit=[...]
    assert 'Unexpected keyword argument "network_mod"' in found[13]


def test_a_named_tuple_is_shown_as_its_class() -> None:
    shown = (
        "tuple[builtins.int | None, builtins.bytes, "
        "fallback=engine_api.results.ExecResult[builtins.bytes]]"
    )
    assert short(shown) == "ExecResult[bytes]"
    nested = "list[tuple[int | None, tuple[bytes, bytes], fallback=R[tuple[bytes, bytes]]]]"
    assert short(nested) == "list[R[tuple[bytes, bytes]]]"
    assert short("tuple[bytes, bytes]") == "tuple[bytes, bytes]"
