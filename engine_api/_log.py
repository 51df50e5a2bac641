"""engine-api's loggers, which import :mod:`logging` only once something could be logged.

Until a program imports ``logging`` nothing can have configured it, so the root level is
its default, WARNING, and a DEBUG or INFO record would be dropped: :meth:`Logger.debug` and
:meth:`Logger.info` then return at once and ``isEnabledFor`` is False. Once ``logging`` is
imported (by the program, to configure it, or by anything else) every call goes to the
``logging.Logger`` of that name, and so do warnings and errors at any time.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

DEBUG = 10
INFO = 20


class Logger:
    __slots__ = ("_logger", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._logger: logging.Logger | None = None

    def _get(self) -> logging.Logger | None:
        """The logging.Logger, or None while ``logging`` is not imported."""
        if self._logger is None and "logging" in sys.modules:
            import logging

            self._logger = logging.getLogger(self.name)
        return self._logger

    def isEnabledFor(self, level: int) -> bool:
        logger = self._get()
        return logger is not None and logger.isEnabledFor(level)

    def debug(self, msg: str, *args: object, **kwargs: Any) -> None:
        logger = self._get()
        if logger is not None:
            logger.debug(msg, *args, stacklevel=2, **kwargs)

    def info(self, msg: str, *args: object, **kwargs: Any) -> None:
        logger = self._get()
        if logger is not None:
            logger.info(msg, *args, stacklevel=2, **kwargs)

    def warning(self, msg: str, *args: object, **kwargs: Any) -> None:
        import logging

        logging.getLogger(self.name).warning(msg, *args, stacklevel=2, **kwargs)


def get_logger(name: str) -> Logger:
    return Logger(name)
