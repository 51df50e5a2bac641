"""Benchmarks run side by side with docker-py, aiodocker and a raw socket client."""
