from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_operation_verb import ServiceOperationVerb
from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="ServiceOperationCreate")

_FIELDS = frozenset(
    {
        "name",
        "verb",
    }
)


@_attrs_define
class ServiceOperationCreate:
    """Body of `createServiceOperation`.

    Example:
        {'name': 'GetMap', 'verb': 'GET'}

    """

    name: str
    verb: ServiceOperationVerb
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        verb = self.verb.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "verb": verb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceOperationCreate", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "ServiceOperationCreate", "name", "a string (required)" if name is UNSET else "a string", name
            )

        verb = get("verb", UNSET)
        if verb is UNSET:
            raise DecodeError(
                "ServiceOperationCreate", "verb", "a ServiceOperationVerb value (required)", UNSET
            )
        verb_member: ServiceOperationVerb | None = (
            ServiceOperationVerb._value2member_map_.get(verb) if isinstance(verb, str) else None
        )  # type: ignore[assignment]
        if verb_member is None:
            raise DecodeError("ServiceOperationCreate", "verb", "a ServiceOperationVerb value", verb)
        verb = verb_member

        if cls is ServiceOperationCreate:
            _model = object.__new__(cls)
            _model.name = name
            _model.verb = verb
        else:
            _model = cls(
                name=name,
                verb=verb,
            )
        _model.additional_properties = (
            {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}
        )
        return _model

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
