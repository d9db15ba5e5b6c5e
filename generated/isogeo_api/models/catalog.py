from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Catalog")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_created",
        "_modified",
        "_abilities",
        "$scan",
        "code",
        "count",
        "name",
        "owner",
    }
)


@_attrs_define
class Catalog:
    """A catalog of a workgroup. `$scan`: the catalog receives the metadata the Scan creates. `count` comes with
    `_include=count`.

        Example:
            {'_id': '6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4', '_tag': 'catalog:6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4', '_created':
                '2018-02-14T09:30:12.1918+00:00', '$scan': False, 'code': 'open-data', 'count': 154, 'name': 'Données ouvertes',
                'owner': {'_id': '32f7e95ec4e94ca3bc1afda960003882'}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    """ `catalog:{id}`. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    scan: bool | Unset = UNSET
    code: None | str | Unset = UNSET
    count: int | Unset = UNSET
    name: str | Unset = UNSET
    owner: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        scan = self.scan

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        count = self.count

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if scan is not UNSET:
            field_dict["$scan"] = scan
        if code is not UNSET:
            field_dict["code"] = code
        if count is not UNSET:
            field_dict["count"] = count
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Catalog", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Catalog", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Catalog", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Catalog", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("Catalog", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("Catalog", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("Catalog", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError("Catalog", "_modified", "a date-time string", sys_modified_json) from None

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Catalog", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("Catalog", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        scan_json = get("$scan", UNSET)
        scan: bool | Unset
        if scan_json is UNSET:
            scan = UNSET
        else:
            if not (isinstance(scan_json, bool)):
                raise DecodeError("Catalog", "$scan", "a boolean", scan_json)
            scan = scan_json

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
                raise DecodeError("Catalog", "code", "a string or null", code_json)

        count_json = get("count", UNSET)
        count: int | Unset
        if count_json is UNSET:
            count = UNSET
        else:
            if not (isinstance(count_json, int) and not isinstance(count_json, bool)):
                raise DecodeError("Catalog", "count", "an integer", count_json)
            count = count_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("Catalog", "name", "a string", name_json)
            name = name_json

        owner_json = get("owner", UNSET)
        owner: Workgroup | Unset
        if owner_json is UNSET:
            owner = UNSET
        else:
            if not isinstance(owner_json, dict):
                raise DecodeError("Catalog", "owner", "an object (Workgroup)", owner_json)
            owner = Workgroup.from_dict(owner_json)

        catalog = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_created=sys_created,
            sys_modified=sys_modified,
            sys_abilities=sys_abilities,
            scan=scan,
            code=code,
            count=count,
            name=name,
            owner=owner,
        )
        catalog.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return catalog

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


from ..models.workgroup import Workgroup  # noqa: E402
