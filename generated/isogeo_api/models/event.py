from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_datetime,
)

T = TypeVar("T", bound="Event")

_FIELDS = frozenset(
    {
        "_id",
        "date",
        "description",
        "kind",
    }
)


@_attrs_define
class Event:
    """A life-cycle event of the data (creation, publication, update).

    Example:
        {'_id': '8e2d1c0b9a8f47e6d5c4b3a291807f6e', 'date': '2018-06-04T00:00:00+00:00', 'description': 'Mise à jour
            annuelle du référentiel.', 'kind': 'update'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    date: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    kind: EventKind | str | Unset = UNSET
    """ An `EventKind`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, EventKind):
            kind = self.kind.value
        else:
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Event", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Event", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        date = get("date", UNSET)
        if date is not UNSET:
            if not isinstance(date, str):
                raise DecodeError("Event", "date", "a date-time string", date)
            try:
                date = parse_datetime(date)
            except ValueError:
                raise DecodeError("Event", "date", "a date-time string", date) from None

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("Event", "description", "a string or null", description)

        kind = get("kind", UNSET)
        if kind is not UNSET:
            if isinstance(kind, str):
                kind_text: EventKind | str = EventKind._value2member_map_.get(kind, kind)  # type: ignore[assignment]
                kind = kind_text
            else:
                raise DecodeError("Event", "kind", "a EventKind value or a string", kind)

        if cls is Event:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.date = date
            _model.description = description
            _model.kind = kind
        else:
            _model = cls(
                sys_id=sys_id,
                date=date,
                description=description,
                kind=kind,
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
