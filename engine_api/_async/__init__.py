"""The asyncio flavour, and the one source of the thread flavour.

Every module here is rewritten into ``engine_api/_sync/`` by ``scripts/unasync.py``
(``async def`` becomes ``def``, ``AsyncEngineTransport`` becomes ``EngineTransport``, ...);
edit these, then run the script. ``python scripts/unasync.py --check`` fails when
``engine_api/_sync/`` is not what the script would write.
"""
