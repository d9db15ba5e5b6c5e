from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("CatalogWrite", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("CatalogWrite", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("CatalogWrite", "name", "a string", name_json)
            name = name_json

        code_json = get("code", UNSET)
        code: None | str | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if isinstance(code_json, str):
                code_text: None | str = code_json
                code = code_text
            elif code_json is None:
                code = None
            else:
                raise DecodeError("CatalogWrite", "code", "a string or null", code_json)

        scan_json = get("$scan", UNSET)
        scan: bool | None | Unset
        if scan_json is UNSET:
            scan = UNSET
        else:
            if isinstance(scan_json, bool):
                scan_1: bool
                if not (isinstance(scan_json, bool)):
                    raise DecodeError("CatalogWrite", "$scan", "a boolean", scan_json)
                scan_1 = scan_json

                scan = scan_1
            elif scan_json is None:
                scan = None
            else:
                raise DecodeError("CatalogWrite", "$scan", "a boolean or null", scan_json)

        catalog_write = cls(
            name=name,
            code=code,
            scan=scan,
        )
        catalog_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return catalog_write

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
