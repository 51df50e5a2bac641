from typing import Literal, cast

EventMessageScope = Literal["local", "swarm"]

EVENT_MESSAGE_SCOPE_VALUES: frozenset[EventMessageScope] = frozenset(
    {
        "local",
        "swarm",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_event_message_scope(value: str) -> EventMessageScope:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(EventMessageScope, value)
