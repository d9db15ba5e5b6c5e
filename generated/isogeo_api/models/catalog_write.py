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

T = TypeVar("T", bound="CatalogWrite")

_FIELDS = frozenset(
    {
        "name",
        "code",
        "$scan",
    }
)


@_attrs_define
class CatalogWrite:
    """Body of `createWorkgroupCatalog` (a **form**) and `updateWorkgroupCatalog` (JSON). Note the
    `$` of `$scan`. `null` means no value (the official SDK sends every key, `code: null` when
    unset): it clears `code`.

        Example:
            {'name': 'Données ouvertes', 'code': 'open-data', '$scan': False}

    """

    name: str
    code: None | str | Unset = UNSET
    scan: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        scan: bool | None | Unset
        if isinstance(self.scan, Unset):
            scan = UNSET
        else:
            scan = self.scan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if scan is not UNSET:
            field_dict["$scan"] = scan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("CatalogWrite", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "CatalogWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and code is not None and not isinstance(code, str):
            raise DecodeError("CatalogWrite", "code", "a string or null", code)

        scan = get("$scan", UNSET)
        if scan is not UNSET and scan is not True and scan is not False and scan is not None:
            raise DecodeError("CatalogWrite", "$scan", "a boolean or null", scan)

        if cls is CatalogWrite:
            _model = object.__new__(cls)
            _model.name = name
            _model.code = code
            _model.scan = scan
        else:
            _model = cls(
                name=name,
                code=code,
                scan=scan,
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
