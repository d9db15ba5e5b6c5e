from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasourceSession")


@_attrs_define
class DatasourceSession:
    """A CSW harvesting session.

    Example:
        {'_id': '0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5', '_created': '2024-02-01T02:00:00.1234567+00:00', '_modified':
            '2024-02-01T02:04:31.77+00:00', 'status': 'succeeded'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    status: SessionStatus | str | Unset = UNSET
    """ A `SessionStatus`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SessionStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sys_id = d.pop("_id")

        _sys_created = d.pop("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if isinstance(_sys_created, Unset):
            sys_created = UNSET
        else:
            sys_created = datetime.datetime.fromisoformat(_sys_created)

        _sys_modified = d.pop("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if isinstance(_sys_modified, Unset):
            sys_modified = UNSET
        else:
            sys_modified = datetime.datetime.fromisoformat(_sys_modified)

        def _parse_status(data: object) -> SessionStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_session_status_value_type_0 = SessionStatus(data)

                return componentsschemas_session_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        datasource_session = cls(
            sys_id=sys_id,
            sys_created=sys_created,
            sys_modified=sys_modified,
            status=status,
        )

        datasource_session.additional_properties = d
        return datasource_session

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
