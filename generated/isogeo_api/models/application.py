from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_kind import ApplicationKind
from ..models.application_type import ApplicationType
from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Application")

_FIELDS = frozenset(
    {
        "_id",
        "_created",
        "_modified",
        "_abilities",
        "canHaveManyGroups",
        "client_id",
        "client_secret",
        "groups",
        "kind",
        "name",
        "redirect_uris",
        "scopes",
        "staff",
        "type",
        "url",
    }
)


@_attrs_define
class Application:
    """An OAuth2 client application. `client_secret` is a credential: never log it.
    `groups` is present with `_include=groups`.

        Example:
            {'_id': '4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9', '_created': '2019-08-27T14:02:11.2880035+00:00', '_modified':
                '2023-11-30T10:45:00.12+00:00', 'canHaveManyGroups': False, 'client_id': 'portail-
                cartographique-4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9', 'kind': 'public', 'name': 'Portail cartographique de la
                Métropole', 'redirect_uris': [], 'scopes': ['resources:read'], 'staff': False, 'type': 'group', 'url':
                'https://geo.example.org/portail'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    can_have_many_groups: bool | Unset = UNSET
    """ When false, the application can be linked to one workgroup only. """
    client_id: str | Unset = UNSET
    """ OAuth2 client id, `{slug}-{32 hex}`. """
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ OAuth2 client secret (64 characters). A credential (`format: password`): keep it out of logs. """
    groups: list[Workgroup] | Unset = UNSET
    kind: ApplicationKind | str | Unset = UNSET
    """ An `ApplicationKind`, or a value added by the server after this description. """
    name: str | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    """ OAuth2 scopes, e.g. `resources:read` (group apps), `api:read`, `api:write`. """
    staff: bool | Unset = UNSET
    type_: ApplicationType | str | Unset = UNSET
    """ An `ApplicationType`, or a value added by the server after this description. """
    url: None | str | Unset = UNSET
    """ Description page of the application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        can_have_many_groups = self.can_have_many_groups

        client_id = self.client_id

        client_secret = self.client_secret

        groups_raw: Any = _peek_groups(self)
        groups_json: Any
        if groups_raw.__class__ is LazyValue:
            groups_json = groups_raw.value
        else:
            groups: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(groups_raw, Unset):
                groups = []
                for groups_item_data in groups_raw:
                    groups_item = groups_item_data.to_dict()
                    groups.append(groups_item)

            groups_json = groups
        groups = groups_json

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ApplicationKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        staff = self.staff

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ApplicationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if can_have_many_groups is not UNSET:
            field_dict["canHaveManyGroups"] = can_have_many_groups
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if groups is not UNSET:
            field_dict["groups"] = groups
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if staff is not UNSET:
            field_dict["staff"] = staff
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Application", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Application", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Application", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Application", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Application", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Application", "_modified", "a date-time string", sys_modified) from None

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Application", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Application", "_abilities", "an array of a string", sys_abilities_item)

        can_have_many_groups = get("canHaveManyGroups", UNSET)
        if (
            can_have_many_groups is not UNSET
            and can_have_many_groups is not True
            and can_have_many_groups is not False
        ):
            raise DecodeError("Application", "canHaveManyGroups", "a boolean", can_have_many_groups)

        client_id = get("client_id", UNSET)
        if client_id is not UNSET and client_id.__class__ is not str and not isinstance(client_id, str):
            raise DecodeError("Application", "client_id", "a string", client_id)

        client_secret = get("client_secret", UNSET)
        if (
            client_secret is not UNSET
            and client_secret.__class__ is not str
            and not isinstance(client_secret, str)
        ):
            raise DecodeError("Application", "client_secret", "a string", client_secret)

        groups = get("groups", UNSET)
        if groups is not UNSET:
            if groups.__class__ is not list and not isinstance(groups, list):
                raise DecodeError("Application", "groups", "an array", groups)
            groups = _decode_groups(groups) if _context is EAGER else LazyValue(groups, _context)

        kind = get("kind", UNSET)
        if kind is not UNSET:
            if isinstance(kind, str):
                kind_text: ApplicationKind | str = ApplicationKind._value2member_map_.get(kind, kind)  # type: ignore[assignment]
                kind = kind_text
            else:
                raise DecodeError("Application", "kind", "a ApplicationKind value or a string", kind)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Application", "name", "a string", name)

        redirect_uris = get("redirect_uris", UNSET)
        if redirect_uris is not UNSET:
            if redirect_uris.__class__ is not list and not isinstance(redirect_uris, list):
                raise DecodeError("Application", "redirect_uris", "an array", redirect_uris)
            for redirect_uris_item in redirect_uris:
                if redirect_uris_item.__class__ is not str and not isinstance(redirect_uris_item, str):
                    raise DecodeError(
                        "Application", "redirect_uris", "an array of a string", redirect_uris_item
                    )

        scopes = get("scopes", UNSET)
        if scopes is not UNSET:
            if scopes.__class__ is not list and not isinstance(scopes, list):
                raise DecodeError("Application", "scopes", "an array", scopes)
            for scopes_item in scopes:
                if scopes_item.__class__ is not str and not isinstance(scopes_item, str):
                    raise DecodeError("Application", "scopes", "an array of a string", scopes_item)

        staff = get("staff", UNSET)
        if staff is not UNSET and staff is not True and staff is not False:
            raise DecodeError("Application", "staff", "a boolean", staff)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: ApplicationType | str = ApplicationType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("Application", "type", "a ApplicationType value or a string", type_)

        url = get("url", UNSET)
        if url is not UNSET and url.__class__ is not str and url is not None and not isinstance(url, str):
            raise DecodeError("Application", "url", "a string or null", url)

        if cls is Application:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.sys_abilities = sys_abilities
            _model.can_have_many_groups = can_have_many_groups
            _model.client_id = client_id
            _model.client_secret = client_secret
            _store_groups(_model, groups)
            _model.kind = kind
            _model.name = name
            _model.redirect_uris = redirect_uris
            _model.scopes = scopes
            _model.staff = staff
            _model.type_ = type_
            _model.url = url
        else:
            _model = cls(
                sys_id=sys_id,
                sys_created=sys_created,
                sys_modified=sys_modified,
                sys_abilities=sys_abilities,
                can_have_many_groups=can_have_many_groups,
                client_id=client_id,
                client_secret=client_secret,
                groups=groups,
                kind=kind,
                name=name,
                redirect_uris=redirect_uris,
                scopes=scopes,
                staff=staff,
                type_=type_,
                url=url,
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


def _decode_groups(value: Any) -> list[Workgroup]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Application", "groups", "an array", value)
    decoded = [
        Workgroup.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Application", "groups", "an object (Workgroup)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_groups: Any = Application.__dict__["groups"].__get__
_store_groups: Any = Application.__dict__["groups"].__set__
lazy_fields(
    Application,
    {
        "groups": _decode_groups,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
