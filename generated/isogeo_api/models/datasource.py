from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
    parse_datetime,
)

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

        sessions_raw: Any = _peek_sessions(self)
        sessions_json: Any
        if sessions_raw.__class__ is LazyValue:
            sessions_json = sessions_raw.value
        else:
            sessions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(sessions_raw, Unset):
                sessions = []
                for sessions_item_data in sessions_raw:
                    sessions_item = sessions_item_data.to_dict()
                    sessions.append(sessions_item)

            sessions_json = sessions
        sessions = sessions_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Datasource", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Datasource", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Datasource", "_tag", "a string", sys_tag)

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Datasource", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Datasource", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Datasource", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Datasource", "_modified", "a date-time string", sys_modified) from None

        enabled = get("enabled", UNSET)
        if enabled is not UNSET and enabled is not True and enabled is not False:
            raise DecodeError("Datasource", "enabled", "a boolean", enabled)

        last_session = get("lastSession", UNSET)
        if last_session is not UNSET:
            if last_session.__class__ is dict or isinstance(last_session, dict):
                last_session = DatasourceSession.from_dict(last_session)
            elif last_session is None:
                last_session = None
            else:
                raise DecodeError(
                    "Datasource", "lastSession", "an object (DatasourceSession) or null", last_session
                )

        location = get("location", UNSET)
        if location is not UNSET and location.__class__ is not str and not isinstance(location, str):
            raise DecodeError("Datasource", "location", "a string", location)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Datasource", "name", "a string", name)

        resource_count = get("resourceCount", UNSET)
        if (
            resource_count is not UNSET
            and resource_count.__class__ is not int
            and (not isinstance(resource_count, int) or isinstance(resource_count, bool))
        ):
            raise DecodeError("Datasource", "resourceCount", "an integer", resource_count)

        sessions = get("sessions", UNSET)
        if sessions is not UNSET:
            if sessions.__class__ is not list and not isinstance(sessions, list):
                raise DecodeError("Datasource", "sessions", "an array", sessions)
            sessions = _decode_sessions(sessions) if _context is EAGER else LazyValue(sessions, _context)

        if cls is Datasource:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.enabled = enabled
            _model.last_session = last_session
            _model.location = location
            _model.name = name
            _model.resource_count = resource_count
            _store_sessions(_model, sessions)
        else:
            _model = cls(
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


def _decode_sessions(value: Any) -> list[DatasourceSession]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Datasource", "sessions", "an array", value)
    decoded = [
        DatasourceSession.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Datasource", "sessions", "an object (DatasourceSession)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_sessions: Any = Datasource.__dict__["sessions"].__get__
_store_sessions: Any = Datasource.__dict__["sessions"].__set__
lazy_fields(
    Datasource,
    {
        "sessions": _decode_sessions,
    },
)


if not TYPE_CHECKING:
    DatasourceSession = LazyModel(globals(), "DatasourceSession", "..models.datasource_session")
