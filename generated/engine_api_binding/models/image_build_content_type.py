from typing import Literal, cast

ImageBuildContentType = Literal["application/x-tar"]

IMAGE_BUILD_CONTENT_TYPE_VALUES: frozenset[ImageBuildContentType] = frozenset(
    {
        "application/x-tar",
    }
)
"""The values the spec lists. Others may arrive from other engine versions."""


def check_image_build_content_type(value: str) -> ImageBuildContentType:
    """``value`` as the enum type; a value outside the spec passes through unchanged."""
    return cast(ImageBuildContentType, value)
