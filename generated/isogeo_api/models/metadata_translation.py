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

T = TypeVar("T", bound="MetadataTranslation")

_FIELDS = frozenset(
    {
        "languageCode",
        "title",
        "abstract",
    }
)


@_attrs_define
class MetadataTranslation:
    """The title and abstract of a multilingual metadata in one language (an item of `Metadata.translations`).

    Example:
        {'languageCode': 'en', 'title': 'Title in english', 'abstract': 'English summary'}

    """

    language_code: str
    """ ISO 639-1 code, e.g. `fr`, `en`, `es`. """
    title: None | str | Unset = UNSET
    abstract: None | str | Unset = UNSET
    """ Markdown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        abstract: None | str | Unset
        if isinstance(self.abstract, Unset):
            abstract = UNSET
        else:
            abstract = self.abstract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languageCode": language_code,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if abstract is not UNSET:
            field_dict["abstract"] = abstract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataTranslation", None, "an object", d)
        get = d.get
        language_code = get("languageCode", UNSET)
        if language_code.__class__ is not str and not isinstance(language_code, str):
            raise DecodeError(
                "MetadataTranslation",
                "languageCode",
                "a string (required)" if language_code is UNSET else "a string",
                language_code,
            )

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("MetadataTranslation", "title", "a string or null", title)

        abstract = get("abstract", UNSET)
        if (
            abstract is not UNSET
            and abstract.__class__ is not str
            and abstract is not None
            and not isinstance(abstract, str)
        ):
            raise DecodeError("MetadataTranslation", "abstract", "a string or null", abstract)

        if cls is MetadataTranslation:
            _model = object.__new__(cls)
            _model.language_code = language_code
            _model.title = title
            _model.abstract = abstract
        else:
            _model = cls(
                language_code=language_code,
                title=title,
                abstract=abstract,
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
