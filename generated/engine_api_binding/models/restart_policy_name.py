from typing import Literal, cast

RestartPolicyName = Literal["", "always", "no", "on-failure", "unless-stopped"]

RESTART_POLICY_NAME_VALUES: frozenset[RestartPolicyName] = frozenset(
    {
        "",
        "always",
        "no",
        "on-failure",
        "unless-stopped",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_restart_policy_name(value: str) -> RestartPolicyName:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(RestartPolicyName, value)
