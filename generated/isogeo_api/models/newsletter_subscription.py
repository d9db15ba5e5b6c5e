from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_name import NewsletterName
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="NewsletterSubscription")

_FIELDS = frozenset(
    {
        "name",
        "isInterested",
    }
)


@_attrs_define
class NewsletterSubscription:
    """
    Example:
        {'name': 'NewReleases', 'isInterested': True}

    """

    name: NewsletterName | str | Unset = UNSET
    """ A `NewsletterName`, or a value added by the server after this description. """
    is_interested: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, NewsletterName):
            name = self.name.value
        else:
            name = self.name

        is_interested = self.is_interested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_interested is not UNSET:
            field_dict["isInterested"] = is_interested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("NewsletterSubscription", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: NewsletterName | str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if isinstance(name_json, str):
                name_text: NewsletterName | str = cast(
                    NewsletterName | str, NewsletterName._value2member_map_.get(name_json, name_json)
                )
                name = name_text
            else:
                raise DecodeError(
                    "NewsletterSubscription", "name", "a NewsletterName value or a string", name_json
                )

        is_interested_json = get("isInterested", UNSET)
        is_interested: bool | Unset
        if is_interested_json is UNSET:
            is_interested = UNSET
        else:
            if not (isinstance(is_interested_json, bool)):
                raise DecodeError("NewsletterSubscription", "isInterested", "a boolean", is_interested_json)
            is_interested = is_interested_json

        newsletter_subscription = cls(
            name=name,
            is_interested=is_interested,
        )
        newsletter_subscription.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return newsletter_subscription

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
