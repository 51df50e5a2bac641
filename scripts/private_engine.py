"""Start and stop a private Docker Engine (dockerd) that lives entirely in one directory.

Standard library only, so that it works before the project is installed.

Everything the engine writes goes under one directory ``D``::

    D/private-engine.json   marker written by this module (stop refuses directories without it)
    D/daemon.json           an empty-ish config file, so /etc/docker/daemon.json is never read
    D/data/                 --data-root (images, containers, volumes, its containerd's data)
    D/exec/                 --exec-root (its own containerd's socket and pid file)
    D/pid                   --pidfile
    D/docker.sock           the API socket
    D/dockerd.log           dockerd's (and its containerd's) output

The engine has no bridge network, touches neither iptables nor ip_forward, and starts its
own containerd (no ``--containerd``). It tries the overlay2 storage driver first and falls
back to vfs when dockerd cannot start with overlay2 (nested environments).

Command line::

    python scripts/private_engine.py start [--dir D]   # prints unix://D/docker.sock
        [--dockerd-arg ARG]...                          # more dockerd flags (e.g. a TLS host)
    python scripts/private_engine.py stop --dir D       # stops it and removes D

Python::

    engine = start_engine()        # a fresh short directory under /tmp
                                   # (extra_args=[...]: more dockerd flags)
    try:
        ...                         # talk to engine.host
    finally:
        engine.stop()
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MARKER = "private-engine.json"
SOCKET = "docker.sock"
LOG = "dockerd.log"
PIDFILE = "pid"
CONTAINERD_PIDFILE = Path("exec", "containerd", "containerd.pid")
CONTAINERD_SOCKET = Path("exec", "containerd", "containerd.sock")
SYSTEM_CONTAINERD_SOCKET = Path("/run/containerd/containerd.sock")

STORAGE_DRIVERS = ("overlay2", "vfs")
ENV_STORAGE_DRIVER = "ENGINE_API_STORAGE_DRIVER"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0
# sun_path is 108 bytes including the terminating NUL.
MAX_SOCKET_PATH = 107
STANDARD_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")


class EngineError(RuntimeError):
    """The private engine could not be started or stopped."""


@dataclass
class Engine:
    """A running private engine, as returned by :func:`start_engine`."""

    directory: Path
    pid: int
    storage_driver: str
    startup_seconds: float = 0.0
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def socket_path(self) -> Path:
        return self.directory / SOCKET

    @property
    def host(self) -> str:
        """The value for DOCKER_HOST: ``unix:///.../docker.sock``."""
        return f"unix://{self.socket_path}"

    @property
    def log_path(self) -> Path:
        return self.directory / LOG

    def stop(self, timeout: float = STOP_TIMEOUT, *, remove: bool = True) -> None:
        """Stop dockerd (and what it left behind), then remove the directory unless told not to."""
        stop_engine(self.directory, timeout=timeout, remove=remove, process=self._process)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# --- talking to the socket ----------------------------------------------------------------


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, socket_path: str | Path, timeout: float) -> None:
        super().__init__("docker", timeout=timeout)
        self._socket_path = str(socket_path)

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self._socket_path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def ping(socket_path: str | Path, timeout: float = 2.0) -> bool:
    """True when ``GET /_ping`` on the socket answers 200 ``OK``."""
    conn = _UnixHTTPConnection(socket_path, timeout)
    try:
        conn.request("GET", "/_ping")
        response = conn.getresponse()
        return response.status == 200 and response.read().strip() == b"OK"
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


# --- processes ------------------------------------------------------------------------------


def _cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (reaping it if it is our child)."""
    with contextlib.suppress(ChildProcessError, OSError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in ("Z", "X")


def _references(pid: int, directory: Path) -> bool:
    """True when the process's command line names a path inside ``directory``."""
    prefix = str(directory).rstrip("/") + "/"
    return any(prefix in arg for arg in _cmdline(pid))


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 1 and fields[1] == str(pid):
            found.append(int(entry.name))
    return found


def _processes_using(directory: Path) -> list[int]:
    """Processes whose command line names this engine's own containerd socket (its shims)."""
    address = str(directory / CONTAINERD_SOCKET)
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            pid = int(entry.name)
            if any(address in arg for arg in _cmdline(pid)):
                found.append(pid)
    return found


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def _wait_gone(pids: Sequence[int], timeout: float) -> list[int]:
    """Wait until the processes have exited; return those still alive at the deadline."""
    deadline = time.monotonic() + timeout
    remaining = [pid for pid in pids if _alive(pid)]
    while remaining and time.monotonic() < deadline:
        time.sleep(0.05)
        remaining = [pid for pid in remaining if _alive(pid)]
    return remaining


def _terminate(pids: Sequence[int], timeout: float, what: str) -> None:
    """SIGTERM, wait up to ``timeout``, then SIGKILL whatever is left."""
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    left = _wait_gone(pids, timeout)
    if left:
        print(f"private_engine: {what} {left} ignored SIGTERM; sending SIGKILL", file=sys.stderr)
        for pid in left:
            _signal(pid, signal.SIGKILL)
        left = _wait_gone(left, 10.0)
        if left:
            raise EngineError(f"{what} {left} did not exit after SIGKILL")


# --- mounts and removal ---------------------------------------------------------------------


def _mount_points_under(directory: Path) -> list[str]:
    prefix = str(directory).rstrip("/")
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 5:
                continue
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4])
            if point == prefix or point.startswith(prefix + "/"):
                points.append(point)
    return points


def unmount_all(directory: Path) -> list[str]:
    """Unmount everything mounted at or below ``directory``, deepest first.

    Busy mounts are detached lazily. Returns the mount points that could not be unmounted.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    mnt_detach = 2
    failed: list[str] = []
    for _ in range(10):  # a path can be mounted over more than once
        points = [p for p in _mount_points_under(directory) if p not in failed]
        if not points:
            break
        for point in sorted(points, key=lambda p: p.count("/"), reverse=True):
            target = point.encode()
            if libc.umount2(target, 0) == 0:
                continue
            if libc.umount2(target, mnt_detach) != 0:
                err = ctypes.get_errno()
                print(
                    f"private_engine: cannot unmount {point}: {os.strerror(err)}", file=sys.stderr
                )
                failed.append(point)
    return failed


def remove_tree(directory: Path) -> None:
    """Unmount what is mounted below ``directory`` and delete it; warn (don't fail) on leftovers."""
    unmount_all(directory)
    problems: list[str] = []

    def on_error(_func: Any, path: str, exc_info: Any) -> None:
        exc = exc_info[1]
        if not isinstance(exc, FileNotFoundError):
            problems.append(f"{path}: {exc}")

    shutil.rmtree(directory, onerror=on_error)  # onexc only exists from 3.12 on
    if problems:
        shown = "\n  ".join(problems[:5])
        print(f"private_engine: could not remove all of {directory}:\n  {shown}", file=sys.stderr)


# --- start ----------------------------------------------------------------------------------


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def _environment() -> dict[str, str]:
    """The environment for dockerd: no DOCKER_* (dockerd reads DOCKER_TLS_VERIFY and
    DOCKER_CERT_PATH as flag defaults) and a PATH that finds runc, containerd and friends."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER")}
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p]
    path += [p for p in STANDARD_PATH if p not in path]
    env["PATH"] = os.pathsep.join(path)
    return env


def find_dockerd() -> str | None:
    """The dockerd that :func:`start_engine` runs by default (PATH and the sbin directories),
    or None when there is none."""
    return shutil.which("dockerd", path=_environment()["PATH"])


def _dockerd_major(dockerd: str) -> int:
    try:
        out = subprocess.run(
            [dockerd, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    match = re.search(r"version (\d+)\.", out)
    return int(match.group(1)) if match else 0


def _daemon_config(directory: Path, dockerd: str) -> dict[str, Any]:
    config: dict[str, Any] = {}
    if _dockerd_major(dockerd) < 23:
        # Engines before 23.0 otherwise write /etc/docker/key.json.
        config["deprecated-key-path"] = str(directory / "key.json")
    return config


def dockerd_command(
    directory: Path,
    storage_driver: str,
    dockerd: str = "dockerd",
    extra_args: Sequence[str] = (),
) -> list[str]:
    """dockerd's command line; ``extra_args`` go at its end (e.g. ``--host=tcp://...`` with
    ``--tlsverify`` and the certificate flags, for an engine that also listens on TCP)."""
    d = directory
    return [
        dockerd,
        f"--config-file={d / 'daemon.json'}",
        f"--data-root={d / 'data'}",
        f"--exec-root={d / 'exec'}",
        f"--pidfile={d / PIDFILE}",
        f"--host=unix://{d / SOCKET}",
        f"--storage-driver={storage_driver}",
        "--bridge=none",
        "--iptables=false",
        "--ip-masq=false",
        "--ip-forward=false",
        # Ports published on 127.0.0.1 reach containers through the engine's userland proxy
        # (with --iptables=false nothing else forwards them); it ends with the engine.
        *extra_args,
    ]


def _check_directory_for_start(directory: Path) -> None:
    sock = str(directory / SOCKET)
    if len(sock.encode()) > MAX_SOCKET_PATH:
        raise EngineError(
            f"socket path {sock} is {len(sock.encode())} bytes; unix sockets allow "
            f"{MAX_SOCKET_PATH}: use a shorter directory"
        )
    if not directory.exists():
        return
    if not directory.is_dir():
        raise EngineError(f"{directory} exists and is not a directory")
    if (directory / MARKER).exists():
        pid = _read_pid(directory / PIDFILE)
        if pid is not None and _alive(pid) and _references(pid, directory):
            raise EngineError(f"an engine (pid {pid}) is already running in {directory}")
    elif any(directory.iterdir()):
        raise EngineError(
            f"{directory} is not empty and was not made by private_engine.py; "
            "give an empty or new directory"
        )


def _launch(
    directory: Path,
    storage_driver: str,
    dockerd: str,
    timeout: float,
    extra_args: Sequence[str] = (),
) -> tuple[subprocess.Popen[bytes] | None, str]:
    """Run dockerd and wait for /_ping. Returns (process, "") or (None, reason it failed)."""
    log_path = directory / LOG
    cmd = dockerd_command(directory, storage_driver, dockerd, extra_args)
    with open(log_path, "ab") as log:
        log.write(f"--- private_engine: {' '.join(cmd)}\n".encode())
        log.flush()
        process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=_environment(),
            start_new_session=True,  # a Ctrl-C at the terminal goes to us, not to dockerd
            close_fds=True,
        )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _stop_processes(directory, process, 10.0)  # a containerd it may have left
            return None, f"dockerd exited with status {process.returncode}"
        if ping(directory / SOCKET, timeout=1.0):
            return process, ""
        time.sleep(0.05)
    _stop_processes(directory, process, STOP_TIMEOUT)
    return None, f"dockerd did not answer /_ping within {timeout:g}s"


def start_engine(
    directory: str | os.PathLike[str] | None = None,
    *,
    timeout: float = START_TIMEOUT,
    storage_driver: str | None = None,
    dockerd: str | None = None,
    extra_args: Sequence[str] = (),
) -> Engine:
    """Start a private dockerd in ``directory`` (default: a new short directory under /tmp).

    Returns once ``GET /_ping`` answers OK (on the unix socket, which is always there).
    With no ``storage_driver`` (and no ENGINE_API_STORAGE_DRIVER), overlay2 is tried first
    and vfs second. ``extra_args`` are appended to dockerd's command line, e.g.
    ``["--host=tcp://127.0.0.1:23760", "--tlsverify", "--tlscacert=...", "--tlscert=...",
    "--tlskey=..."]`` for an engine that also listens on TCP with TLS. On failure raises
    EngineError with the log's tail; a directory this call created is then removed.
    """
    made_here = directory is None
    if directory is None:
        path = Path(tempfile.mkdtemp(prefix="ea-", dir="/tmp"))
    else:
        path = Path(directory).absolute()
    try:
        return _start_in(path, timeout, storage_driver, dockerd, extra_args)
    except BaseException:
        if made_here:
            remove_tree(path)
        raise


def _start_in(
    directory: Path,
    timeout: float,
    storage_driver: str | None,
    dockerd: str | None,
    extra_args: Sequence[str] = (),
) -> Engine:
    _check_directory_for_start(directory)
    binary = dockerd or find_dockerd()
    if binary is None:
        raise EngineError("dockerd not found: run scripts/install (apt package docker.io)")
    if SYSTEM_CONTAINERD_SOCKET.exists():
        print(
            f"private_engine: warning: {SYSTEM_CONTAINERD_SOCKET} exists, so dockerd will use "
            "that system containerd instead of starting its own",
            file=sys.stderr,
        )
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    (directory / MARKER).write_text(
        json.dumps({"created_by": "scripts/private_engine.py", "dockerd": binary}) + "\n"
    )
    (directory / "daemon.json").write_text(
        json.dumps(_daemon_config(directory, binary), indent=2) + "\n"
    )
    chosen = storage_driver or os.environ.get(ENV_STORAGE_DRIVER)
    drivers = [chosen] if chosen else list(STORAGE_DRIVERS)
    failures = []
    started = time.monotonic()
    for i, driver in enumerate(drivers):
        if i:
            # Start the next driver from a clean slate; the log keeps every attempt.
            unmount_all(directory)
            for sub in ("data", "exec"):
                remove_tree(directory / sub)
        process, reason = _launch(directory, driver, binary, timeout, extra_args)
        if process is not None:
            return Engine(
                directory=directory,
                pid=process.pid,
                storage_driver=driver,
                startup_seconds=time.monotonic() - started,
                _process=process,
            )
        failures.append(f"{driver}: {reason}")
    raise EngineError(
        f"cannot start dockerd in {directory} ({'; '.join(failures)}).\n"
        f"Last lines of {directory / LOG}:\n{_tail(directory / LOG)}"
    )


# --- stop -----------------------------------------------------------------------------------


def _stop_processes(
    directory: Path, process: subprocess.Popen[bytes] | None, timeout: float
) -> None:
    pid: int | None
    if process is not None:  # our own child: no doubt whose it is
        pid = process.pid if process.poll() is None else None
    else:
        pid = _read_pid(directory / PIDFILE)
        if pid is not None and not (_alive(pid) and _references(pid, directory)):
            pid = None  # gone already, or the number now belongs to someone else
    # Remember its containerd before dockerd goes: by its pid file, and as dockerd's child.
    helpers = set()
    containerd = _read_pid(directory / CONTAINERD_PIDFILE)
    if containerd is not None:
        helpers.add(containerd)
    if pid is not None:
        helpers.update(_children(pid))
    helpers = {h for h in helpers if _alive(h) and _references(h, directory)}

    if pid is not None:
        _terminate([pid], timeout, "dockerd")
    if process is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=1.0)
    # dockerd normally stops its containerd itself; give it a moment, then insist.
    left = _wait_gone(sorted(helpers), 5.0)
    if left:
        _terminate(left, timeout, "containerd")
    shims = _processes_using(directory)
    if shims:
        # dockerd died without stopping its containers: kill each container's init (the shim's
        # child, pid 1 of its pid namespace, so the whole container goes), then the shim.
        inits = [child for shim in shims for child in _children(shim)]
        for init in inits:
            _signal(init, signal.SIGKILL)
        _wait_gone(inits, 10.0)
        _terminate(shims, 5.0, "left-over containerd shims")


def stop_engine(
    directory: str | os.PathLike[str],
    *,
    timeout: float = STOP_TIMEOUT,
    remove: bool = True,
    process: subprocess.Popen[bytes] | None = None,
) -> None:
    """Stop the engine that :func:`start_engine` started in ``directory`` and remove it.

    Only processes that name this directory on their command line are signalled: dockerd (from
    its pid file), the containerd it started, and any shim of that containerd left behind.
    A missing directory is not an error; a directory this module did not make is refused.
    """
    path = Path(directory).absolute()
    if not path.exists():
        return
    if not (path / MARKER).exists():
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()  # e.g. made by `mktemp -d` for a start that never ran
            return
        raise EngineError(f"{path} was not made by private_engine.py; refusing to touch it")
    _stop_processes(path, process, timeout)
    if remove:
        remove_tree(path)
    else:
        unmount_all(path)


# --- command line ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="private_engine.py", description="Run a private Docker Engine in one directory."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="start dockerd; print its DOCKER_HOST value")
    start.add_argument("--dir", help="engine directory (default: a new /tmp/ea-XXXXXXXX)")
    start.add_argument("--timeout", type=float, default=START_TIMEOUT, help="seconds to wait")
    start.add_argument(
        "--storage-driver",
        help=f"only try this driver (default: ${ENV_STORAGE_DRIVER}, else overlay2 then vfs)",
    )
    start.add_argument(
        "--dockerd-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="one more dockerd argument (repeatable), e.g. --dockerd-arg=--host=tcp://127.0.0.1:2376",
    )
    stop = sub.add_parser("stop", help="stop the engine in --dir and remove the directory")
    stop.add_argument("--dir", required=True, help="the directory given to (or made by) start")
    stop.add_argument("--timeout", type=float, default=STOP_TIMEOUT, help="seconds before KILL")
    stop.add_argument("--keep", action="store_true", help="keep the directory (and its log)")
    args = parser.parse_args(argv)

    try:
        if args.command == "start":
            engine = start_engine(
                args.dir,
                timeout=args.timeout,
                storage_driver=args.storage_driver,
                extra_args=args.dockerd_arg,
            )
            print(
                f"private_engine: dockerd pid {engine.pid} ready in "
                f"{engine.startup_seconds:.1f}s ({engine.storage_driver}); stop it with: "
                f"python scripts/private_engine.py stop --dir {engine.directory}",
                file=sys.stderr,
            )
            print(engine.host)
        else:
            stop_engine(args.dir, timeout=args.timeout, remove=not args.keep)
    except EngineError as exc:
        print(f"private_engine: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
