from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerSummaryHostConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class ContainerSummaryHostConfig:
    """Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response.

    """

    network_mode: str | Unset = UNSET
    """ Networking mode (`host`, `none`, `container:<id>`) or name of the
    primary network the container is using.

    This field is primarily for backward compatibility. The container
    can be connected to multiple networks for which information can be
    found in the `NetworkSettings.Networks` field, which enumerates
    settings per network. """
    annotations: ContainerSummaryHostConfigAnnotations | Unset | None = UNSET
    """ Arbitrary key-value metadata attached to the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_mode = self.network_mode

        annotations: dict[str, Any] | Unset | None
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ContainerSummaryHostConfigAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_mode is not UNSET:
            field_dict["NetworkMode"] = network_mode
        if annotations is not UNSET:
            field_dict["Annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_mode = d.pop("NetworkMode", UNSET)

        _annotations_data = d.pop("Annotations", UNSET)
        annotations: ContainerSummaryHostConfigAnnotations | Unset | None
        if _annotations_data is None or _annotations_data is UNSET:
            annotations = _annotations_data
        elif isinstance(_annotations_data, dict):
            annotations_type_0 = ContainerSummaryHostConfigAnnotations.from_dict(_annotations_data)

            annotations = annotations_type_0
        else:
            raise TypeError(
                f"annotations: expected ContainerSummaryHostConfigAnnotations | None, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
            )

        container_summary_host_config = _new(cls)
        container_summary_host_config.network_mode = network_mode
        container_summary_host_config.annotations = annotations
        container_summary_host_config.additional_properties = d
        return container_summary_host_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.container_summary_host_config_annotations import ContainerSummaryHostConfigAnnotations
