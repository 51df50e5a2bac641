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

T = TypeVar("T", bound="TaskSpecContainerSpecPrivileges")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecPrivileges(Model):
    """Security options for the container"""

    __match_args__ = (
        "credential_spec",
        "se_linux_context",
        "seccomp",
        "app_armor",
        "no_new_privileges",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None
    """ CredentialSpec for managed service account (Windows only) """
    se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None
    """ SELinux labels of the container """
    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None
    """ Options for configuring seccomp on the container """
    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None
    """ Options for configuring AppArmor on the container """
    no_new_privileges: bool | None
    """ Configuration of the no_new_privs bit in the container """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None = None,
        se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = None,
        seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = None,
        app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = None,
        no_new_privileges: bool | None = None,
    ) -> None:
        self.credential_spec = credential_spec
        self.se_linux_context = se_linux_context
        self.seccomp = seccomp
        self.app_armor = app_armor
        self.no_new_privileges = no_new_privileges
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        credential_spec = self.credential_spec
        if credential_spec is not None:
            credential_spec_json: dict[str, Any] | None
            if isinstance(credential_spec, TaskSpecContainerSpecPrivilegesCredentialSpec):
                credential_spec_json = credential_spec.to_dict()
            else:
                credential_spec_json = credential_spec
            field_dict["CredentialSpec"] = credential_spec_json
        elif "CredentialSpec" in self._sent:
            field_dict["CredentialSpec"] = None

        se_linux_context = self.se_linux_context
        if se_linux_context is not None:
            se_linux_context_json: dict[str, Any] | None
            if isinstance(se_linux_context, TaskSpecContainerSpecPrivilegesSELinuxContext):
                se_linux_context_json = se_linux_context.to_dict()
            else:
                se_linux_context_json = se_linux_context
            field_dict["SELinuxContext"] = se_linux_context_json
        elif "SELinuxContext" in self._sent:
            field_dict["SELinuxContext"] = None

        seccomp = self.seccomp
        if seccomp is not None:
            seccomp_json: dict[str, Any] | None
            if isinstance(seccomp, TaskSpecContainerSpecPrivilegesSeccomp):
                seccomp_json = seccomp.to_dict()
            else:
                seccomp_json = seccomp
            field_dict["Seccomp"] = seccomp_json
        elif "Seccomp" in self._sent:
            field_dict["Seccomp"] = None

        app_armor = self.app_armor
        if app_armor is not None:
            app_armor_json: dict[str, Any] | None
            if isinstance(app_armor, TaskSpecContainerSpecPrivilegesAppArmor):
                app_armor_json = app_armor.to_dict()
            else:
                app_armor_json = app_armor
            field_dict["AppArmor"] = app_armor_json
        elif "AppArmor" in self._sent:
            field_dict["AppArmor"] = None

        if self.no_new_privileges is not None:
            field_dict["NoNewPrivileges"] = self.no_new_privileges
        elif "NoNewPrivileges" in self._sent:
            field_dict["NoNewPrivileges"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("CredentialSpec", None)

        d.pop("SELinuxContext", None)

        d.pop("Seccomp", None)

        d.pop("AppArmor", None)

        no_new_privileges = d.pop("NoNewPrivileges", None)

        task_spec_container_spec_privileges = _new(cls)
        task_spec_container_spec_privileges._sent = src_dict
        task_spec_container_spec_privileges.no_new_privileges = no_new_privileges
        task_spec_container_spec_privileges.additional_properties = d
        return task_spec_container_spec_privileges

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "credential_spec",
            "se_linux_context",
            "seccomp",
            "app_armor",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "credential_spec":
            _credential_spec_data = src.get("CredentialSpec")
            credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None
            if _credential_spec_data is None:
                credential_spec = _credential_spec_data
            elif isinstance(_credential_spec_data, dict):
                credential_spec_type_0 = TaskSpecContainerSpecPrivilegesCredentialSpec.from_dict(
                    _credential_spec_data
                )

                credential_spec = credential_spec_type_0
            else:
                raise TypeError(
                    f"credential_spec: expected None | TaskSpecContainerSpecPrivilegesCredentialSpec, got {type(_credential_spec_data).__name__}: {_credential_spec_data!r:.200}"
                )

            return credential_spec
        if deferred_name == "se_linux_context":
            _se_linux_context_data = src.get("SELinuxContext")
            se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None
            if _se_linux_context_data is None:
                se_linux_context = _se_linux_context_data
            elif isinstance(_se_linux_context_data, dict):
                se_linux_context_type_0 = TaskSpecContainerSpecPrivilegesSELinuxContext.from_dict(
                    _se_linux_context_data
                )

                se_linux_context = se_linux_context_type_0
            else:
                raise TypeError(
                    f"se_linux_context: expected None | TaskSpecContainerSpecPrivilegesSELinuxContext, got {type(_se_linux_context_data).__name__}: {_se_linux_context_data!r:.200}"
                )

            return se_linux_context
        if deferred_name == "seccomp":
            _seccomp_data = src.get("Seccomp")
            seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None
            if _seccomp_data is None:
                seccomp = _seccomp_data
            elif isinstance(_seccomp_data, dict):
                seccomp_type_0 = TaskSpecContainerSpecPrivilegesSeccomp.from_dict(_seccomp_data)

                seccomp = seccomp_type_0
            else:
                raise TypeError(
                    f"seccomp: expected None | TaskSpecContainerSpecPrivilegesSeccomp, got {type(_seccomp_data).__name__}: {_seccomp_data!r:.200}"
                )

            return seccomp
        if deferred_name == "app_armor":
            _app_armor_data = src.get("AppArmor")
            app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None
            if _app_armor_data is None:
                app_armor = _app_armor_data
            elif isinstance(_app_armor_data, dict):
                app_armor_type_0 = TaskSpecContainerSpecPrivilegesAppArmor.from_dict(
                    _app_armor_data
                )

                app_armor = app_armor_type_0
            else:
                raise TypeError(
                    f"app_armor: expected None | TaskSpecContainerSpecPrivilegesAppArmor, got {type(_app_armor_data).__name__}: {_app_armor_data!r:.200}"
                )

            return app_armor
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "CredentialSpec": "credential_spec",
        "SELinuxContext": "se_linux_context",
        "Seccomp": "seccomp",
        "AppArmor": "app_armor",
        "NoNewPrivileges": "no_new_privileges",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self, key: Literal["CredentialSpec"]
        ) -> TaskSpecContainerSpecPrivilegesCredentialSpec: ...
        @overload
        def __getitem__(
            self, key: Literal["SELinuxContext"]
        ) -> TaskSpecContainerSpecPrivilegesSELinuxContext: ...
        @overload
        def __getitem__(
            self, key: Literal["Seccomp"]
        ) -> TaskSpecContainerSpecPrivilegesSeccomp: ...
        @overload
        def __getitem__(
            self, key: Literal["AppArmor"]
        ) -> TaskSpecContainerSpecPrivilegesAppArmor: ...
        @overload
        def __getitem__(self, key: Literal["NoNewPrivileges"]) -> bool: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["CredentialSpec"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesCredentialSpec | None: ...
        @overload
        def get(
            self, key: Literal["SELinuxContext"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesSELinuxContext | None: ...
        @overload
        def get(
            self, key: Literal["Seccomp"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesSeccomp | None: ...
        @overload
        def get(
            self, key: Literal["AppArmor"], default: None = None
        ) -> TaskSpecContainerSpecPrivilegesAppArmor | None: ...
        @overload
        def get(self, key: Literal["NoNewPrivileges"], default: None = None) -> bool | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.task_spec_container_spec_privileges_app_armor import (
    TaskSpecContainerSpecPrivilegesAppArmor,
)
from ..models.task_spec_container_spec_privileges_credential_spec import (
    TaskSpecContainerSpecPrivilegesCredentialSpec,
)
from ..models.task_spec_container_spec_privileges_se_linux_context import (
    TaskSpecContainerSpecPrivilegesSELinuxContext,
)
from ..models.task_spec_container_spec_privileges_seccomp import (
    TaskSpecContainerSpecPrivilegesSeccomp,
)
