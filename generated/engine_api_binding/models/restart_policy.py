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
from ..models.restart_policy_name import RestartPolicyName, check_restart_policy_name

T = TypeVar("T", bound="RestartPolicy")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class RestartPolicy(Model):
    """The behavior to apply when the container exits. The default is not to
    restart.

    An ever increasing delay (double the previous delay, starting at 100ms) is
    added before each restart to prevent flooding the server.

    """

    __match_args__ = (
        "name",
        "maximum_retry_count",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: RestartPolicyName | None
    """ - Empty string means not to restart
    - `no` Do not automatically restart
    - `always` Always restart
    - `unless-stopped` Restart always except when the user has manually stopped the container
    - `on-failure` Restart only when the container exit code is non-zero
     """
    maximum_retry_count: int | None
    """ If `on-failure` is used, the number of times to retry before giving up.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: RestartPolicyName | None = None,
        maximum_retry_count: int | None = None,
    ) -> None:
        self.name = name
        self.maximum_retry_count = maximum_retry_count
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not None:
            name_json: str = name
            field_dict["Name"] = name_json
        elif "Name" in self._sent:
            field_dict["Name"] = None

        if self.maximum_retry_count is not None:
            field_dict["MaximumRetryCount"] = self.maximum_retry_count
        elif "MaximumRetryCount" in self._sent:
            field_dict["MaximumRetryCount"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        _name_src = d.pop("Name", None)
        name: RestartPolicyName | None
        if _name_src is None:
            name = None
        else:
            name_value = check_restart_policy_name(_name_src)

            name = name_value

        maximum_retry_count = d.pop("MaximumRetryCount", None)

        restart_policy = _new(cls)
        restart_policy._sent = src_dict
        restart_policy.name = name
        restart_policy.maximum_retry_count = maximum_retry_count
        restart_policy.additional_properties = d
        return restart_policy

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "MaximumRetryCount": "maximum_retry_count",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> RestartPolicyName: ...
        @overload
        def __getitem__(self, key: Literal["MaximumRetryCount"]) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> RestartPolicyName | None: ...
        @overload
        def get(self, key: Literal["MaximumRetryCount"], default: None = None) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
