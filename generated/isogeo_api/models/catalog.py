from __future__ import annotations

import datetime
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
    parse_datetime,
)

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

        owner_raw: Any = _peek_owner(self)
        owner_json: Any
        if owner_raw.__class__ is LazyValue:
            owner_json = owner_raw.value
        else:
            owner: dict[str, Any] | Unset = UNSET
            if not isinstance(owner_raw, Unset):
                owner = owner_raw.to_dict()
            owner_json = owner
        owner = owner_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Catalog", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Catalog", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Catalog", "_tag", "a string", sys_tag)

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Catalog", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Catalog", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Catalog", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Catalog", "_modified", "a date-time string", sys_modified) from None

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Catalog", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Catalog", "_abilities", "an array of a string", sys_abilities_item)

        scan = get("$scan", UNSET)
        if scan is not UNSET and scan is not True and scan is not False:
            raise DecodeError("Catalog", "$scan", "a boolean", scan)

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and code is not None and not isinstance(code, str):
            raise DecodeError("Catalog", "code", "a string or null", code)

        count = get("count", UNSET)
        if (
            count is not UNSET
            and count.__class__ is not int
            and (not isinstance(count, int) or isinstance(count, bool))
        ):
            raise DecodeError("Catalog", "count", "an integer", count)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Catalog", "name", "a string", name)

        owner = get("owner", UNSET)
        if owner is not UNSET:
            if owner.__class__ is not dict and not isinstance(owner, dict):
                raise DecodeError("Catalog", "owner", "an object (Workgroup)", owner)
            owner = _decode_owner(owner) if _context is EAGER else LazyValue(owner, _context)

        if cls is Catalog:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.sys_abilities = sys_abilities
            _model.scan = scan
            _model.code = code
            _model.count = count
            _model.name = name
            _store_owner(_model, owner)
        else:
            _model = cls(
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


def _decode_owner(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Catalog", "owner", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_owner: Any = Catalog.__dict__["owner"].__get__
_store_owner: Any = Catalog.__dict__["owner"].__set__
lazy_fields(
    Catalog,
    {
        "owner": _decode_owner,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
