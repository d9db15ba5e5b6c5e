from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.specification import Specification


T = TypeVar("T", bound="Conformity")

_FIELDS = frozenset(
    {
        "conformant",
        "specification",
    }
)


@_attrs_define
class Conformity:
    """A specification applied to a metadata (property `specification`), with its conformity flag.

    Example:
        {'conformant': True, 'specification': {'_id': '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', 'name': 'INSPIRE - Data
            Specification on Hydrography', 'published': '2014-04-17T00:00:00'}}

    """

    conformant: bool | Unset = UNSET
    specification: Specification | Unset = UNSET
    """ A specification (standard). `specification:isogeo:{id}` tags mark platform-owned (locked)
    specifications. `published` has **no** UTC offset.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conformant = self.conformant

        specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification, Unset):
            specification = self.specification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conformant is not UNSET:
            field_dict["conformant"] = conformant
        if specification is not UNSET:
            field_dict["specification"] = specification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Conformity", None, "an object", d)
        get = d.get
        conformant_json = get("conformant", UNSET)
        conformant: bool | Unset
        if conformant_json is UNSET:
            conformant = UNSET
        else:
            if not (isinstance(conformant_json, bool)):
                raise DecodeError("Conformity", "conformant", "a boolean", conformant_json)
            conformant = conformant_json

        specification_json = get("specification", UNSET)
        specification: Specification | Unset
        if specification_json is UNSET:
            specification = UNSET
        else:
            if not isinstance(specification_json, dict):
                raise DecodeError(
                    "Conformity", "specification", "an object (Specification)", specification_json
                )
            specification = Specification.from_dict(specification_json)

        conformity = cls(
            conformant=conformant,
            specification=specification,
        )
        conformity.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return conformity

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


from ..models.specification import Specification  # noqa: E402
