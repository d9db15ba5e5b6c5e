from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkIgnored", None, "an object", d)
        get = d.get
        already_present_json = get("alreadyPresent", UNSET)
        already_present: Any | Unset
        if already_present_json is UNSET:
            already_present = UNSET
        else:
            already_present = already_present_json

        forbidden_json = get("forbidden", UNSET)
        forbidden: Any | Unset
        if forbidden_json is UNSET:
            forbidden = UNSET
        else:
            forbidden = forbidden_json

        invalid_json = get("invalid", UNSET)
        invalid: Any | Unset
        if invalid_json is UNSET:
            invalid = UNSET
        else:
            invalid = invalid_json

        not_applicable_json = get("notApplicable", UNSET)
        not_applicable: Any | Unset
        if not_applicable_json is UNSET:
            not_applicable = UNSET
        else:
            not_applicable = not_applicable_json

        not_found_json = get("notFound", UNSET)
        not_found: Any | Unset
        if not_found_json is UNSET:
            not_found = UNSET
        else:
            not_found = not_found_json

        bulk_ignored = cls(
            already_present=already_present,
            forbidden=forbidden,
            invalid=invalid,
            not_applicable=not_applicable,
            not_found=not_found,
        )
        bulk_ignored.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return bulk_ignored

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
