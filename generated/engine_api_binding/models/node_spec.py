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
from ..models.node_spec_availability import NodeSpecAvailability, check_node_spec_availability
from ..models.node_spec_role import NodeSpecRole, check_node_spec_role

T = TypeVar("T", bound="NodeSpec")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class NodeSpec(Model):
    """
    Example:
        {'Availability': 'active', 'Name': 'node-name', 'Role': 'manager', 'Labels': {'foo': 'bar'}}

    """

    __match_args__ = (
        "name",
        "labels",
        "role",
        "availability",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    name: str | None
    """ Name for the node. """
    labels: NodeSpecLabels | None
    """ User-defined key/value metadata. """
    role: NodeSpecRole | None
    """ Role of the node. """
    availability: NodeSpecAvailability | None
    """ Availability of the node. """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        name: str | None = None,
        labels: NodeSpecLabels | None = None,
        role: NodeSpecRole | None = None,
        availability: NodeSpecAvailability | None = None,
    ) -> None:
        self.name = name
        self.labels = labels
        self.role = role
        self.availability = availability
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        labels = self.labels
        if labels is not None:
            labels_json: dict[str, Any] | None
            if isinstance(labels, NodeSpecLabels):
                labels_json = labels.to_dict()
            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        role = self.role
        if role is not None:
            role_json: str = role
            field_dict["Role"] = role_json
        elif "Role" in self._sent:
            field_dict["Role"] = None

        availability = self.availability
        if availability is not None:
            availability_json: str = availability
            field_dict["Availability"] = availability_json
        elif "Availability" in self._sent:
            field_dict["Availability"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        name = d.pop("Name", None)

        d.pop("Labels", None)

        _role_src = d.pop("Role", None)
        role: NodeSpecRole | None
        if _role_src is None:
            role = None
        else:
            role_value = check_node_spec_role(_role_src)

            role = role_value

        _availability_src = d.pop("Availability", None)
        availability: NodeSpecAvailability | None
        if _availability_src is None:
            availability = None
        else:
            availability_value = check_node_spec_availability(_availability_src)

            availability = availability_value

        node_spec = _new(cls)
        node_spec._sent = src_dict
        node_spec.name = name
        node_spec.role = role
        node_spec.availability = availability
        node_spec.additional_properties = d
        return node_spec

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "labels",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "labels":
            _labels_data = src.get("Labels")
            labels: NodeSpecLabels | None
            if _labels_data is None:
                labels = _labels_data
            elif isinstance(_labels_data, dict):
                labels_type_0 = NodeSpecLabels.from_dict(_labels_data)

                labels = labels_type_0
            else:
                raise TypeError(
                    f"labels: expected NodeSpecLabels | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
                )

            return labels
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Name": "name",
        "Labels": "labels",
        "Role": "role",
        "Availability": "availability",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Name"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Labels"]) -> NodeSpecLabels: ...
        @overload
        def __getitem__(self, key: Literal["Role"]) -> NodeSpecRole: ...
        @overload
        def __getitem__(self, key: Literal["Availability"]) -> NodeSpecAvailability: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Name"], default: None = None) -> str | None: ...
        @overload
        def get(self, key: Literal["Labels"], default: None = None) -> NodeSpecLabels | None: ...
        @overload
        def get(self, key: Literal["Role"], default: None = None) -> NodeSpecRole | None: ...
        @overload
        def get(
            self, key: Literal["Availability"], default: None = None
        ) -> NodeSpecAvailability | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.node_spec_labels import NodeSpecLabels
