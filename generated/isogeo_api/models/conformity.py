from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    lazy_fields,
)

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

        specification_raw: Any = _peek_specification(self)
        specification_json: Any
        if specification_raw.__class__ is LazyValue:
            specification_json = specification_raw.value
        else:
            specification: dict[str, Any] | Unset = UNSET
            if not isinstance(specification_raw, Unset):
                specification = specification_raw.to_dict()
            specification_json = specification
        specification = specification_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Conformity", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        conformant = get("conformant", UNSET)
        if conformant is not UNSET and conformant is not True and conformant is not False:
            raise DecodeError("Conformity", "conformant", "a boolean", conformant)

        specification = get("specification", UNSET)
        if specification is not UNSET:
            if specification.__class__ is not dict and not isinstance(specification, dict):
                raise DecodeError("Conformity", "specification", "an object (Specification)", specification)
            specification = (
                _decode_specification(specification)
                if _context is EAGER
                else LazyValue(specification, _context)
            )

        if cls is Conformity:
            _model = object.__new__(cls)
            _model.conformant = conformant
            _store_specification(_model, specification)
        else:
            _model = cls(
                conformant=conformant,
                specification=specification,
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


def _decode_specification(value: Any) -> Specification:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Conformity", "specification", "an object (Specification)", value)
    decoded = Specification.from_dict(value)

    return decoded


_peek_specification: Any = Conformity.__dict__["specification"].__get__
_store_specification: Any = Conformity.__dict__["specification"].__set__
lazy_fields(
    Conformity,
    {
        "specification": _decode_specification,
    },
)


if not TYPE_CHECKING:
    Specification = LazyModel(globals(), "Specification", "..models.specification")
