from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_operation_verb import ServiceOperationVerb
from ..types import UNSET, DecodeError

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceOperationCreate", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("ServiceOperationCreate", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ServiceOperationCreate", "name", "a string", name_json)
            name = name_json

        verb_json = get("verb", UNSET)
        verb: ServiceOperationVerb
        if verb_json is UNSET:
            raise DecodeError(
                "ServiceOperationCreate", "verb", "a ServiceOperationVerb value (required)", UNSET
            )
        else:
            verb_member = (
                ServiceOperationVerb._value2member_map_.get(verb_json) if isinstance(verb_json, str) else None
            )
            if verb_member is None:
                raise DecodeError("ServiceOperationCreate", "verb", "a ServiceOperationVerb value", verb_json)
            verb = cast(ServiceOperationVerb, verb_member)

        service_operation_create = cls(
            name=name,
            verb=verb,
        )
        service_operation_create.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return service_operation_create

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
