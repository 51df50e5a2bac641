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

T = TypeVar("T", bound="TaskSpecContainerSpecPrivilegesCredentialSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecPrivilegesCredentialSpec(Model):
    """CredentialSpec for managed service account (Windows only)"""

    __match_args__ = (
        "config",
        "file",
        "registry",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    config: str | None
    """ Load credential spec from a Swarm Config with the given ID.
    The specified config must also be present in the Configs
    field with the Runtime property set.

    <p><br /></p>


    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    file: str | None
    """ Load credential spec from this file. The file is read by
    the daemon, and must be present in the `CredentialSpecs`
    subdirectory in the docker data directory, which defaults
    to `C:\\ProgramData\\Docker\\` on Windows.

    For example, specifying `spec.json` loads
    `C:\\ProgramData\\Docker\\CredentialSpecs\\spec.json`.

    <p><br /></p>

    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    registry: str | None
    """ Load credential spec from this value in the Windows
    registry. The specified registry value must be located in:

    `HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Containers\\CredentialSpecs`

    <p><br /></p>


    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        config: str | None = None,
        file: str | None = None,
        registry: str | None = None,
    ) -> None:
        self.config = config
        self.file = file
        self.registry = registry
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.config is not None:
            field_dict["Config"] = self.config
        elif "Config" in self._sent:
            field_dict["Config"] = None

        if self.file is not None:
            field_dict["File"] = self.file
        elif "File" in self._sent:
            field_dict["File"] = None

        if self.registry is not None:
            field_dict["Registry"] = self.registry
        elif "Registry" in self._sent:
            field_dict["Registry"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        config = d.pop("Config", None)

        file = d.pop("File", None)

        registry = d.pop("Registry", None)

        task_spec_container_spec_privileges_credential_spec = _new(cls)
        task_spec_container_spec_privileges_credential_spec._sent = src_dict
        task_spec_container_spec_privileges_credential_spec.config = config
        task_spec_container_spec_privileges_credential_spec.file = file
        task_spec_container_spec_privileges_credential_spec.registry = registry
        task_spec_container_spec_privileges_credential_spec.additional_properties = d
        return task_spec_container_spec_privileges_credential_spec

    _keys: ClassVar[dict[str, str]] = {
        "Config": "config",
        "File": "file",
        "Registry": "registry",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Config", "File", "Registry"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["Config", "File", "Registry"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
