"""engine-api's loggers (engine_api/_log.py) leave ``logging`` unimported until a program
imports it, and then log as ``logging.getLogger(name)`` would, from the caller's line."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from engine_api import _log


def test_before_logging_is_imported_nothing_loads_it() -> None:
    program = (
        "import sys\n"
        "from engine_api import _log\n"
        "log = _log.get_logger('engine_api.test')\n"
        "log.debug('dropped %s', 1); log.info('dropped')\n"
        "assert not log.isEnabledFor(_log.DEBUG)\n"
        "print('logging' in sys.modules)\n"
        "log.warning('shown %s', 2)\n"
        "print('logging' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]
    # a warning goes to logging's last-resort handler, as logging's own would
    assert done.stderr.strip() == "shown 2"


def test_once_logging_is_imported_records_come_from_the_callers_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = _log.get_logger("engine_api.test")
    with caplog.at_level(logging.DEBUG, logger="engine_api.test"):
        assert log.isEnabledFor(_log.DEBUG) and _log.DEBUG == logging.DEBUG
        log.debug("debug %s", "a", extra={"path": "/x"})
        log.info("info %s", "b")
        log.warning("warning %s", "c")
    records = [r for r in caplog.records if r.name == "engine_api.test"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.DEBUG, "debug a"),
        (logging.INFO, "info b"),
        (logging.WARNING, "warning c"),
    ]
    assert {r.funcName for r in records} == {
        "test_once_logging_is_imported_records_come_from_the_callers_line"
    }
    assert records[0].path == "/x"  # type: ignore[attr-defined]
    with caplog.at_level(logging.INFO, logger="engine_api.test"):
        assert not log.isEnabledFor(_log.DEBUG) and _log.INFO == logging.INFO
