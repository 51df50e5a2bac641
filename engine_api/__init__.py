"""engine-api: a typed client for the Docker Engine API, sync and asyncio."""
