from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.datasource_session import DatasourceSession


T = TypeVar("T", bound="Datasource")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_created",
        "_modified",
        "enabled",
        "lastSession",
        "location",
        "name",
        "resourceCount",
        "sessions",
    }
)


@_attrs_define
class Datasource:
    """A CSW endpoint a workgroup harvests metadata from.

    Example:
        {'_id': '9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4', '_tag': 'data-source:9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4', 'enabled':
            True, 'location': 'https://www.geo-ide.example.gouv.fr/csw/service', 'name': 'Catalogue régional CSW',
            'resourceCount': 312, 'lastSession': {'_id': '0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5', 'status': 'succeeded'}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    """ `data-source:{id}`. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    enabled: bool | Unset = UNSET
    last_session: DatasourceSession | None | Unset = UNSET
    location: str | Unset = UNSET
    """ URL of the CSW endpoint. """
    name: str | Unset = UNSET
    resource_count: int | Unset = UNSET
    """ Number of harvested metadata, an integer (the official SDK's `bool` annotation is a typo). """
    sessions: list[DatasourceSession] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.datasource_session import DatasourceSession  # noqa: PLC0415

        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        enabled = self.enabled

        last_session: dict[str, Any] | None | Unset
        if isinstance(self.last_session, Unset):
            last_session = UNSET
        elif isinstance(self.last_session, DatasourceSession):
            last_session = self.last_session.to_dict()
        else:
            last_session = self.last_session

        location = self.location

        name = self.name

        resource_count = self.resource_count

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if last_session is not UNSET:
            field_dict["lastSession"] = last_session
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if resource_count is not UNSET:
            field_dict["resourceCount"] = resource_count
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Datasource", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Datasource", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Datasource", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Datasource", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("Datasource", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("Datasource", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("Datasource", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError(
                    "Datasource", "_modified", "a date-time string", sys_modified_json
                ) from None

        enabled_json = get("enabled", UNSET)
        enabled: bool | Unset
        if enabled_json is UNSET:
            enabled = UNSET
        else:
            if not (isinstance(enabled_json, bool)):
                raise DecodeError("Datasource", "enabled", "a boolean", enabled_json)
            enabled = enabled_json

        last_session_json = get("lastSession", UNSET)
        last_session: DatasourceSession | None | Unset
        if last_session_json is UNSET:
            last_session = UNSET
        else:
            if isinstance(last_session_json, dict):
                last_session_1: DatasourceSession
                if not isinstance(last_session_json, dict):
                    raise DecodeError(
                        "Datasource", "lastSession", "an object (DatasourceSession)", last_session_json
                    )
                last_session_1 = DatasourceSession.from_dict(last_session_json)

                last_session = last_session_1
            elif last_session_json is None:
                last_session = None
            else:
                raise DecodeError(
                    "Datasource", "lastSession", "an object (DatasourceSession) or null", last_session_json
                )

        location_json = get("location", UNSET)
        location: str | Unset
        if location_json is UNSET:
            location = UNSET
        else:
            if not (isinstance(location_json, str)):
                raise DecodeError("Datasource", "location", "a string", location_json)
            location = location_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("Datasource", "name", "a string", name_json)
            name = name_json

        resource_count_json = get("resourceCount", UNSET)
        resource_count: int | Unset
        if resource_count_json is UNSET:
            resource_count = UNSET
        else:
            if not (isinstance(resource_count_json, int) and not isinstance(resource_count_json, bool)):
                raise DecodeError("Datasource", "resourceCount", "an integer", resource_count_json)
            resource_count = resource_count_json

        sessions_json = get("sessions", UNSET)
        sessions: list[DatasourceSession] | Unset
        if sessions_json is UNSET:
            sessions = UNSET
        else:
            if not isinstance(sessions_json, list):
                raise DecodeError("Datasource", "sessions", "an array", sessions_json)
            sessions = []
            for sessions_item in sessions_json:
                sessions_value: DatasourceSession
                if not isinstance(sessions_item, dict):
                    raise DecodeError(
                        "Datasource", "sessions", "an object (DatasourceSession)", sessions_item
                    )
                sessions_value = DatasourceSession.from_dict(sessions_item)

                sessions.append(sessions_value)

        datasource = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_created=sys_created,
            sys_modified=sys_modified,
            enabled=enabled,
            last_session=last_session,
            location=location,
            name=name,
            resource_count=resource_count,
            sessions=sessions,
        )
        datasource.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return datasource

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


from ..models.datasource_session import DatasourceSession  # noqa: E402
