from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataTranslation", None, "an object", d)
        get = d.get
        language_code_json = get("languageCode", UNSET)
        language_code: str
        if language_code_json is UNSET:
            raise DecodeError("MetadataTranslation", "languageCode", "a string (required)", UNSET)
        else:
            if not (isinstance(language_code_json, str)):
                raise DecodeError("MetadataTranslation", "languageCode", "a string", language_code_json)
            language_code = language_code_json

        title_json = get("title", UNSET)
        title: None | str | Unset
        if title_json is UNSET:
            title = UNSET
        else:
            if isinstance(title_json, str):
                title_text: None | str = title_json
                title = title_text
            elif title_json is None:
                title = None
            else:
                raise DecodeError("MetadataTranslation", "title", "a string or null", title_json)

        abstract_json = get("abstract", UNSET)
        abstract: None | str | Unset
        if abstract_json is UNSET:
            abstract = UNSET
        else:
            if isinstance(abstract_json, str):
                abstract_text: None | str = abstract_json
                abstract = abstract_text
            elif abstract_json is None:
                abstract = None
            else:
                raise DecodeError("MetadataTranslation", "abstract", "a string or null", abstract_json)

        metadata_translation = cls(
            language_code=language_code,
            title=title,
            abstract=abstract,
        )
        metadata_translation.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return metadata_translation

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
