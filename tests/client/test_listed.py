"""The thread flavour's containers.list(): one call for the list, each container inspected
the first time its details are read (engine_api/_listed.py). The requests are counted on
the engine_api.http logger, which logs each one."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from engine_api import Container, DockerClient, errors

LABEL = "engine-api-test"


@pytest.fixture
def client(docker_host: str) -> Iterator[DockerClient]:
    with DockerClient() as client:
        yield client


def requests(caplog: pytest.LogCaptureFixture) -> list[str]:
    said = [r.getMessage() for r in caplog.records if r.name == "engine_api.http"]
    caplog.clear()
    return said


def test_list_is_one_call_and_each_container_inspects_on_first_need(
    client: DockerClient, cleanup: Any, test_image: str, caplog: pytest.LogCaptureFixture
) -> None:
    mark = f"ea-listed-{uuid.uuid4().hex[:8]}"
    ids = []
    for _ in range(3):
        made = client.containers.create(
            test_image, "true", labels={LABEL: "1", mark: "1"}, network_mode="none"
        )
        ids.append(cleanup.container(made.id))
    caplog.set_level(logging.DEBUG, logger="engine_api.http")
    caplog.clear()
    listed = client.containers.list(all=True, filters={"label": [mark]})
    assert [line.split("?")[0] for line in requests(caplog)] == ["GET /v1.41/containers/json"]
    # what the list told: no call
    assert sorted(c.id for c in listed) == sorted(ids)
    assert all(c.name for c in listed) and all(isinstance(c, Container) for c in listed)
    assert len({*listed}) == 3 and repr(listed[0]).startswith("<Container: ")
    assert requests(caplog) == []
    # the details: one inspect for that container, once
    first = listed[0]
    assert first.attrs.host_config is not None and first.status == "created"
    assert first.labels[mark] == "1" and first.attrs["Config"]["Labels"][mark] == "1"
    said = requests(caplog)
    assert len(said) == 1 and said[0].startswith(f"GET /v1.41/containers/{first.id}/json")
    assert listed[1].attrs_dict["Id"] == listed[1].id
    assert len(requests(caplog)) == 1
    # reload() inspects again, as on any container
    listed[0].reload()
    assert len(requests(caplog)) == 1


def test_a_container_removed_after_the_list(
    client: DockerClient, cleanup: Any, test_image: str
) -> None:
    mark = f"ea-listed-{uuid.uuid4().hex[:8]}"
    made = client.containers.create(
        test_image, "true", labels={LABEL: "1", mark: "1"}, network_mode="none"
    )
    cleanup.container(made.id)
    listed = client.containers.list(all=True, filters={"label": [mark]})
    kept = client.containers.list(all=True, filters={"label": [mark]}, ignore_removed=True)
    made.remove()
    assert listed[0].id == made.id  # from the list
    with pytest.raises(errors.ContainerNotFound):
        _ = listed[0].attrs  # the details are read after the removal
    assert kept[0].status == "created"  # ignore_removed inspected at once
    assert client.containers.list(all=True, filters={"label": [mark]}, ignore_removed=True) == []
