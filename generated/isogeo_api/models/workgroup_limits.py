from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup_limit import WorkgroupLimit


T = TypeVar("T", bound="WorkgroupLimits")


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

        workgroups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workgroups, Unset):
            workgroups = self.workgroups.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload, Unset):
            upload = self.upload.to_dict()

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

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
        from ..models.workgroup_limit import WorkgroupLimit  # noqa: PLC0415

        d = dict(src_dict)
        can_diffuse = d.pop("canDiffuse", UNSET)

        can_share = d.pop("canShare", UNSET)

        _workgroups = d.pop("Workgroups", UNSET)
        workgroups: WorkgroupLimit | Unset
        if isinstance(_workgroups, Unset):
            workgroups = UNSET
        else:
            workgroups = WorkgroupLimit.from_dict(_workgroups)

        _resources = d.pop("resources", UNSET)
        resources: WorkgroupLimit | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = WorkgroupLimit.from_dict(_resources)

        _upload = d.pop("upload", UNSET)
        upload: WorkgroupLimit | Unset
        if isinstance(_upload, Unset):
            upload = UNSET
        else:
            upload = WorkgroupLimit.from_dict(_upload)

        _users = d.pop("users", UNSET)
        users: WorkgroupLimit | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = WorkgroupLimit.from_dict(_users)

        workgroup_limits = cls(
            can_diffuse=can_diffuse,
            can_share=can_share,
            workgroups=workgroups,
            resources=resources,
            upload=upload,
            users=users,
        )

        workgroup_limits.additional_properties = d
        return workgroup_limits

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
