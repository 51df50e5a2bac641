"""The typed binding of the Docker Engine API, generated from its spec by engine-api's codegen.

Every operation is a module under ``api/`` (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); every model a class under ``models/``. Most people use it through
``engine_api``'s clients (``client.api.<operation>``); :class:`Client` uses it on its own.
"""

from .client import AsyncSender, Client, Sender

__all__ = ("AsyncSender", "Client", "Sender")
