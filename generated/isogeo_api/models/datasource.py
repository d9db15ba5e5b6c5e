from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datasource_session import DatasourceSession


T = TypeVar("T", bound="Datasource")


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
    """ Number of harvested metadata. Decision (C26): an integer (the SDK's `bool` is a typo). """
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
        from ..models.datasource_session import DatasourceSession  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        def _parse_last_session(data: object) -> DatasourceSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_session_type_0 = DatasourceSession.from_dict(data)

                return last_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasourceSession | None | Unset, data)

        last_session = _parse_last_session(d.pop("lastSession", UNSET))

        location = d.pop("location", UNSET)

        name = d.pop("name", UNSET)

        resource_count = d.pop("resourceCount", UNSET)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[DatasourceSession] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = DatasourceSession.from_dict(sessions_item_data)

                sessions.append(sessions_item)

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

        datasource.additional_properties = d
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
