from typing import Literal, cast

ImageBuildVersion = Literal["1", "2"]

IMAGE_BUILD_VERSION_VALUES: frozenset[ImageBuildVersion] = frozenset(
    {
        "1",
        "2",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_image_build_version(value: str) -> ImageBuildVersion:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ImageBuildVersion, value)
