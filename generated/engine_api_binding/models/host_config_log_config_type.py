from typing import Literal, cast

HostConfigLogConfigType = Literal[
    "awslogs",
    "etwlogs",
    "fluentd",
    "gelf",
    "journald",
    "json-file",
    "local",
    "none",
    "splunk",
    "syslog",
]

HOST_CONFIG_LOG_CONFIG_TYPE_VALUES: frozenset[HostConfigLogConfigType] = frozenset(
    {
        "awslogs",
        "etwlogs",
        "fluentd",
        "gelf",
        "journald",
        "json-file",
        "local",
        "none",
        "splunk",
        "syslog",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_host_config_log_config_type(value: str) -> HostConfigLogConfigType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(HostConfigLogConfigType, value)
