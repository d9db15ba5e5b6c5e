from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="EventCreate")

_FIELDS = frozenset(
    {
        "date",
        "kind",
        "description",
    }
)


@_attrs_define
class EventCreate:
    """Body of `createMetadataEvent`, exactly these three keys. `date` may be a plain date (`YYYY-MM-DD`).
    A metadata has at most one `creation` event, whose `description` should be `null`.

        Example:
            {'date': '2024-03-01', 'description': 'Mise à jour annuelle du référentiel.', 'kind': 'update'}

    """

    date: str
    """ `YYYY-MM-DD` or an ISO 8601 date-time with `+00:00` offset. """
    kind: EventKind
    """ Life-cycle event kind; at most one `creation` event per metadata. """
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        kind = self.kind.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "kind": kind,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("EventCreate", None, "an object", d)
        get = d.get
        date = get("date", UNSET)
        if date.__class__ is not str and not isinstance(date, str):
            raise DecodeError(
                "EventCreate", "date", "a string (required)" if date is UNSET else "a string", date
            )

        kind = get("kind", UNSET)
        if kind is UNSET:
            raise DecodeError("EventCreate", "kind", "a EventKind value (required)", UNSET)
        kind_member: EventKind | None = (
            EventKind._value2member_map_.get(kind) if isinstance(kind, str) else None
        )  # type: ignore[assignment]
        if kind_member is None:
            raise DecodeError("EventCreate", "kind", "a EventKind value", kind)
        kind = kind_member

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("EventCreate", "description", "a string or null", description)

        if cls is EventCreate:
            _model = object.__new__(cls)
            _model.date = date
            _model.kind = kind
            _model.description = description
        else:
            _model = cls(
                date=date,
                kind=kind,
                description=description,
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
