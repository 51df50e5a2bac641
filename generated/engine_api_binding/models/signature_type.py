from typing import Literal, cast

SignatureType = Literal["bundle-v0.3", "simplesigning-v1"]

SIGNATURE_TYPE_VALUES: frozenset[SignatureType] = frozenset(
    {
        "bundle-v0.3",
        "simplesigning-v1",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_signature_type(value: str) -> SignatureType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(SignatureType, value)
