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
    from ..models.keyword_count import KeywordCount
    from ..models.thesaurus import Thesaurus


T = TypeVar("T", bound="Keyword")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_created",
        "_modified",
        "_abilities",
        "code",
        "count",
        "description",
        "text",
        "thesaurus",
    }
)


@_attrs_define
class Keyword:
    """A keyword of a thesaurus; `_tag` is `keyword:{thesaurus_code}:{code}`.

    Example:
        {'_id': '9d7ff05bfd4f4f2c9c5c5e6a7a0b1c2d', '_tag': 'keyword:inspire-theme:hydrography', 'code': 'hydrography',
            'text': 'Hydrographie', 'description': "Éléments hydrographiques, y compris les zones maritimes ainsi que toutes
            les autres masses d'eau.", 'thesaurus': {'_id': '926c676c380046d7af99bcae343ac813', 'code': 'inspire-theme',
            'name': 'GEMET - INSPIRE themes'}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    sys_created: datetime.datetime | None | Unset = UNSET
    sys_modified: datetime.datetime | None | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    code: str | Unset = UNSET
    """ Slug of the text. """
    count: KeywordCount | Unset = UNSET
    """ Usage counts of a keyword (`_include=count`). """
    description: None | str | Unset = UNSET
    text: str | Unset = UNSET
    thesaurus: Thesaurus | Unset = UNSET
    """ A keyword thesaurus (`isogeo`, `inspire-theme`, `group-theme`, `iso19115-topic`...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_created: None | str | Unset
        if isinstance(self.sys_created, Unset):
            sys_created = UNSET
        elif isinstance(self.sys_created, datetime.datetime):
            sys_created = self.sys_created.isoformat()
        else:
            sys_created = self.sys_created

        sys_modified: None | str | Unset
        if isinstance(self.sys_modified, Unset):
            sys_modified = UNSET
        elif isinstance(self.sys_modified, datetime.datetime):
            sys_modified = self.sys_modified.isoformat()
        else:
            sys_modified = self.sys_modified

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        code = self.code

        count_raw: Any = _peek_count(self)
        count_json: Any
        if count_raw.__class__ is LazyValue:
            count_json = count_raw.value
        else:
            count: dict[str, Any] | Unset = UNSET
            if not isinstance(count_raw, Unset):
                count = count_raw.to_dict()
            count_json = count
        count = count_json

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        text = self.text

        thesaurus_raw: Any = _peek_thesaurus(self)
        thesaurus_json: Any
        if thesaurus_raw.__class__ is LazyValue:
            thesaurus_json = thesaurus_raw.value
        else:
            thesaurus: dict[str, Any] | Unset = UNSET
            if not isinstance(thesaurus_raw, Unset):
                thesaurus = thesaurus_raw.to_dict()
            thesaurus_json = thesaurus
        thesaurus = thesaurus_json

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
        if code is not UNSET:
            field_dict["code"] = code
        if count is not UNSET:
            field_dict["count"] = count
        if description is not UNSET:
            field_dict["description"] = description
        if text is not UNSET:
            field_dict["text"] = text
        if thesaurus is not UNSET:
            field_dict["thesaurus"] = thesaurus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Keyword", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Keyword", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Keyword", "_tag", "a string", sys_tag)

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if isinstance(sys_created, str):
                try:
                    sys_created = parse_datetime(sys_created)
                except ValueError:
                    raise DecodeError("Keyword", "_created", "a date-time string", sys_created) from None
            elif sys_created is None:
                sys_created = None
            else:
                raise DecodeError("Keyword", "_created", "a date-time string or null", sys_created)

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if isinstance(sys_modified, str):
                try:
                    sys_modified = parse_datetime(sys_modified)
                except ValueError:
                    raise DecodeError("Keyword", "_modified", "a date-time string", sys_modified) from None
            elif sys_modified is None:
                sys_modified = None
            else:
                raise DecodeError("Keyword", "_modified", "a date-time string or null", sys_modified)

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Keyword", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Keyword", "_abilities", "an array of a string", sys_abilities_item)

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and not isinstance(code, str):
            raise DecodeError("Keyword", "code", "a string", code)

        count = get("count", UNSET)
        if count is not UNSET:
            if count.__class__ is not dict and not isinstance(count, dict):
                raise DecodeError("Keyword", "count", "an object (KeywordCount)", count)
            count = _decode_count(count) if _context is EAGER else LazyValue(count, _context)

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("Keyword", "description", "a string or null", description)

        text = get("text", UNSET)
        if text is not UNSET and text.__class__ is not str and not isinstance(text, str):
            raise DecodeError("Keyword", "text", "a string", text)

        thesaurus = get("thesaurus", UNSET)
        if thesaurus is not UNSET:
            if thesaurus.__class__ is not dict and not isinstance(thesaurus, dict):
                raise DecodeError("Keyword", "thesaurus", "an object (Thesaurus)", thesaurus)
            thesaurus = _decode_thesaurus(thesaurus) if _context is EAGER else LazyValue(thesaurus, _context)

        if cls is Keyword:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.sys_abilities = sys_abilities
            _model.code = code
            _store_count(_model, count)
            _model.description = description
            _model.text = text
            _store_thesaurus(_model, thesaurus)
        else:
            _model = cls(
                sys_id=sys_id,
                sys_tag=sys_tag,
                sys_created=sys_created,
                sys_modified=sys_modified,
                sys_abilities=sys_abilities,
                code=code,
                count=count,
                description=description,
                text=text,
                thesaurus=thesaurus,
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


def _decode_count(value: Any) -> KeywordCount:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Keyword", "count", "an object (KeywordCount)", value)
    decoded = KeywordCount.from_dict(value)

    return decoded


def _decode_thesaurus(value: Any) -> Thesaurus:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Keyword", "thesaurus", "an object (Thesaurus)", value)
    decoded = Thesaurus.from_dict(value)

    return decoded


_peek_count: Any = Keyword.__dict__["count"].__get__
_store_count: Any = Keyword.__dict__["count"].__set__
_peek_thesaurus: Any = Keyword.__dict__["thesaurus"].__get__
_store_thesaurus: Any = Keyword.__dict__["thesaurus"].__set__
lazy_fields(
    Keyword,
    {
        "count": _decode_count,
        "thesaurus": _decode_thesaurus,
    },
)


if not TYPE_CHECKING:
    KeywordCount = LazyModel(globals(), "KeywordCount", "..models.keyword_count")
    Thesaurus = LazyModel(globals(), "Thesaurus", "..models.thesaurus")
