from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSpecPluginSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class TaskSpecPluginSpec:
    """Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    name: str | Unset = UNSET
    """ The name or 'alias' to use for the plugin. """
    remote: str | Unset = UNSET
    """ The plugin image reference to use. """
    disabled: bool | Unset = UNSET
    """ Disable the plugin once scheduled. """
    plugin_privilege: list[PluginPrivilege] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        remote = self.remote

        disabled = self.disabled

        plugin_privilege: list[dict[str, Any]] | Unset | None
        if isinstance(self.plugin_privilege, Unset):
            plugin_privilege = UNSET
        elif isinstance(self.plugin_privilege, list):
            plugin_privilege = []
            for plugin_privilege_type_0_item_data in self.plugin_privilege:
                plugin_privilege_type_0_item = plugin_privilege_type_0_item_data.to_dict()
                plugin_privilege.append(plugin_privilege_type_0_item)

        else:
            plugin_privilege = self.plugin_privilege

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if remote is not UNSET:
            field_dict["Remote"] = remote
        if disabled is not UNSET:
            field_dict["Disabled"] = disabled
        if plugin_privilege is not UNSET:
            field_dict["PluginPrivilege"] = plugin_privilege

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        remote = d.pop("Remote", UNSET)

        disabled = d.pop("Disabled", UNSET)

        _plugin_privilege_data = d.pop("PluginPrivilege", UNSET)
        plugin_privilege: list[PluginPrivilege] | Unset | None
        if _plugin_privilege_data is None or _plugin_privilege_data is UNSET:
            plugin_privilege = _plugin_privilege_data
        elif isinstance(_plugin_privilege_data, list):
            plugin_privilege_type_0 = []
            _plugin_privilege_type_0 = _plugin_privilege_data
            for plugin_privilege_type_0_item_data in _plugin_privilege_type_0:
                plugin_privilege_type_0_item = PluginPrivilege.from_dict(
                    plugin_privilege_type_0_item_data
                )

                plugin_privilege_type_0.append(plugin_privilege_type_0_item)

            plugin_privilege = plugin_privilege_type_0
        else:
            raise TypeError(
                f"plugin_privilege: expected list[PluginPrivilege] | None, got {type(_plugin_privilege_data).__name__}: {_plugin_privilege_data!r:.200}"
            )

        task_spec_plugin_spec = _new(cls)
        task_spec_plugin_spec.name = name
        task_spec_plugin_spec.remote = remote
        task_spec_plugin_spec.disabled = disabled
        task_spec_plugin_spec.plugin_privilege = plugin_privilege
        task_spec_plugin_spec.additional_properties = d
        return task_spec_plugin_spec

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


from ..models.plugin_privilege import PluginPrivilege
