from typing import Literal, cast

KnownSignerIdentity = Literal["DHI"]

KNOWN_SIGNER_IDENTITY_VALUES: frozenset[KnownSignerIdentity] = frozenset(
    {
        "DHI",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_known_signer_identity(value: str) -> KnownSignerIdentity:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(KnownSignerIdentity, value)
