"""Fixtures of the transport tests: the TLS engine and the sshd (see engines.py)."""

from tests.transport.engines import ssh_engine, tls_engine

__all__ = ["ssh_engine", "tls_engine"]
