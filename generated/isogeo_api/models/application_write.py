from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="ApplicationWrite")

_FIELDS = frozenset(
    {
        "name",
        "type",
        "canHaveManyGroups",
        "redirect_uris",
        "scopes",
        "staff",
        "url",
    }
)


@_attrs_define
class ApplicationWrite:
    """Body of `createApplication` and `updateApplication`. The server manages the OAuth2 credentials.
    `null` means no value: the server default on a creation. The official SDK sends every
    key, `null` when unset, and `redirect_uris: [null]`, `scopes: [null]` by default: `null`
    items are dropped. `type` is optional; without it the application is a `group`
    application (client credentials: an application created with no redirect URI can use no
    other grant).

        Example:
            {'name': 'Portail cartographique de la Métropole', 'type': 'group', 'canHaveManyGroups': False, 'redirect_uris':
                [], 'scopes': ['resources:read'], 'staff': False, 'url': 'https://geo.example.org/portail'}

    """

    name: str
    type_: ApplicationType | None | Unset = UNSET
    can_have_many_groups: bool | None | Unset = False
    redirect_uris: list[str] | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    """ Without scopes (or `null`), the type's scopes. """
    staff: bool | None | Unset = False
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ApplicationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        can_have_many_groups: bool | None | Unset
        if isinstance(self.can_have_many_groups, Unset):
            can_have_many_groups = UNSET
        else:
            can_have_many_groups = self.can_have_many_groups

        redirect_uris: list[str] | None | Unset
        if isinstance(self.redirect_uris, Unset):
            redirect_uris = UNSET
        elif isinstance(self.redirect_uris, list):
            redirect_uris = self.redirect_uris

        else:
            redirect_uris = self.redirect_uris

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        staff: bool | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        else:
            staff = self.staff

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if can_have_many_groups is not UNSET:
            field_dict["canHaveManyGroups"] = can_have_many_groups
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if staff is not UNSET:
            field_dict["staff"] = staff
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ApplicationWrite", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("ApplicationWrite", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ApplicationWrite", "name", "a string", name_json)
            name = name_json

        type__json = get("type", UNSET)
        type_: ApplicationType | None | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__1: ApplicationType
                type__1_member = (
                    ApplicationType._value2member_map_.get(type__json)
                    if isinstance(type__json, str)
                    else None
                )
                if type__1_member is None:
                    raise DecodeError("ApplicationWrite", "type", "a ApplicationType value", type__json)
                type__1 = cast(ApplicationType, type__1_member)

                type_ = type__1
            elif type__json is None:
                type_ = None
            else:
                raise DecodeError("ApplicationWrite", "type", "a ApplicationType value or null", type__json)

        can_have_many_groups_json = get("canHaveManyGroups", UNSET)
        can_have_many_groups: bool | None | Unset
        if can_have_many_groups_json is UNSET:
            can_have_many_groups = UNSET
        else:
            if isinstance(can_have_many_groups_json, bool):
                can_have_many_groups_1: bool
                if not (isinstance(can_have_many_groups_json, bool)):
                    raise DecodeError(
                        "ApplicationWrite", "canHaveManyGroups", "a boolean", can_have_many_groups_json
                    )
                can_have_many_groups_1 = can_have_many_groups_json

                can_have_many_groups = can_have_many_groups_1
            elif can_have_many_groups_json is None:
                can_have_many_groups = None
            else:
                raise DecodeError(
                    "ApplicationWrite", "canHaveManyGroups", "a boolean or null", can_have_many_groups_json
                )

        redirect_uris_json = get("redirect_uris", UNSET)
        redirect_uris: list[str] | None | Unset
        if redirect_uris_json is UNSET:
            redirect_uris = UNSET
        else:
            if isinstance(redirect_uris_json, list):
                redirect_uris_1: list[str]
                if not isinstance(redirect_uris_json, list):
                    raise DecodeError("ApplicationWrite", "redirect_uris", "an array", redirect_uris_json)
                for redirect_uris_1_item in redirect_uris_json:
                    if not (isinstance(redirect_uris_1_item, str)):
                        raise DecodeError(
                            "ApplicationWrite", "redirect_uris", "an array of a string", redirect_uris_1_item
                        )
                redirect_uris_1 = redirect_uris_json

                redirect_uris = redirect_uris_1
            elif redirect_uris_json is None:
                redirect_uris = None
            else:
                raise DecodeError("ApplicationWrite", "redirect_uris", "an array or null", redirect_uris_json)

        scopes_json = get("scopes", UNSET)
        scopes: list[str] | None | Unset
        if scopes_json is UNSET:
            scopes = UNSET
        else:
            if isinstance(scopes_json, list):
                scopes_1: list[str]
                if not isinstance(scopes_json, list):
                    raise DecodeError("ApplicationWrite", "scopes", "an array", scopes_json)
                for scopes_1_item in scopes_json:
                    if not (isinstance(scopes_1_item, str)):
                        raise DecodeError("ApplicationWrite", "scopes", "an array of a string", scopes_1_item)
                scopes_1 = scopes_json

                scopes = scopes_1
            elif scopes_json is None:
                scopes = None
            else:
                raise DecodeError("ApplicationWrite", "scopes", "an array or null", scopes_json)

        staff_json = get("staff", UNSET)
        staff: bool | None | Unset
        if staff_json is UNSET:
            staff = UNSET
        else:
            if isinstance(staff_json, bool):
                staff_1: bool
                if not (isinstance(staff_json, bool)):
                    raise DecodeError("ApplicationWrite", "staff", "a boolean", staff_json)
                staff_1 = staff_json

                staff = staff_1
            elif staff_json is None:
                staff = None
            else:
                raise DecodeError("ApplicationWrite", "staff", "a boolean or null", staff_json)

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
                raise DecodeError("ApplicationWrite", "url", "a string or null", url_json)

        application_write = cls(
            name=name,
            type_=type_,
            can_have_many_groups=can_have_many_groups,
            redirect_uris=redirect_uris,
            scopes=scopes,
            staff=staff,
            url=url,
        )
        application_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return application_write

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
