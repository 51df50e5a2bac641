"""Client scenarios, written once for asyncio (the source of ../_sync)."""
