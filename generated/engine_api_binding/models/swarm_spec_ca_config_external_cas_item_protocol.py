from typing import Literal, cast

SwarmSpecCAConfigExternalCAsItemProtocol = Literal["cfssl"]

SWARM_SPEC_CA_CONFIG_EXTERNAL_CAS_ITEM_PROTOCOL_VALUES: frozenset[
    SwarmSpecCAConfigExternalCAsItemProtocol
] = frozenset(
    {
        "cfssl",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_swarm_spec_ca_config_external_cas_item_protocol(
    value: str,
) -> SwarmSpecCAConfigExternalCAsItemProtocol:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SwarmSpecCAConfigExternalCAsItemProtocol, value)
