from typing import Literal, cast

EndpointPortConfigProtocol = Literal["sctp", "tcp", "udp"]

ENDPOINT_PORT_CONFIG_PROTOCOL_VALUES: frozenset[EndpointPortConfigProtocol] = frozenset(
    {
        "sctp",
        "tcp",
        "udp",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_endpoint_port_config_protocol(value: str) -> EndpointPortConfigProtocol:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(EndpointPortConfigProtocol, value)
