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

T = TypeVar("T", bound="AttestationStatement")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class AttestationStatement(Model):
    """AttestationStatement is a single in-toto statement attached to an image."""

    __match_args__ = (
        "descriptor",
        "predicate_type",
        "statement",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    descriptor: OCIDescriptor | None
    predicate_type: str
    """ The in-toto predicate type URI of this statement. """
    statement: AttestationStatementStatement | None
    """ The verbatim in-toto statement JSON. Only included when the caller
    opts in via the `statement=true` query parameter; otherwise absent.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        descriptor: OCIDescriptor | None,
        predicate_type: str,
        statement: AttestationStatementStatement | None = None,
    ) -> None:
        self.descriptor = descriptor
        self.predicate_type = predicate_type
        self.statement = statement
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor
        field_dict["Descriptor"] = descriptor

        field_dict["PredicateType"] = self.predicate_type

        statement = self.statement
        if statement is not None:
            statement_json: dict[str, Any] | None
            if isinstance(statement, AttestationStatementStatement):
                statement_json = statement.to_dict()
            else:
                statement_json = statement
            field_dict["Statement"] = statement_json
        elif "Statement" in self._sent:
            field_dict["Statement"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        d.pop("Descriptor")

        predicate_type = d.pop("PredicateType")

        d.pop("Statement", None)

        attestation_statement = _new(cls)
        attestation_statement._sent = src_dict
        attestation_statement.predicate_type = predicate_type
        attestation_statement.additional_properties = d
        return attestation_statement

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "descriptor",
            "statement",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "descriptor":
            _descriptor_data = src["Descriptor"]
            descriptor: OCIDescriptor | None
            if _descriptor_data is None:
                descriptor = _descriptor_data
            elif isinstance(_descriptor_data, dict):
                descriptor_type_0 = OCIDescriptor.from_dict(_descriptor_data)

                descriptor = descriptor_type_0
            else:
                raise TypeError(
                    f"descriptor: expected None | OCIDescriptor, got {type(_descriptor_data).__name__}: {_descriptor_data!r:.200}"
                )

            return descriptor
        if deferred_name == "statement":
            _statement_data = src.get("Statement")
            statement: AttestationStatementStatement | None
            if _statement_data is None:
                statement = _statement_data
            elif isinstance(_statement_data, dict):
                statement_type_0 = AttestationStatementStatement.from_dict(_statement_data)

                statement = statement_type_0
            else:
                raise TypeError(
                    f"statement: expected AttestationStatementStatement | None, got {type(_statement_data).__name__}: {_statement_data!r:.200}"
                )

            return statement
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "Descriptor": "descriptor",
        "PredicateType": "predicate_type",
        "Statement": "statement",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["Descriptor"]) -> OCIDescriptor: ...
        @overload
        def __getitem__(self, key: Literal["PredicateType"]) -> str: ...
        @overload
        def __getitem__(self, key: Literal["Statement"]) -> AttestationStatementStatement: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(self, key: Literal["Descriptor"], default: None = None) -> OCIDescriptor | None: ...
        @overload
        def get(self, key: Literal["PredicateType"], default: None = None) -> str: ...
        @overload
        def get(
            self, key: Literal["Statement"], default: None = None
        ) -> AttestationStatementStatement | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.attestation_statement_statement import AttestationStatementStatement
from ..models.oci_descriptor import OCIDescriptor
