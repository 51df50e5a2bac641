"""The client tests: one asyncio source, one derived thread flavour."""
