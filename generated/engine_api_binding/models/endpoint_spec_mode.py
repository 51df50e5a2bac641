from typing import Literal, cast

EndpointSpecMode = Literal["dnsrr", "vip"]

ENDPOINT_SPEC_MODE_VALUES: frozenset[EndpointSpecMode] = frozenset(
    {
        "dnsrr",
        "vip",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_endpoint_spec_mode(value: str) -> EndpointSpecMode:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(EndpointSpecMode, value)
