from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationWrite")


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
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ApplicationType(d.pop("type"))

        can_have_many_groups = d.pop("canHaveManyGroups", UNSET)

        redirect_uris = cast(list[str], d.pop("redirect_uris", UNSET))

        scopes = cast(list[str], d.pop("scopes", UNSET))

        staff = d.pop("staff", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        application_write = cls(
            name=name,
            type_=type_,
            can_have_many_groups=can_have_many_groups,
            redirect_uris=redirect_uris,
            scopes=scopes,
            staff=staff,
            url=url,
        )

        application_write.additional_properties = d
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
