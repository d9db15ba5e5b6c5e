from __future__ import annotations

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
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.workgroup_limit import WorkgroupLimit


T = TypeVar("T", bound="WorkgroupLimits")

_FIELDS = frozenset(
    {
        "canDiffuse",
        "canShare",
        "Workgroups",
        "resources",
        "upload",
        "users",
    }
)


@_attrs_define
class WorkgroupLimits:
    """Quotas of a workgroup (`_include=limits`). Note the capital `W` of `Workgroups`.

    Example:
        {'canDiffuse': True, 'canShare': True, 'Workgroups': {'current': 1, 'max': -1}, 'resources': {'current': 2064,
            'max': -1}, 'upload': {'current': 204132, 'max': 1073741824}, 'users': {'current': 5, 'max': 20}}

    """

    can_diffuse: bool | Unset = UNSET
    can_share: bool | Unset = UNSET
    workgroups: WorkgroupLimit | Unset = UNSET
    """ Current use and maximum of a quota; `max = -1` means unlimited. """
    resources: WorkgroupLimit | Unset = UNSET
    """ Current use and maximum of a quota; `max = -1` means unlimited. """
    upload: WorkgroupLimit | Unset = UNSET
    """ Current use and maximum of a quota; `max = -1` means unlimited. """
    users: WorkgroupLimit | Unset = UNSET
    """ Current use and maximum of a quota; `max = -1` means unlimited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_diffuse = self.can_diffuse

        can_share = self.can_share

        workgroups_raw: Any = _peek_workgroups(self)
        workgroups_json: Any
        if workgroups_raw.__class__ is LazyValue:
            workgroups_json = workgroups_raw.value
        else:
            workgroups: dict[str, Any] | Unset = UNSET
            if not isinstance(workgroups_raw, Unset):
                workgroups = workgroups_raw.to_dict()
            workgroups_json = workgroups
        workgroups = workgroups_json

        resources_raw: Any = _peek_resources(self)
        resources_json: Any
        if resources_raw.__class__ is LazyValue:
            resources_json = resources_raw.value
        else:
            resources: dict[str, Any] | Unset = UNSET
            if not isinstance(resources_raw, Unset):
                resources = resources_raw.to_dict()
            resources_json = resources
        resources = resources_json

        upload_raw: Any = _peek_upload(self)
        upload_json: Any
        if upload_raw.__class__ is LazyValue:
            upload_json = upload_raw.value
        else:
            upload: dict[str, Any] | Unset = UNSET
            if not isinstance(upload_raw, Unset):
                upload = upload_raw.to_dict()
            upload_json = upload
        upload = upload_json

        users_raw: Any = _peek_users(self)
        users_json: Any
        if users_raw.__class__ is LazyValue:
            users_json = users_raw.value
        else:
            users: dict[str, Any] | Unset = UNSET
            if not isinstance(users_raw, Unset):
                users = users_raw.to_dict()
            users_json = users
        users = users_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_diffuse is not UNSET:
            field_dict["canDiffuse"] = can_diffuse
        if can_share is not UNSET:
            field_dict["canShare"] = can_share
        if workgroups is not UNSET:
            field_dict["Workgroups"] = workgroups
        if resources is not UNSET:
            field_dict["resources"] = resources
        if upload is not UNSET:
            field_dict["upload"] = upload
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupLimits", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        can_diffuse = get("canDiffuse", UNSET)
        if can_diffuse is not UNSET and can_diffuse is not True and can_diffuse is not False:
            raise DecodeError("WorkgroupLimits", "canDiffuse", "a boolean", can_diffuse)

        can_share = get("canShare", UNSET)
        if can_share is not UNSET and can_share is not True and can_share is not False:
            raise DecodeError("WorkgroupLimits", "canShare", "a boolean", can_share)

        workgroups = get("Workgroups", UNSET)
        if workgroups is not UNSET:
            if workgroups.__class__ is not dict and not isinstance(workgroups, dict):
                raise DecodeError("WorkgroupLimits", "Workgroups", "an object (WorkgroupLimit)", workgroups)
            workgroups = (
                _decode_workgroups(workgroups) if _context is EAGER else LazyValue(workgroups, _context)
            )

        resources = get("resources", UNSET)
        if resources is not UNSET:
            if resources.__class__ is not dict and not isinstance(resources, dict):
                raise DecodeError("WorkgroupLimits", "resources", "an object (WorkgroupLimit)", resources)
            resources = _decode_resources(resources) if _context is EAGER else LazyValue(resources, _context)

        upload = get("upload", UNSET)
        if upload is not UNSET:
            if upload.__class__ is not dict and not isinstance(upload, dict):
                raise DecodeError("WorkgroupLimits", "upload", "an object (WorkgroupLimit)", upload)
            upload = _decode_upload(upload) if _context is EAGER else LazyValue(upload, _context)

        users = get("users", UNSET)
        if users is not UNSET:
            if users.__class__ is not dict and not isinstance(users, dict):
                raise DecodeError("WorkgroupLimits", "users", "an object (WorkgroupLimit)", users)
            users = _decode_users(users) if _context is EAGER else LazyValue(users, _context)

        if cls is WorkgroupLimits:
            _model = object.__new__(cls)
            _model.can_diffuse = can_diffuse
            _model.can_share = can_share
            _store_workgroups(_model, workgroups)
            _store_resources(_model, resources)
            _store_upload(_model, upload)
            _store_users(_model, users)
        else:
            _model = cls(
                can_diffuse=can_diffuse,
                can_share=can_share,
                workgroups=workgroups,
                resources=resources,
                upload=upload,
                users=users,
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


def _decode_workgroups(value: Any) -> WorkgroupLimit:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("WorkgroupLimits", "Workgroups", "an object (WorkgroupLimit)", value)
    decoded = WorkgroupLimit.from_dict(value)

    return decoded


def _decode_resources(value: Any) -> WorkgroupLimit:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("WorkgroupLimits", "resources", "an object (WorkgroupLimit)", value)
    decoded = WorkgroupLimit.from_dict(value)

    return decoded


def _decode_upload(value: Any) -> WorkgroupLimit:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("WorkgroupLimits", "upload", "an object (WorkgroupLimit)", value)
    decoded = WorkgroupLimit.from_dict(value)

    return decoded


def _decode_users(value: Any) -> WorkgroupLimit:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("WorkgroupLimits", "users", "an object (WorkgroupLimit)", value)
    decoded = WorkgroupLimit.from_dict(value)

    return decoded


_peek_workgroups: Any = WorkgroupLimits.__dict__["workgroups"].__get__
_store_workgroups: Any = WorkgroupLimits.__dict__["workgroups"].__set__
_peek_resources: Any = WorkgroupLimits.__dict__["resources"].__get__
_store_resources: Any = WorkgroupLimits.__dict__["resources"].__set__
_peek_upload: Any = WorkgroupLimits.__dict__["upload"].__get__
_store_upload: Any = WorkgroupLimits.__dict__["upload"].__set__
_peek_users: Any = WorkgroupLimits.__dict__["users"].__get__
_store_users: Any = WorkgroupLimits.__dict__["users"].__set__
lazy_fields(
    WorkgroupLimits,
    {
        "workgroups": _decode_workgroups,
        "resources": _decode_resources,
        "upload": _decode_upload,
        "users": _decode_users,
    },
)


if not TYPE_CHECKING:
    WorkgroupLimit = LazyModel(globals(), "WorkgroupLimit", "..models.workgroup_limit")
