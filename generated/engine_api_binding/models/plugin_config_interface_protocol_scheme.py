from typing import Literal, cast

PluginConfigInterfaceProtocolScheme = Literal["", "moby.plugins.http/v1"]

PLUGIN_CONFIG_INTERFACE_PROTOCOL_SCHEME_VALUES: frozenset[PluginConfigInterfaceProtocolScheme] = (
    frozenset(
        {
            "",
            "moby.plugins.http/v1",
        }
    )
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_plugin_config_interface_protocol_scheme(
    value: str,
) -> PluginConfigInterfaceProtocolScheme:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(PluginConfigInterfaceProtocolScheme, value)
