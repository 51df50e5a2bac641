from typing import Literal, cast

SignatureTimestampType = Literal["TimestampAuthority", "Tlog"]

SIGNATURE_TIMESTAMP_TYPE_VALUES: frozenset[SignatureTimestampType] = frozenset(
    {
        "TimestampAuthority",
        "Tlog",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_signature_timestamp_type(value: str) -> SignatureTimestampType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SignatureTimestampType, value)
