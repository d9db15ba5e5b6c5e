from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_name import NewsletterName
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterSubscription")


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
        d = dict(src_dict)

        def _parse_name(data: object) -> NewsletterName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_newsletter_name_value_type_0 = NewsletterName(data)

                return componentsschemas_newsletter_name_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewsletterName | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        is_interested = d.pop("isInterested", UNSET)

        newsletter_subscription = cls(
            name=name,
            is_interested=is_interested,
        )

        newsletter_subscription.additional_properties = d
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
