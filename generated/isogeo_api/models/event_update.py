from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventUpdate")


@_attrs_define
class EventUpdate:
    """Body of EVT-4. `waitForSync` (default true) is a request-only flag, never returned.

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
        d = dict(src_dict)
        date = d.pop("date")

        kind = EventKind(d.pop("kind"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        wait_for_sync = d.pop("waitForSync", UNSET)

        event_update = cls(
            date=date,
            kind=kind,
            description=description,
            wait_for_sync=wait_for_sync,
        )

        event_update.additional_properties = d
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
