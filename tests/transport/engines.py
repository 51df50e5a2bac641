"""Engines reached other ways than the session's unix socket: session fixtures for the
transport tests and for any test that wants them.

The root conftest lists this module in ``pytest_plugins``, so every test can ask for them by
name and the whole session shares one of each.

``tls_engine``: a second private engine that also listens on ``tcp://127.0.0.1:<free port>``
with ``--tlsverify``; the CA, the server certificate (SAN 127.0.0.1 and localhost) and a
client certificate are made with the ``openssl`` CLI in a temporary directory, together with
a second CA that signed nothing the engine knows. Gives a :class:`TLSEngine`.

``ssh_engine``: a private ``sshd`` on 127.0.0.1 (its config, host key, authorized keys and pid
file in a temporary directory) whose sessions get ``DOCKER_HOST`` of the session's engine, so
that ``ssh ... docker system dial-stdio`` reaches it. Gives an :class:`SSHEngine` with the
``ssh://`` address and the client options (``-F /dev/null``: neither ~/.ssh/config nor
~/.ssh/known_hosts is read or written). Skipped when /usr/sbin/sshd is missing
(``scripts/install`` installs Debian's openssh-server).

Both are stopped at the end of the session, also when tests failed.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scripts.private_engine import start_engine

SSHD = Path("/usr/sbin/sshd")
SSHD_MISSING = "openssh-server (sshd) is not installed"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(
    port: int, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")
        time.sleep(0.05)


# --- TLS ------------------------------------------------------------------------------------


def _openssl(*args: str | Path, cwd: Path) -> None:
    result = subprocess.run(
        ["openssl", *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(map(str, args))} failed:\n{result.stderr}")


def _make_ca(directory: Path, name: str) -> tuple[Path, Path]:
    cert, key = directory / f"{name}.pem", directory / f"{name}-key.pem"
    _openssl(
        "req", "-x509", "-new", "-nodes", "-newkey", "ec", "-pkeyopt",
        "ec_paramgen_curve:prime256v1", "-keyout", key, "-out", cert, "-days", "2",
        "-subj", f"/CN=engine-api test {name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    return cert, key


def _make_signed(
    directory: Path, name: str, ca: tuple[Path, Path], extensions: str
) -> tuple[Path, Path]:
    cert, key, csr = (directory / f"{name}{suffix}" for suffix in (".pem", "-key.pem", ".csr"))
    ext = directory / f"{name}.ext"
    ext.write_text(extensions)
    _openssl(
        "req", "-new", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-keyout", key, "-out", csr, "-subj", f"/CN=engine-api test {name}",
        cwd=directory,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-set_serial",
        str(int.from_bytes(os.urandom(8), "big")), "-days", "2", "-extfile", ext, "-out", cert,
        cwd=directory,
    )  # fmt: skip
    return cert, key


@dataclass(frozen=True)
class TLSEngine:
    """A private engine listening on ``host`` (tcp://127.0.0.1:port) with --tlsverify."""

    host: str
    ca: Path  # the CA that signed the engine's and the client's certificates
    cert: Path  # the client certificate
    key: Path  # its key
    wrong_ca: Path  # a CA that signed nothing the engine uses
    socket_path: Path  # the same engine's unix socket (no TLS there)
    server_cert: Path  # the engine's certificate (SAN 127.0.0.1 and localhost), signed by ca
    server_key: Path

    def ssl_context(self, *, ca: Path | None = None, client_cert: bool = True) -> ssl.SSLContext:
        """A client context trusting ``ca`` (default: the right one), with the client
        certificate unless ``client_cert`` is False."""
        context = ssl.create_default_context(cafile=str(ca or self.ca))
        if client_cert:
            context.load_cert_chain(str(self.cert), str(self.key))
        return context


@pytest.fixture(scope="session")
def tls_engine() -> Iterator[TLSEngine]:
    """A second private engine on tcp://127.0.0.1:<free port> with --tlsverify."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl CLI is not installed (scripts/install installs it)")
    certs = Path(tempfile.mkdtemp(prefix="ea-tls-"))
    try:
        ca = _make_ca(certs, "ca")
        wrong_ca, _ = _make_ca(certs, "wrong-ca")
        server = _make_signed(
            certs,
            "server",
            ca,
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
        )
        client = _make_signed(certs, "client", ca, "extendedKeyUsage=clientAuth\n")
        port = free_port()
        engine = start_engine(
            extra_args=[
                f"--host=tcp://127.0.0.1:{port}",
                "--tlsverify",
                f"--tlscacert={ca[0]}",
                f"--tlscert={server[0]}",
                f"--tlskey={server[1]}",
            ]
        )
        try:
            wait_for_port(port, 30.0)
            yield TLSEngine(
                host=f"tcp://127.0.0.1:{port}",
                ca=ca[0],
                cert=client[0],
                key=client[1],
                wrong_ca=wrong_ca,
                socket_path=engine.socket_path,
                server_cert=server[0],
                server_key=server[1],
            )
        finally:
            engine.stop()
    finally:
        shutil.rmtree(certs, ignore_errors=True)


# --- ssh ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SSHEngine:
    """The session's engine reached through a private sshd: ``host`` is ``ssh://user@127.0.0.1:
    port``; ``options`` are the ssh client options that go with it."""

    host: str
    options: tuple[str, ...]
    port: int
    user: str
    pid: int
    log: Path = field(repr=False)


_SSHD_CONFIG = """\
ListenAddress 127.0.0.1
HostKey {dir}/host_key
PidFile {dir}/sshd.pid
AuthorizedKeysFile {dir}/authorized_keys
AllowUsers {user}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
PrintMotd no
X11Forwarding no
AllowTcpForwarding no
SetEnv DOCKER_HOST={docker_host} DOCKER_CONFIG={dir}/docker-config
"""


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (sshd's per-connection processes)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _stop_sshd(process: subprocess.Popen[bytes]) -> None:
    """Stop the listening sshd, then any connection it left (each by its pid)."""
    sessions = _children(process.pid)
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    for pid in sessions:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


@pytest.fixture(scope="session")
def ssh_engine(engine_socket: str) -> Iterator[SSHEngine]:
    """The session's engine behind a private sshd on 127.0.0.1 (skipped without sshd)."""
    if not SSHD.exists():
        pytest.skip(SSHD_MISSING)
    if shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        pytest.skip("the ssh client (openssh-client) is not installed")
    user = getpass.getuser()
    directory = Path(tempfile.mkdtemp(prefix="ea-sshd-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        for key in ("host_key", "client_key"):
            subprocess.run(
                ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", key, "-f", directory / key],
                check=True,
                capture_output=True,
            )
        (directory / "authorized_keys").write_bytes((directory / "client_key.pub").read_bytes())
        (directory / "docker-config").mkdir()
        config = directory / "sshd_config"
        config.write_text(
            _SSHD_CONFIG.format(dir=directory, user=user, docker_host=f"unix://{engine_socket}")
        )
        if os.geteuid() == 0:
            # sshd refuses to start without its privilege separation directory, which
            # Debian makes only when the service starts.
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        port = free_port()
        log = directory / "sshd.log"
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                [SSHD, "-D", "-e", "-f", config, "-p", str(port)],
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_for_port(port, 15.0, process)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}; sshd's log:\n{log.read_text(errors='replace')}") from exc
        options = (
            "-F", "/dev/null",
            "-i", str(directory / "client_key"),
            "-o", "IdentitiesOnly=yes",
            "-o", "IdentityAgent=none",
            "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes",
            "-o", "LogLevel=ERROR",
        )  # fmt: skip
        yield SSHEngine(
            host=f"ssh://{user}@127.0.0.1:{port}",
            options=options,
            port=port,
            user=user,
            pid=process.pid,
            log=log,
        )
    finally:
        if process is not None:
            _stop_sshd(process)
        shutil.rmtree(directory, ignore_errors=True)
