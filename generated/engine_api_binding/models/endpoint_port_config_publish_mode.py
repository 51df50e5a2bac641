from typing import Literal, cast

EndpointPortConfigPublishMode = Literal["host", "ingress"]

ENDPOINT_PORT_CONFIG_PUBLISH_MODE_VALUES: frozenset[EndpointPortConfigPublishMode] = frozenset(
    {
        "host",
        "ingress",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_endpoint_port_config_publish_mode(value: str) -> EndpointPortConfigPublishMode:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(EndpointPortConfigPublishMode, value)
