from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import UNSET, DecodeError, Unset, parse_datetime

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Event", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Event", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Event", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        date_json = get("date", UNSET)
        date: datetime.datetime | Unset
        if date_json is UNSET:
            date = UNSET
        else:
            if not isinstance(date_json, str):
                raise DecodeError("Event", "date", "a date-time string", date_json)
            try:
                date = parse_datetime(date_json)
            except ValueError:
                raise DecodeError("Event", "date", "a date-time string", date_json) from None

        description_json = get("description", UNSET)
        description: None | str | Unset
        if description_json is UNSET:
            description = UNSET
        else:
            if isinstance(description_json, str):
                description_text: None | str = description_json
                description = description_text
            elif description_json is None:
                description = None
            else:
                raise DecodeError("Event", "description", "a string or null", description_json)

        kind_json = get("kind", UNSET)
        kind: EventKind | str | Unset
        if kind_json is UNSET:
            kind = UNSET
        else:
            if isinstance(kind_json, str):
                kind_text: EventKind | str = cast(
                    EventKind | str, EventKind._value2member_map_.get(kind_json, kind_json)
                )
                kind = kind_text
            else:
                raise DecodeError("Event", "kind", "a EventKind value or a string", kind_json)

        event = cls(
            sys_id=sys_id,
            date=date,
            description=description,
            kind=kind,
        )
        event.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return event

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
