from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="KeywordCreate")

_FIELDS = frozenset(
    {
        "text",
    }
)


@_attrs_define
class KeywordCreate:
    """Body of `createThesaurusKeyword`. A keyword whose text exists already in the thesaurus answers **409**.

    Example:
        {'text': 'Assainissement'}

    """

    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("KeywordCreate", None, "an object", d)
        get = d.get
        text = get("text", UNSET)
        if text.__class__ is not str and not isinstance(text, str):
            raise DecodeError(
                "KeywordCreate", "text", "a string (required)" if text is UNSET else "a string", text
            )

        if cls is KeywordCreate:
            _model = object.__new__(cls)
            _model.text = text
        else:
            _model = cls(
                text=text,
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
