from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..types import (
    UNSET,
    DecodeError,
    Unset,
    parse_datetime,
)

T = TypeVar("T", bound="DatasourceSession")

_FIELDS = frozenset(
    {
        "_id",
        "_created",
        "_modified",
        "status",
    }
)


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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("DatasourceSession", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "DatasourceSession", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("DatasourceSession", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError(
                    "DatasourceSession", "_created", "a date-time string", sys_created
                ) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("DatasourceSession", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError(
                    "DatasourceSession", "_modified", "a date-time string", sys_modified
                ) from None

        status = get("status", UNSET)
        if status is not UNSET:
            if isinstance(status, str):
                status_text: SessionStatus | str = SessionStatus._value2member_map_.get(status, status)  # type: ignore[assignment]
                status = status_text
            else:
                raise DecodeError("DatasourceSession", "status", "a SessionStatus value or a string", status)

        if cls is DatasourceSession:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.status = status
        else:
            _model = cls(
                sys_id=sys_id,
                sys_created=sys_created,
                sys_modified=sys_modified,
                status=status,
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
