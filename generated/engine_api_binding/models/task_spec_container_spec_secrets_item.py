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

T = TypeVar("T", bound="TaskSpecContainerSpecSecretsItem")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class TaskSpecContainerSpecSecretsItem(Model):
    __match_args__ = (
        "file",
        "secret_id",
        "secret_name",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    file: TaskSpecContainerSpecSecretsItemFile | None
    """ File represents a specific target that is backed by a file.
     """
    secret_id: str | None
    """ SecretID represents the ID of the specific secret that we're
    referencing.
     """
    secret_name: str | None
    """ SecretName is the name of the secret that this references,
    but this is just provided for lookup/display purposes. The
    secret in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        file: TaskSpecContainerSpecSecretsItemFile | None = None,
        secret_id: str | None = None,
        secret_name: str | None = None,
    ) -> None:
        self.file = file
        self.secret_id = secret_id
        self.secret_name = secret_name
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        file = self.file
        if file is not None:
            file_json: dict[str, Any] | None
            if isinstance(file, TaskSpecContainerSpecSecretsItemFile):
                file_json = file.to_dict()
            else:
                file_json = file
            field_dict["File"] = file_json
        elif "File" in self._sent:
            field_dict["File"] = None

        if self.secret_id is not None:
            field_dict["SecretID"] = self.secret_id
        elif "SecretID" in self._sent:
            field_dict["SecretID"] = None

        if self.secret_name is not None:
            field_dict["SecretName"] = self.secret_name
        elif "SecretName" in self._sent:
            field_dict["SecretName"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("File", None)

        secret_id = d.pop("SecretID", None)

        secret_name = d.pop("SecretName", None)

        task_spec_container_spec_secrets_item = _new(cls)
        task_spec_container_spec_secrets_item._sent = src_dict
        task_spec_container_spec_secrets_item.secret_id = secret_id
        task_spec_container_spec_secrets_item.secret_name = secret_name
        task_spec_container_spec_secrets_item.additional_properties = d
        return task_spec_container_spec_secrets_item

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "file":
            _file_data = src.get("File")
            file: TaskSpecContainerSpecSecretsItemFile | None
            if _file_data is None:
                file = _file_data
            elif isinstance(_file_data, dict):
                file_type_0 = TaskSpecContainerSpecSecretsItemFile.from_dict(_file_data)

                file = file_type_0
            else:
                raise TypeError(
                    f"file: expected None | TaskSpecContainerSpecSecretsItemFile, got {type(_file_data).__name__}: {_file_data!r:.200}"
                )

            return file
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "File": "file",
        "SecretID": "secret_id",
        "SecretName": "secret_name",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["File"]) -> TaskSpecContainerSpecSecretsItemFile: ...
        @overload
        def __getitem__(self, key: Literal["SecretID", "SecretName"]) -> str: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self, key: Literal["File"], default: None = None
        ) -> TaskSpecContainerSpecSecretsItemFile | None: ...
        @overload
        def get(
            self, key: Literal["SecretID", "SecretName"], default: None = None
        ) -> str | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.task_spec_container_spec_secrets_item_file import TaskSpecContainerSpecSecretsItemFile
