from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="TaskSpecPluginSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecPluginSpec(Model):
    """Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    __match_args__ = (
        "name",
        "remote",
        "disabled",
        "plugin_privilege",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ The name or 'alias' to use for the plugin. """
    remote: str | None
    """ The plugin image reference to use. """
    disabled: bool | None
    """ Disable the plugin once scheduled. """
    plugin_privilege: list[PluginPrivilege] | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        remote: str | None = None,
        disabled: bool | None = None,
        plugin_privilege: list[PluginPrivilege] | None = None,
    ) -> None:
        self.name = name
        self.remote = remote
        self.disabled = disabled
        self.plugin_privilege = plugin_privilege
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.remote is not None:
            field_dict["Remote"] = self.remote
        elif "Remote" in self._sent:
            field_dict["Remote"] = None

        if self.disabled is not None:
            field_dict["Disabled"] = self.disabled
        elif "Disabled" in self._sent:
            field_dict["Disabled"] = None

        plugin_privilege = self.plugin_privilege
        if plugin_privilege is not None:
            plugin_privilege_json: list[dict[str, Any]] | None
            if isinstance(plugin_privilege, list):
                plugin_privilege_json = []
                for plugin_privilege_type_0_item_data in plugin_privilege:
                    plugin_privilege_type_0_item = plugin_privilege_type_0_item_data.to_dict()
                    plugin_privilege_json.append(plugin_privilege_type_0_item)

            else:
                plugin_privilege_json = plugin_privilege
            field_dict["PluginPrivilege"] = plugin_privilege_json
        elif "PluginPrivilege" in self._sent:
            field_dict["PluginPrivilege"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        remote = d.pop("Remote", None)

        disabled = d.pop("Disabled", None)

        d.pop("PluginPrivilege", None)

        task_spec_plugin_spec = _new(cls)
        task_spec_plugin_spec._sent = src_dict
        task_spec_plugin_spec.name = name
        task_spec_plugin_spec.remote = remote
        task_spec_plugin_spec.disabled = disabled
        task_spec_plugin_spec.additional_properties = d
        return task_spec_plugin_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "plugin_privilege",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "plugin_privilege":
            _plugin_privilege_data = src.get("PluginPrivilege")
            plugin_privilege: list[PluginPrivilege] | None
            if _plugin_privilege_data is None:
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

            return plugin_privilege
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Remote": "remote",
        "Disabled": "disabled",
        "PluginPrivilege": "plugin_privilege",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name", "Remote"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Disabled"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["PluginPrivilege"]) -> list[PluginPrivilege]: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name", "Remote"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Disabled"], default: None = None) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["PluginPrivilege"], default: None = None
        ) -> list[PluginPrivilege] | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.plugin_privilege import PluginPrivilege
