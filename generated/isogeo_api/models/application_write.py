from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ApplicationWrite", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "ApplicationWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__1: ApplicationType
                type__1_member: ApplicationType | None = (
                    ApplicationType._value2member_map_.get(type_) if isinstance(type_, str) else None
                )  # type: ignore[assignment]
                if type__1_member is None:
                    raise DecodeError("ApplicationWrite", "type", "a ApplicationType value", type_)
                type__1 = type__1_member

                type_ = type__1
            elif type_ is None:
                type_ = None
            else:
                raise DecodeError("ApplicationWrite", "type", "a ApplicationType value or null", type_)

        can_have_many_groups = get("canHaveManyGroups", UNSET)
        if (
            can_have_many_groups is not UNSET
            and can_have_many_groups is not True
            and can_have_many_groups is not False
            and can_have_many_groups is not None
        ):
            raise DecodeError(
                "ApplicationWrite", "canHaveManyGroups", "a boolean or null", can_have_many_groups
            )

        redirect_uris = get("redirect_uris", UNSET)
        if redirect_uris is not UNSET:
            if isinstance(redirect_uris, list):
                redirect_uris_1: list[str]
                if redirect_uris.__class__ is not list and not isinstance(redirect_uris, list):
                    raise DecodeError("ApplicationWrite", "redirect_uris", "an array", redirect_uris)
                for redirect_uris_1_item in redirect_uris:
                    if redirect_uris_1_item.__class__ is not str and not isinstance(
                        redirect_uris_1_item, str
                    ):
                        raise DecodeError(
                            "ApplicationWrite", "redirect_uris", "an array of a string", redirect_uris_1_item
                        )
                redirect_uris_1 = redirect_uris

                redirect_uris = redirect_uris_1
            elif redirect_uris is None:
                redirect_uris = None
            else:
                raise DecodeError("ApplicationWrite", "redirect_uris", "an array or null", redirect_uris)

        scopes = get("scopes", UNSET)
        if scopes is not UNSET:
            if isinstance(scopes, list):
                scopes_1: list[str]
                if scopes.__class__ is not list and not isinstance(scopes, list):
                    raise DecodeError("ApplicationWrite", "scopes", "an array", scopes)
                for scopes_1_item in scopes:
                    if scopes_1_item.__class__ is not str and not isinstance(scopes_1_item, str):
                        raise DecodeError("ApplicationWrite", "scopes", "an array of a string", scopes_1_item)
                scopes_1 = scopes

                scopes = scopes_1
            elif scopes is None:
                scopes = None
            else:
                raise DecodeError("ApplicationWrite", "scopes", "an array or null", scopes)

        staff = get("staff", UNSET)
        if staff is not UNSET and staff is not True and staff is not False and staff is not None:
            raise DecodeError("ApplicationWrite", "staff", "a boolean or null", staff)

        url = get("url", UNSET)
        if url is not UNSET and url.__class__ is not str and url is not None and not isinstance(url, str):
            raise DecodeError("ApplicationWrite", "url", "a string or null", url)

        if cls is ApplicationWrite:
            _model = object.__new__(cls)
            _model.name = name
            _model.type_ = type_
            _model.can_have_many_groups = can_have_many_groups
            _model.redirect_uris = redirect_uris
            _model.scopes = scopes
            _model.staff = staff
            _model.url = url
        else:
            _model = cls(
                name=name,
                type_=type_,
                can_have_many_groups=can_have_many_groups,
                redirect_uris=redirect_uris,
                scopes=scopes,
                staff=staff,
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
