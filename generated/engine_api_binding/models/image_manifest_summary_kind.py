from typing import Literal, cast

ImageManifestSummaryKind = Literal["attestation", "image", "unknown"]

IMAGE_MANIFEST_SUMMARY_KIND_VALUES: frozenset[ImageManifestSummaryKind] = frozenset(
    {
        "attestation",
        "image",
        "unknown",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_image_manifest_summary_kind(value: str) -> ImageManifestSummaryKind:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ImageManifestSummaryKind, value)
