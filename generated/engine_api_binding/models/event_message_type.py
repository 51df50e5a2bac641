from typing import Literal, cast

EventMessageType = Literal[
    "builder",
    "config",
    "container",
    "daemon",
    "image",
    "network",
    "node",
    "plugin",
    "secret",
    "service",
    "volume",
]

EVENT_MESSAGE_TYPE_VALUES: frozenset[EventMessageType] = frozenset(
    {
        "builder",
        "config",
        "container",
        "daemon",
        "image",
        "network",
        "node",
        "plugin",
        "secret",
        "service",
        "volume",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_event_message_type(value: str) -> EventMessageType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(EventMessageType, value)
