from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_kind import ApplicationKind
from ..models.application_type import ApplicationType
from ..types import UNSET, DecodeError, Unset, parse_datetime

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

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Application", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Application", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Application", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("Application", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("Application", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("Application", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError(
                    "Application", "_modified", "a date-time string", sys_modified_json
                ) from None

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Application", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("Application", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        can_have_many_groups_json = get("canHaveManyGroups", UNSET)
        can_have_many_groups: bool | Unset
        if can_have_many_groups_json is UNSET:
            can_have_many_groups = UNSET
        else:
            if not (isinstance(can_have_many_groups_json, bool)):
                raise DecodeError("Application", "canHaveManyGroups", "a boolean", can_have_many_groups_json)
            can_have_many_groups = can_have_many_groups_json

        client_id_json = get("client_id", UNSET)
        client_id: str | Unset
        if client_id_json is UNSET:
            client_id = UNSET
        else:
            if not (isinstance(client_id_json, str)):
                raise DecodeError("Application", "client_id", "a string", client_id_json)
            client_id = client_id_json

        client_secret_json = get("client_secret", UNSET)
        client_secret: str | Unset
        if client_secret_json is UNSET:
            client_secret = UNSET
        else:
            if not (isinstance(client_secret_json, str)):
                raise DecodeError("Application", "client_secret", "a string", client_secret_json)
            client_secret = client_secret_json

        groups_json = get("groups", UNSET)
        groups: list[Workgroup] | Unset
        if groups_json is UNSET:
            groups = UNSET
        else:
            if not isinstance(groups_json, list):
                raise DecodeError("Application", "groups", "an array", groups_json)
            groups = []
            for groups_item in groups_json:
                groups_value: Workgroup
                if not isinstance(groups_item, dict):
                    raise DecodeError("Application", "groups", "an object (Workgroup)", groups_item)
                groups_value = Workgroup.from_dict(groups_item)

                groups.append(groups_value)

        kind_json = get("kind", UNSET)
        kind: ApplicationKind | str | Unset
        if kind_json is UNSET:
            kind = UNSET
        else:
            if isinstance(kind_json, str):
                kind_text: ApplicationKind | str = cast(
                    ApplicationKind | str, ApplicationKind._value2member_map_.get(kind_json, kind_json)
                )
                kind = kind_text
            else:
                raise DecodeError("Application", "kind", "a ApplicationKind value or a string", kind_json)

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("Application", "name", "a string", name_json)
            name = name_json

        redirect_uris_json = get("redirect_uris", UNSET)
        redirect_uris: list[str] | Unset
        if redirect_uris_json is UNSET:
            redirect_uris = UNSET
        else:
            if not isinstance(redirect_uris_json, list):
                raise DecodeError("Application", "redirect_uris", "an array", redirect_uris_json)
            for redirect_uris_item in redirect_uris_json:
                if not (isinstance(redirect_uris_item, str)):
                    raise DecodeError(
                        "Application", "redirect_uris", "an array of a string", redirect_uris_item
                    )
            redirect_uris = redirect_uris_json

        scopes_json = get("scopes", UNSET)
        scopes: list[str] | Unset
        if scopes_json is UNSET:
            scopes = UNSET
        else:
            if not isinstance(scopes_json, list):
                raise DecodeError("Application", "scopes", "an array", scopes_json)
            for scopes_item in scopes_json:
                if not (isinstance(scopes_item, str)):
                    raise DecodeError("Application", "scopes", "an array of a string", scopes_item)
            scopes = scopes_json

        staff_json = get("staff", UNSET)
        staff: bool | Unset
        if staff_json is UNSET:
            staff = UNSET
        else:
            if not (isinstance(staff_json, bool)):
                raise DecodeError("Application", "staff", "a boolean", staff_json)
            staff = staff_json

        type__json = get("type", UNSET)
        type_: ApplicationType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: ApplicationType | str = cast(
                    ApplicationType | str, ApplicationType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("Application", "type", "a ApplicationType value or a string", type__json)

        url_json = get("url", UNSET)
        url: None | str | Unset
        if url_json is UNSET:
            url = UNSET
        else:
            if isinstance(url_json, str):
                url_text: None | str = url_json
                url = url_text
            elif url_json is None:
                url = None
            else:
                raise DecodeError("Application", "url", "a string or null", url_json)

        application = cls(
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
        application.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return application

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
