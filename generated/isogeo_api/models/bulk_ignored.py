from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="BulkIgnored")

_FIELDS = frozenset(
    {
        "alreadyPresent",
        "forbidden",
        "invalid",
        "notApplicable",
        "notFound",
    }
)


@_attrs_define
class BulkIgnored:
    """The operations a bulk request skipped, grouped by reason code. What each reason holds is
    not documented, so every value is any JSON (presumably the skipped metadata ids),
    and reasons added later are kept.

        Example:
            {'alreadyPresent': ['1369803d50c446b09f5060ef7fe3e22c']}

    """

    already_present: Any | Unset = UNSET
    forbidden: Any | Unset = UNSET
    invalid: Any | Unset = UNSET
    not_applicable: Any | Unset = UNSET
    not_found: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        already_present = self.already_present

        forbidden = self.forbidden

        invalid = self.invalid

        not_applicable = self.not_applicable

        not_found = self.not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if already_present is not UNSET:
            field_dict["alreadyPresent"] = already_present
        if forbidden is not UNSET:
            field_dict["forbidden"] = forbidden
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if not_applicable is not UNSET:
            field_dict["notApplicable"] = not_applicable
        if not_found is not UNSET:
            field_dict["notFound"] = not_found

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkIgnored", None, "an object", d)
        get = d.get
        already_present = get("alreadyPresent", UNSET)

        forbidden = get("forbidden", UNSET)

        invalid = get("invalid", UNSET)

        not_applicable = get("notApplicable", UNSET)

        not_found = get("notFound", UNSET)

        if cls is BulkIgnored:
            _model = object.__new__(cls)
            _model.already_present = already_present
            _model.forbidden = forbidden
            _model.invalid = invalid
            _model.not_applicable = not_applicable
            _model.not_found = not_found
        else:
            _model = cls(
                already_present=already_present,
                forbidden=forbidden,
                invalid=invalid,
                not_applicable=not_applicable,
                not_found=not_found,
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
