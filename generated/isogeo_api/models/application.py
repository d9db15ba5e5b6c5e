from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_kind import ApplicationKind
from ..models.application_type import ApplicationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Application")


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
    """ OAuth2 client secret (64 characters). A credential: `format: password` tells generators to hide it (our
    Python models leave it out of `repr`). """
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
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        _sys_created = d.pop("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if isinstance(_sys_created, Unset):
            sys_created = UNSET
        else:
            sys_created = datetime.datetime.fromisoformat(_sys_created)

        _sys_modified = d.pop("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if isinstance(_sys_modified, Unset):
            sys_modified = UNSET
        else:
            sys_modified = datetime.datetime.fromisoformat(_sys_modified)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        can_have_many_groups = d.pop("canHaveManyGroups", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Workgroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Workgroup.from_dict(groups_item_data)

                groups.append(groups_item)

        def _parse_kind(data: object) -> ApplicationKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_application_kind_value_type_0 = ApplicationKind(data)

                return componentsschemas_application_kind_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationKind | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        name = d.pop("name", UNSET)

        redirect_uris = cast(list[str], d.pop("redirect_uris", UNSET))

        scopes = cast(list[str], d.pop("scopes", UNSET))

        staff = d.pop("staff", UNSET)

        def _parse_type_(data: object) -> ApplicationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_application_type_value_type_0 = ApplicationType(data)

                return componentsschemas_application_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        application.additional_properties = d
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
