from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_name import NewsletterName
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("NewsletterSubscription", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name is not UNSET:
            if isinstance(name, str):
                name_text: NewsletterName | str = NewsletterName._value2member_map_.get(name, name)  # type: ignore[assignment]
                name = name_text
            else:
                raise DecodeError(
                    "NewsletterSubscription", "name", "a NewsletterName value or a string", name
                )

        is_interested = get("isInterested", UNSET)
        if is_interested is not UNSET and is_interested is not True and is_interested is not False:
            raise DecodeError("NewsletterSubscription", "isInterested", "a boolean", is_interested)

        if cls is NewsletterSubscription:
            _model = object.__new__(cls)
            _model.name = name
            _model.is_interested = is_interested
        else:
            _model = cls(
                name=name,
                is_interested=is_interested,
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
