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
    """Body of APP-4 (create) and APP-5 (update). The server manages the OAuth2 credentials.

    Example:
        {'name': 'Portail cartographique de la Métropole', 'type': 'group', 'canHaveManyGroups': False, 'redirect_uris':
            [], 'scopes': ['resources:read'], 'staff': False, 'url': 'https://geo.example.org/portail'}

    """

    name: str
    type_: ApplicationType
    """ `group`: a group application (client credentials, read-only); `user`: a user application. """
    can_have_many_groups: bool | Unset = False
    redirect_uris: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    staff: bool | Unset = False
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        can_have_many_groups = self.can_have_many_groups

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

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
                "type": type_,
            }
        )
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
        type_: ApplicationType
        if type__json is UNSET:
            raise DecodeError("ApplicationWrite", "type", "a ApplicationType value (required)", UNSET)
        else:
            type__member = (
                ApplicationType._value2member_map_.get(type__json) if isinstance(type__json, str) else None
            )
            if type__member is None:
                raise DecodeError("ApplicationWrite", "type", "a ApplicationType value", type__json)
            type_ = cast(ApplicationType, type__member)

        can_have_many_groups_json = get("canHaveManyGroups", UNSET)
        can_have_many_groups: bool | Unset
        if can_have_many_groups_json is UNSET:
            can_have_many_groups = UNSET
        else:
            if not (isinstance(can_have_many_groups_json, bool)):
                raise DecodeError(
                    "ApplicationWrite", "canHaveManyGroups", "a boolean", can_have_many_groups_json
                )
            can_have_many_groups = can_have_many_groups_json

        redirect_uris_json = get("redirect_uris", UNSET)
        redirect_uris: list[str] | Unset
        if redirect_uris_json is UNSET:
            redirect_uris = UNSET
        else:
            if not isinstance(redirect_uris_json, list):
                raise DecodeError("ApplicationWrite", "redirect_uris", "an array", redirect_uris_json)
            for redirect_uris_item in redirect_uris_json:
                if not (isinstance(redirect_uris_item, str)):
                    raise DecodeError(
                        "ApplicationWrite", "redirect_uris", "an array of a string", redirect_uris_item
                    )
            redirect_uris = redirect_uris_json

        scopes_json = get("scopes", UNSET)
        scopes: list[str] | Unset
        if scopes_json is UNSET:
            scopes = UNSET
        else:
            if not isinstance(scopes_json, list):
                raise DecodeError("ApplicationWrite", "scopes", "an array", scopes_json)
            for scopes_item in scopes_json:
                if not (isinstance(scopes_item, str)):
                    raise DecodeError("ApplicationWrite", "scopes", "an array of a string", scopes_item)
            scopes = scopes_json

        staff_json = get("staff", UNSET)
        staff: bool | Unset
        if staff_json is UNSET:
            staff = UNSET
        else:
            if not (isinstance(staff_json, bool)):
                raise DecodeError("ApplicationWrite", "staff", "a boolean", staff_json)
            staff = staff_json

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
