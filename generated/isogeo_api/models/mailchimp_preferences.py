from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
)

if TYPE_CHECKING:
    from ..models.newsletter_preference import NewsletterPreference


T = TypeVar("T", bound="MailchimpPreferences")

_FIELDS = frozenset(
    {
        "subscriptions",
    }
)


@_attrs_define
class MailchimpPreferences:
    """Newsletter preferences in a user body (`createUser`, `updateUser`, `updateAccount`).

    Example:
        {'subscriptions': [{'name': 'NewReleases', 'isInterested': True}, {'name': 'TipsAndTricks', 'isInterested':
            True}]}

    """

    subscriptions: list[NewsletterPreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriptions_raw: Any = _peek_subscriptions(self)
        subscriptions_json: Any
        if subscriptions_raw.__class__ is LazyValue:
            subscriptions_json = subscriptions_raw.value
        else:
            subscriptions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(subscriptions_raw, Unset):
                subscriptions = []
                for subscriptions_item_data in subscriptions_raw:
                    subscriptions_item = subscriptions_item_data.to_dict()
                    subscriptions.append(subscriptions_item)

            subscriptions_json = subscriptions
        subscriptions = subscriptions_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("MailchimpPreferences", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        subscriptions = get("subscriptions", UNSET)
        if subscriptions is not UNSET:
            if subscriptions.__class__ is not list and not isinstance(subscriptions, list):
                raise DecodeError("MailchimpPreferences", "subscriptions", "an array", subscriptions)
            subscriptions = (
                _decode_subscriptions(subscriptions)
                if _context is EAGER
                else LazyValue(subscriptions, _context)
            )

        if cls is MailchimpPreferences:
            _model = object.__new__(cls)
            _store_subscriptions(_model, subscriptions)
        else:
            _model = cls(
                subscriptions=subscriptions,
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


def _decode_subscriptions(value: Any) -> list[NewsletterPreference]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("MailchimpPreferences", "subscriptions", "an array", value)
    decoded = [
        NewsletterPreference.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed(
            "MailchimpPreferences", "subscriptions", "an object (NewsletterPreference)", decoded_item
        )
        for decoded_item in value
    ]

    return decoded


_peek_subscriptions: Any = MailchimpPreferences.__dict__["subscriptions"].__get__
_store_subscriptions: Any = MailchimpPreferences.__dict__["subscriptions"].__set__
lazy_fields(
    MailchimpPreferences,
    {
        "subscriptions": _decode_subscriptions,
    },
)


if not TYPE_CHECKING:
    NewsletterPreference = LazyModel(globals(), "NewsletterPreference", "..models.newsletter_preference")
