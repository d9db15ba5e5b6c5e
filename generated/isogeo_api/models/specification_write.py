from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="SpecificationWrite")

_FIELDS = frozenset(
    {
        "name",
        "link",
        "published",
    }
)


@_attrs_define
class SpecificationWrite:
    """Body of `createWorkgroupSpecification` and `updateWorkgroupSpecification`, both **forms**. `published` is a date-
    time
    **without** offset (`2014-04-17T00:00:00`) or a date.

        Example:
            {'name': 'INSPIRE - Data Specification on Hydrography', 'link':
                'https://inspire.ec.europa.eu/id/document/tg/hy', 'published': '2014-04-17T00:00:00'}

    """

    name: str
    link: str | Unset = UNSET
    published: str | Unset = UNSET
    """ Publication date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        link = self.link

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("SpecificationWrite", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "SpecificationWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        link = get("link", UNSET)
        if link is not UNSET and link.__class__ is not str and not isinstance(link, str):
            raise DecodeError("SpecificationWrite", "link", "a string", link)

        published = get("published", UNSET)
        if published is not UNSET and published.__class__ is not str and not isinstance(published, str):
            raise DecodeError("SpecificationWrite", "published", "a string", published)

        if cls is SpecificationWrite:
            _model = object.__new__(cls)
            _model.name = name
            _model.link = link
            _model.published = published
        else:
            _model = cls(
                name=name,
                link=link,
                published=published,
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
