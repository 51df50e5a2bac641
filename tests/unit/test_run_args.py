"""engine_api.run_args: docker-py's run/create arguments, typed and checked. No engine."""

from __future__ import annotations

import typing

import pytest

from engine_api.run_args import CREATE_ARGS, HOST_CONFIG_ARGS, ContainerArgs, create_body


def test_the_typed_arguments_are_exactly_the_ones_create_body_takes() -> None:
    typed = set(typing.get_type_hints(ContainerArgs))
    taken = set(CREATE_ARGS) | set(HOST_CONFIG_ARGS) | {"network"}
    assert typed == taken - {"command"}  # command: run's and create's own parameter
    assert not ContainerArgs.__required_keys__


def test_a_misspelled_argument_is_a_type_error_naming_it_with_a_suggestion() -> None:
    with pytest.raises(TypeError, match=r"'enviroment' \(did you mean 'environment'\?\)"):
        create_body("busybox", "true", enviroment={"A": "1"})
    body = create_body("busybox", "env", environment={"A": 1, "B": None}, network="net")
    assert body.env == ["A=1", "B="]
    assert body.host_config is not None and body.host_config.network_mode == "net"
