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

T = TypeVar("T", bound="SystemVersion")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemVersion(Model):
    """Response of Engine API: GET "/version" """

    __match_args__ = (
        "platform",
        "components",
        "version",
        "api_version",
        "min_api_version",
        "git_commit",
        "go_version",
        "os",
        "arch",
        "kernel_version",
        "experimental",
        "build_time",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    platform: SystemVersionPlatform | None
    components: list[SystemVersionComponentsItem] | None
    """ Information about system components
     """
    version: str | None
    """ The version of the daemon """
    api_version: str | None
    """ The default (and highest) API version that is supported by the daemon
     """
    min_api_version: str | None
    """ The minimum API version that is supported by the daemon
     """
    git_commit: str | None
    """ The Git commit of the source code that was used to build the daemon
     """
    go_version: str | None
    """ The version Go used to compile the daemon, and the version of the Go
    runtime in use.
     """
    os: str | None
    """ The operating system that the daemon is running on ("linux" or "windows")
     """
    arch: str | None
    """ Architecture of the daemon, as returned by the Go runtime (`GOARCH`).

    A full list of possible values can be found in the [Go
    documentation](https://go.dev/doc/install/source#environment).
     """
    kernel_version: str | None
    """ The kernel version (`uname -r`) that the daemon is running on.

    This field is omitted when empty.
     """
    experimental: bool | None
    """ Indicates if the daemon is started with experimental features enabled.

    This field is omitted when empty / false.
     """
    build_time: str | None
    """ The date and time that the daemon was compiled.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        platform: SystemVersionPlatform | None = None,
        components: list[SystemVersionComponentsItem] | None = None,
        version: str | None = None,
        api_version: str | None = None,
        min_api_version: str | None = None,
        git_commit: str | None = None,
        go_version: str | None = None,
        os: str | None = None,
        arch: str | None = None,
        kernel_version: str | None = None,
        experimental: bool | None = None,
        build_time: str | None = None,
    ) -> None:
        self.platform = platform
        self.components = components
        self.version = version
        self.api_version = api_version
        self.min_api_version = min_api_version
        self.git_commit = git_commit
        self.go_version = go_version
        self.os = os
        self.arch = arch
        self.kernel_version = kernel_version
        self.experimental = experimental
        self.build_time = build_time
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        platform = self.platform
        if platform is not None:
            platform_json: dict[str, Any] | None
            if isinstance(platform, SystemVersionPlatform):
                platform_json = platform.to_dict()
            else:
                platform_json = platform
            field_dict["Platform"] = platform_json
        elif "Platform" in self._sent:
            field_dict["Platform"] = None

        components = self.components
        if components is not None:
            components_json: list[dict[str, Any]] | None
            if isinstance(components, list):
                components_json = []
                for components_type_0_item_data in components:
                    components_type_0_item = components_type_0_item_data.to_dict()
                    components_json.append(components_type_0_item)

            else:
                components_json = components
            field_dict["Components"] = components_json
        elif "Components" in self._sent:
            field_dict["Components"] = None

        if self.version is not None:
            field_dict["Version"] = self.version
        elif "Version" in self._sent:
            field_dict["Version"] = None

        if self.api_version is not None:
            field_dict["ApiVersion"] = self.api_version
        elif "ApiVersion" in self._sent:
            field_dict["ApiVersion"] = None

        if self.min_api_version is not None:
            field_dict["MinAPIVersion"] = self.min_api_version
        elif "MinAPIVersion" in self._sent:
            field_dict["MinAPIVersion"] = None

        if self.git_commit is not None:
            field_dict["GitCommit"] = self.git_commit
        elif "GitCommit" in self._sent:
            field_dict["GitCommit"] = None

        if self.go_version is not None:
            field_dict["GoVersion"] = self.go_version
        elif "GoVersion" in self._sent:
            field_dict["GoVersion"] = None

        if self.os is not None:
            field_dict["Os"] = self.os
        elif "Os" in self._sent:
            field_dict["Os"] = None

        if self.arch is not None:
            field_dict["Arch"] = self.arch
        elif "Arch" in self._sent:
            field_dict["Arch"] = None

        if self.kernel_version is not None:
            field_dict["KernelVersion"] = self.kernel_version
        elif "KernelVersion" in self._sent:
            field_dict["KernelVersion"] = None

        if self.experimental is not None:
            field_dict["Experimental"] = self.experimental
        elif "Experimental" in self._sent:
            field_dict["Experimental"] = None

        if self.build_time is not None:
            field_dict["BuildTime"] = self.build_time
        elif "BuildTime" in self._sent:
            field_dict["BuildTime"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Platform", None)

        d.pop("Components", None)

        version = d.pop("Version", None)

        api_version = d.pop("ApiVersion", None)

        min_api_version = d.pop("MinAPIVersion", None)

        git_commit = d.pop("GitCommit", None)

        go_version = d.pop("GoVersion", None)

        os = d.pop("Os", None)

        arch = d.pop("Arch", None)

        kernel_version = d.pop("KernelVersion", None)

        experimental = d.pop("Experimental", None)

        build_time = d.pop("BuildTime", None)

        system_version = _new(cls)
        system_version._sent = src_dict
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

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "platform",
            "components",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "platform":
            _platform_data = src.get("Platform")
            platform: SystemVersionPlatform | None
            if _platform_data is None:
                platform = _platform_data
            elif isinstance(_platform_data, dict):
                platform_type_0 = SystemVersionPlatform.from_dict(_platform_data)

                platform = platform_type_0
            else:
                raise TypeError(
                    f"platform: expected None | SystemVersionPlatform, got {type(_platform_data).__name__}: {_platform_data!r:.200}"
                )

            return platform
        if deferred_name == "components":
            _components_data = src.get("Components")
            components: list[SystemVersionComponentsItem] | None
            if _components_data is None:
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

            return components
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Platform": "platform",
        "Components": "components",
        "Version": "version",
        "ApiVersion": "api_version",
        "MinAPIVersion": "min_api_version",
        "GitCommit": "git_commit",
        "GoVersion": "go_version",
        "Os": "os",
        "Arch": "arch",
        "KernelVersion": "kernel_version",
        "Experimental": "experimental",
        "BuildTime": "build_time",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Platform"]) -> SystemVersionPlatform: ...
        @overload
        def __getitem__(self, key: Literal["Components"]) -> list[SystemVersionComponentsItem]: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "Version",
                "ApiVersion",
                "MinAPIVersion",
                "GitCommit",
                "GoVersion",
                "Os",
                "Arch",
                "KernelVersion",
                "BuildTime",
            ],
        ) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Experimental"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Platform"], default: None = None
        ) -> SystemVersionPlatform | None: ...
        @overload
        def get(
            self, key: Literal["Components"], default: None = None
        ) -> list[SystemVersionComponentsItem] | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "Version",
                "ApiVersion",
                "MinAPIVersion",
                "GitCommit",
                "GoVersion",
                "Os",
                "Arch",
                "KernelVersion",
                "BuildTime",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(self, key: Literal["Experimental"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.system_version_components_item import SystemVersionComponentsItem
from ..models.system_version_platform import SystemVersionPlatform
