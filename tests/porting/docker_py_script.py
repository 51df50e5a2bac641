"""docker-py code as its users write it, for containers, exec, images, networks and
volumes, high level and low level. tests/test_porting.py runs it twice against the same
engine: as it is (with docker-py) and with its one import line changed to engine-api's,
and the two runs must print the same results. It also type-checks the ported copy with
mypy --strict: ported code is typed for free.

It prints a JSON object of what it saw. The image comes from $PORT_IMAGE; everything it
makes carries the test label and a $PORT_SUFFIX in its name, and is removed at the end.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import docker  # the line the port changes

IMAGE = os.environ["PORT_IMAGE"]
SUFFIX = os.environ["PORT_SUFFIX"]
LABELS = {"engine-api-test": "1"}


def high_level(client: docker.DockerClient, seen: dict[str, Any]) -> None:
    seen["run"] = client.containers.run(
        IMAGE, "echo hello", remove=True, labels=LABELS, network_mode="none"
    ).decode()
    container = client.containers.run(
        IMAGE,
        ["sh", "-c", "echo out; echo err >&2; exec sleep 30"],
        detach=True,
        name="port-" + SUFFIX,
        labels=LABELS,
        network_mode="none",
        environment={"A": "1"},
    )
    try:
        container.reload()
        seen["status"] = container.status
        seen["state"] = container.attrs["State"]["Status"]
        seen["running"] = container.attrs["State"]["Running"]
        seen["env"] = "A=1" in container.attrs["Config"]["Env"]
        seen["has_network_settings"] = "NetworkSettings" in container.attrs
        seen["name"] = container.name
        code, output = container.exec_run("echo hi")
        seen["exec"] = [code, output.decode()]
        result = container.exec_run(["sh", "-c", "exit 3"])
        seen["exec_code"] = [result.exit_code, result[0]]
        deadline = time.monotonic() + 10
        while b"out" not in container.logs() and time.monotonic() < deadline:
            time.sleep(0.05)
        seen["stdout"] = container.logs(stdout=True, stderr=False).decode()
        seen["stderr"] = container.logs(stdout=False, stderr=True).decode()
        seen["top"] = "PID" in container.top()["Titles"]
        seen["got"] = client.containers.get("port-" + SUFFIX).id == container.id
        listed = client.containers.list(filters={"name": "port-" + SUFFIX})
        seen["listed"] = [c.id == container.id for c in listed]
        container.stop(timeout=1)
        seen["exit"] = container.wait()["StatusCode"]
    finally:
        container.remove(force=True)
    try:
        client.containers.get("port-" + SUFFIX)
    except docker.errors.NotFound as missing:
        seen["removed"] = missing.status_code

    image = client.images.get(IMAGE)
    image.tag("port-" + SUFFIX, "v1")
    seen["tagged"] = "port-" + SUFFIX + ":v1" in client.images.get("port-" + SUFFIX + ":v1").tags
    client.images.remove("port-" + SUFFIX + ":v1")

    network = client.networks.create("port-" + SUFFIX, driver="bridge", labels=LABELS)
    try:
        seen["network"] = client.networks.get(network.id).name
    finally:
        network.remove()
    volume = client.volumes.create("port-" + SUFFIX, labels=LABELS)
    seen["volume"] = [client.volumes.get("port-" + SUFFIX).name, volume.attrs["Driver"]]
    volume.remove()


def low_level(api: docker.APIClient, seen: dict[str, Any]) -> None:
    host_config = api.create_host_config(
        network_mode="none",
        mem_limit="64m",
        log_config=docker.types.LogConfig(type="json-file"),
        ulimits=[docker.types.Ulimit(name="nofile", soft=512, hard=1024)],
    )
    created = api.create_container(
        IMAGE, "sh -c 'echo low; ulimit -n'", host_config=host_config, labels=LABELS
    )
    try:
        api.start(container=created.get("Id"))
        seen["low_exit"] = api.wait(created.get("Id"))["StatusCode"]
        seen["low_logs"] = api.logs(created.get("Id")).decode()
        inspected = api.inspect_container(created.get("Id"))
        seen["low_state"] = inspected["State"]["Status"]
        seen["low_memory"] = inspected["HostConfig"]["Memory"]
        seen["low_listed"] = [
            c["Id"] == created["Id"]
            for c in api.containers(all=True, filters={"id": created["Id"]})
        ]
    finally:
        api.remove_container(created.get("Id"), force=True)
    seen["low_version"] = "ApiVersion" in api.version()
    seen["low_images"] = any(IMAGE in (i["RepoTags"] or []) for i in api.images())


def main() -> None:
    seen: dict[str, Any] = {}
    client = docker.from_env()
    try:
        high_level(client, seen)
        low_level(client.api, seen)
    finally:
        client.close()
    print(json.dumps(seen, sort_keys=True))


if __name__ == "__main__":
    main()
