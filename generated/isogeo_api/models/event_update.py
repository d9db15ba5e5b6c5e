from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="EventUpdate")

_FIELDS = frozenset(
    {
        "date",
        "kind",
        "description",
        "waitForSync",
    }
)


@_attrs_define
class EventUpdate:
    """Body of `updateMetadataEvent`. `waitForSync` (default true) is a request-only flag, never returned.

    Example:
        {'date': '2024-03-02', 'description': 'Mise à jour annuelle du référentiel (correctif).', 'kind': 'update',
            'waitForSync': True}

    """

    date: str
    """ `YYYY-MM-DD` or an ISO 8601 date-time with `+00:00` offset. """
    kind: EventKind
    """ Life-cycle event kind; at most one `creation` event per metadata. """
    description: None | str | Unset = UNSET
    wait_for_sync: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        kind = self.kind.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        wait_for_sync = self.wait_for_sync

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
        if wait_for_sync is not UNSET:
            field_dict["waitForSync"] = wait_for_sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("EventUpdate", None, "an object", d)
        get = d.get
        date_json = get("date", UNSET)
        date: str
        if date_json is UNSET:
            raise DecodeError("EventUpdate", "date", "a string (required)", UNSET)
        else:
            if not (isinstance(date_json, str)):
                raise DecodeError("EventUpdate", "date", "a string", date_json)
            date = date_json

        kind_json = get("kind", UNSET)
        kind: EventKind
        if kind_json is UNSET:
            raise DecodeError("EventUpdate", "kind", "a EventKind value (required)", UNSET)
        else:
            kind_member = EventKind._value2member_map_.get(kind_json) if isinstance(kind_json, str) else None
            if kind_member is None:
                raise DecodeError("EventUpdate", "kind", "a EventKind value", kind_json)
            kind = cast(EventKind, kind_member)

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
                raise DecodeError("EventUpdate", "description", "a string or null", description_json)

        wait_for_sync_json = get("waitForSync", UNSET)
        wait_for_sync: bool | Unset
        if wait_for_sync_json is UNSET:
            wait_for_sync = UNSET
        else:
            if not (isinstance(wait_for_sync_json, bool)):
                raise DecodeError("EventUpdate", "waitForSync", "a boolean", wait_for_sync_json)
            wait_for_sync = wait_for_sync_json

        event_update = cls(
            date=date,
            kind=kind,
            description=description,
            wait_for_sync=wait_for_sync,
        )
        event_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return event_update

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
