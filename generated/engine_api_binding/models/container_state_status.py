from typing import Literal, cast

ContainerStateStatus = Literal[
    "created", "dead", "exited", "paused", "removing", "restarting", "running"
]

CONTAINER_STATE_STATUS_VALUES: frozenset[ContainerStateStatus] = frozenset(
    {
        "created",
        "dead",
        "exited",
        "paused",
        "removing",
        "restarting",
        "running",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_container_state_status(value: str) -> ContainerStateStatus:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ContainerStateStatus, value)
