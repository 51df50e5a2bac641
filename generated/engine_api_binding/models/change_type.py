from typing import Literal, cast

ChangeType = Literal[0, 1, 2]

CHANGE_TYPE_VALUES: frozenset[ChangeType] = frozenset(
    {
        0,
        1,
        2,
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_change_type(value: int) -> ChangeType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ChangeType, value)
