from typing import Literal, cast

SystemDataUsageTypeItem = Literal["build-cache", "container", "image", "volume"]

SYSTEM_DATA_USAGE_TYPE_ITEM_VALUES: frozenset[SystemDataUsageTypeItem] = frozenset(
    {
        "build-cache",
        "container",
        "image",
        "volume",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_system_data_usage_type_item(value: str) -> SystemDataUsageTypeItem:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SystemDataUsageTypeItem, value)
