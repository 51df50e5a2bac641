from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemVersion")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SystemVersion:
    """Response of Engine API: GET "/version" """

    platform: SystemVersionPlatform | Unset | None = UNSET
    components: list[SystemVersionComponentsItem] | Unset | None = UNSET
    """ Information about system components
     """
    version: str | Unset = UNSET
    """ The version of the daemon """
    api_version: str | Unset = UNSET
    """ The default (and highest) API version that is supported by the daemon
     """
    min_api_version: str | Unset = UNSET
    """ The minimum API version that is supported by the daemon
     """
    git_commit: str | Unset = UNSET
    """ The Git commit of the source code that was used to build the daemon
     """
    go_version: str | Unset = UNSET
    """ The version Go used to compile the daemon, and the version of the Go
    runtime in use.
     """
    os: str | Unset = UNSET
    """ The operating system that the daemon is running on ("linux" or "windows")
     """
    arch: str | Unset = UNSET
    """ Architecture of the daemon, as returned by the Go runtime (`GOARCH`).

    A full list of possible values can be found in the [Go
    documentation](https://go.dev/doc/install/source#environment).
     """
    kernel_version: str | Unset = UNSET
    """ The kernel version (`uname -r`) that the daemon is running on.

    This field is omitted when empty.
     """
    experimental: bool | Unset = UNSET
    """ Indicates if the daemon is started with experimental features enabled.

    This field is omitted when empty / false.
     """
    build_time: str | Unset = UNSET
    """ The date and time that the daemon was compiled.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: dict[str, Any] | Unset | None
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, SystemVersionPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        components: list[dict[str, Any]] | Unset | None
        if isinstance(self.components, Unset):
            components = UNSET
        elif isinstance(self.components, list):
            components = []
            for components_type_0_item_data in self.components:
                components_type_0_item = components_type_0_item_data.to_dict()
                components.append(components_type_0_item)

        else:
            components = self.components

        version = self.version

        api_version = self.api_version

        min_api_version = self.min_api_version

        git_commit = self.git_commit

        go_version = self.go_version

        os = self.os

        arch = self.arch

        kernel_version = self.kernel_version

        experimental = self.experimental

        build_time = self.build_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if components is not UNSET:
            field_dict["Components"] = components
        if version is not UNSET:
            field_dict["Version"] = version
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if min_api_version is not UNSET:
            field_dict["MinAPIVersion"] = min_api_version
        if git_commit is not UNSET:
            field_dict["GitCommit"] = git_commit
        if go_version is not UNSET:
            field_dict["GoVersion"] = go_version
        if os is not UNSET:
            field_dict["Os"] = os
        if arch is not UNSET:
            field_dict["Arch"] = arch
        if kernel_version is not UNSET:
            field_dict["KernelVersion"] = kernel_version
        if experimental is not UNSET:
            field_dict["Experimental"] = experimental
        if build_time is not UNSET:
            field_dict["BuildTime"] = build_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _platform_data = d.pop("Platform", UNSET)
        platform: SystemVersionPlatform | Unset | None
        if _platform_data is None or _platform_data is UNSET:
            platform = _platform_data
        elif isinstance(_platform_data, dict):
            platform_type_0 = SystemVersionPlatform.from_dict(_platform_data)

            platform = platform_type_0
        else:
            raise TypeError(
                f"platform: expected None | SystemVersionPlatform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
            )

        _components_data = d.pop("Components", UNSET)
        components: list[SystemVersionComponentsItem] | Unset | None
        if _components_data is None or _components_data is UNSET:
            components = _components_data
        elif isinstance(_components_data, list):
            components_type_0 = []
            _components_type_0 = _components_data
            for components_type_0_item_data in _components_type_0:
                components_type_0_item = SystemVersionComponentsItem.from_dict(
                    components_type_0_item_data
                )

                components_type_0.append(components_type_0_item)

            components = components_type_0
        else:
            raise TypeError(
                f"components: expected list[SystemVersionComponentsItem] | None, got {type(_components_data).__name__}: {_components_data!r:.200}"
            )

        version = d.pop("Version", UNSET)

        api_version = d.pop("ApiVersion", UNSET)

        min_api_version = d.pop("MinAPIVersion", UNSET)

        git_commit = d.pop("GitCommit", UNSET)

        go_version = d.pop("GoVersion", UNSET)

        os = d.pop("Os", UNSET)

        arch = d.pop("Arch", UNSET)

        kernel_version = d.pop("KernelVersion", UNSET)

        experimental = d.pop("Experimental", UNSET)

        build_time = d.pop("BuildTime", UNSET)

        system_version = _new(cls)
        system_version.platform = platform
        system_version.components = components
        system_version.version = version
        system_version.api_version = api_version
        system_version.min_api_version = min_api_version
        system_version.git_commit = git_commit
        system_version.go_version = go_version
        system_version.os = os
        system_version.arch = arch
        system_version.kernel_version = kernel_version
        system_version.experimental = experimental
        system_version.build_time = build_time
        system_version.additional_properties = d
        return system_version

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


from ..models.system_version_components_item import SystemVersionComponentsItem
from ..models.system_version_platform import SystemVersionPlatform
