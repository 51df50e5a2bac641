from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttestationStatement")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class AttestationStatement:
    """AttestationStatement is a single in-toto statement attached to an image."""

    descriptor: OCIDescriptor | None
    predicate_type: str
    """ The in-toto predicate type URI of this statement. """
    statement: AttestationStatementStatement | Unset | None = UNSET
    """ The verbatim in-toto statement JSON. Only included when the caller
    opts in via the `statement=true` query parameter; otherwise absent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        predicate_type = self.predicate_type

        statement: dict[str, Any] | Unset | None
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, AttestationStatementStatement):
            statement = self.statement.to_dict()
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Descriptor": descriptor,
                "PredicateType": predicate_type,
            }
        )
        if statement is not UNSET:
            field_dict["Statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _descriptor_data = d.pop("Descriptor")
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

        predicate_type = d.pop("PredicateType")

        _statement_data = d.pop("Statement", UNSET)
        statement: AttestationStatementStatement | Unset | None
        if _statement_data is None or _statement_data is UNSET:
            statement = _statement_data
        elif isinstance(_statement_data, dict):
            statement_type_0 = AttestationStatementStatement.from_dict(_statement_data)

            statement = statement_type_0
        else:
            raise TypeError(
                f"statement: expected AttestationStatementStatement | None, got {type(_statement_data).__name__}: {_statement_data!r:.200}"
            )

        attestation_statement = _new(cls)
        attestation_statement.descriptor = descriptor
        attestation_statement.predicate_type = predicate_type
        attestation_statement.statement = statement
        attestation_statement.additional_properties = d
        return attestation_statement

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


from ..models.attestation_statement_statement import AttestationStatementStatement
from ..models.oci_descriptor import OCIDescriptor
