"""The WebSocket codec against the real engine's ``/containers/{id}/attach/ws``: the upgrade
on a raw unix socket, stdin in and output out, and how the engine ends the connection.

What the engine (moby on golang.org/x/net/websocket) does here: one unfragmented, unmasked
frame per write, binary from API 1.28 on and text before; when the attach ends it sends
close 1000 and closes the connection, and it answers the client's close the same way.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from engine_api_binding.models import (
    ContainerConfigLabels,
    ContainerCreateRequest,
    ContainerState,
    HostConfig,
)

from engine_api import DockerClient
from engine_api._http11 import Head, ResponseParser, request_head
from engine_api._websocket import (
    Binary,
    Close,
    Message,
    Pong,
    Text,
    WebSocketCodec,
    check_accept,
    handshake_headers,
)
from engine_api.errors import ProtocolError, UnsupportedByEngine

TIMEOUT = 30.0


@pytest.fixture
def client(docker_host: str) -> Iterator[DockerClient]:
    with DockerClient() as client:
        yield client


def create(client: DockerClient, cleanup: Any, image: str, **config: Any) -> str:
    body = ContainerCreateRequest(
        image=image,
        labels=ContainerConfigLabels.from_dict(cleanup.labels),
        host_config=HostConfig(network_mode="none"),
        **config,
    )
    created = client.ops.container_create(body=body, name=f"ea-ws-{uuid.uuid4().hex[:8]}")
    return str(cleanup.container(created.id))


@dataclass
class Attached:
    """One WebSocket attach: the socket, its codec, and what arrived so far."""

    sock: socket.socket
    codec: WebSocketCodec
    messages: list[Message] = field(default_factory=list)
    ended: bool = False  # the engine closed the connection

    def send(self, frame: bytes) -> None:
        self.sock.sendall(frame)

    def receive_once(self) -> None:
        data = self.sock.recv(65536)
        if data:
            self.messages += self.codec.feed(data)
        else:
            self.ended = True
            self.codec.eof()

    def output(self) -> bytes:
        return b"".join(m.data for m in self.messages if isinstance(m, Binary | Text))

    def receive_output(self, expected: bytes) -> None:
        """Read until the output so far is ``expected`` long (or the connection ends)."""
        while len(self.output()) < len(expected) and not self.ended:
            self.receive_once()

    def receive_until_the_end(self) -> None:
        while not self.ended:
            self.receive_once()


def attach_ws(engine_socket: str, container: str, version: str = "1.41") -> Attached:
    """Open the socket, send the upgrade GET, check the 101 and its accept key."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(TIMEOUT)
    try:
        sock.connect(engine_socket)
        headers, key = handshake_headers("docker")
        target = f"/v{version}/containers/{container}/attach/ws?stream=1&stdin=1&stdout=1&stderr=1"
        sock.sendall(request_head(b"GET", target.encode(), [(b"Host", b"docker"), *headers]))
        parser = ResponseParser()
        head: Head | None = None
        while head is None:
            data = sock.recv(65536)
            assert data, "the engine closed the connection before answering the upgrade"
            parser.feed(data)
            event = parser.next_event()
            if isinstance(event, Head):
                head = event
        assert head.status == 101, f"{head.status} {head.reason!r}"
        assert (head.get(b"upgrade") or b"").lower() == b"websocket"
        check_accept(key, head.get(b"sec-websocket-accept"))
        codec = WebSocketCodec()
        return Attached(sock, codec, codec.feed(parser.trailing()))
    except BaseException:
        sock.close()
        raise


def test_cat_echoes_stdin_and_the_engine_answers_close(
    client: DockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    cid = create(client, cleanup, test_image, cmd=["cat"], open_stdin=True)
    client.ops.container_start(cid)
    ws = attach_ws(engine_socket, cid)
    with ws.sock:
        ws.send(ws.codec.send_binary(b"hello\n"))
        ws.receive_output(b"hello\n")
        assert ws.messages == [Binary(b"hello\n")]  # API 1.41: binary frames, one per write

        ws.send(ws.codec.send_ping(b"still there?"))
        while not any(isinstance(m, Pong) for m in ws.messages):
            ws.receive_once()
        assert ws.messages[-1] == Pong(b"still there?")

        ws.send(ws.codec.send_text("text frames are stdin too\n"))
        ws.receive_output(b"hello\ntext frames are stdin too\n")
        assert ws.output() == b"hello\ntext frames are stdin too\n"

        ws.send(ws.codec.send_close(1000, "done"))
        ws.receive_until_the_end()  # the codec's eof() found the stream complete
        assert ws.codec.close_received
        assert ws.messages[-1:] == [Close(1000, "")]
    # the client's close ends the attach, not the container
    state = client.ops.container_inspect(cid).state
    assert isinstance(state, ContainerState) and state.running is True
    client.ops.container_kill(cid)


def test_output_then_close_1000_when_the_container_exits(
    client: DockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    script = "echo out; echo err >&2; printf 'raw \\377\\n'"  # not UTF-8
    cid = create(client, cleanup, test_image, cmd=["sh", "-c", script])
    ws = attach_ws(engine_socket, cid)  # before the start: no output is missed
    with ws.sock:
        client.ops.container_start(cid)
        ws.receive_until_the_end()
    data = [m for m in ws.messages if not isinstance(m, Close)]
    assert data and all(type(m) is Binary for m in data), ws.messages
    # stdout and stderr arrive mixed and raw (no multiplexing headers), in either order
    assert sorted(ws.output().splitlines()) == [b"err", b"out", b"raw \xff"]
    assert ws.messages[-1] == Close(1000, "")
    assert ws.codec.close_received and not ws.codec.close_sent
    assert client.ops.container_wait(cid).status_code == 0


def test_before_api_1_28_the_output_comes_in_text_frames_that_need_not_be_utf8(
    client: DockerClient, cleanup: Any, test_image: str, engine_socket: str
) -> None:
    """Why attach_websocket refuses API 1.27 and older: the engine puts any output in text
    frames there, and a text frame that is not UTF-8 breaks RFC 6455 (wsproto refuses it)."""
    cid = create(
        client, cleanup, test_image, cmd=["sh", "-c", "echo fine; sleep 0.2; printf 'raw \\377\\n'"]
    )
    ws = attach_ws(engine_socket, cid, "1.27")
    with ws.sock:
        client.ops.container_start(cid)
        with pytest.raises(ProtocolError, match="close code 1007"):
            ws.receive_until_the_end()
    assert ws.messages == [Text("fine\n")]  # a text frame; what came before is kept
    assert client.ops.container_wait(cid).status_code == 0
    with (
        DockerClient(version="1.27") as old,
        pytest.raises(UnsupportedByEngine, match=r"attach_websocket.*needs API 1\.28"),
    ):
        old.api.attach_websocket(cid)
