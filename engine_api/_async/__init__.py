"""The client in one of its two flavours, asyncio and threads.

The asyncio flavour is the source; the thread flavour is derived from it, module by module,
by ``scripts/unasync.py``, and each derived file says so in its first lines. Edit the asyncio
source and run the script; ``python scripts/unasync.py --check`` fails when the derived files
are not what it would write.
"""
