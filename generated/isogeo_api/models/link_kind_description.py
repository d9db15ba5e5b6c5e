from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="LinkKindDescription")

_FIELDS = frozenset(
    {
        "kind",
        "name",
        "actions",
    }
)


@_attrs_define
class LinkKindDescription:
    """A link kind and the actions it allows (`listLinkKinds`); `name` is localised (`Lien` in French).

    Example:
        {'kind': 'wms', 'name': 'Service WMS', 'actions': ['view', 'other']}

    """

    kind: LinkKind | str | Unset = UNSET
    """ A `LinkKind`, or a value added by the server after this description. """
    name: str | Unset = UNSET
    actions: list[LinkAction | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, LinkKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: str
                if isinstance(actions_item_data, LinkAction):
                    actions_item = actions_item_data.value
                else:
                    actions_item = actions_item_data
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("LinkKindDescription", None, "an object", d)
        get = d.get
        kind_json = get("kind", UNSET)
        kind: LinkKind | str | Unset
        if kind_json is UNSET:
            kind = UNSET
        else:
            if isinstance(kind_json, str):
                kind_text: LinkKind | str = cast(
                    LinkKind | str, LinkKind._value2member_map_.get(kind_json, kind_json)
                )
                kind = kind_text
            else:
                raise DecodeError("LinkKindDescription", "kind", "a LinkKind value or a string", kind_json)

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("LinkKindDescription", "name", "a string", name_json)
            name = name_json

        actions_json = get("actions", UNSET)
        actions: list[LinkAction | str] | Unset
        if actions_json is UNSET:
            actions = UNSET
        else:
            if not isinstance(actions_json, list):
                raise DecodeError("LinkKindDescription", "actions", "an array", actions_json)
            actions = []
            for actions_item in actions_json:
                actions_value: LinkAction | str
                if isinstance(actions_item, str):
                    actions_value_text: LinkAction | str = cast(
                        LinkAction | str, LinkAction._value2member_map_.get(actions_item, actions_item)
                    )
                    actions_value = actions_value_text
                else:
                    raise DecodeError(
                        "LinkKindDescription", "actions", "a LinkAction value or a string", actions_item
                    )

                actions.append(actions_value)

        link_kind_description = cls(
            kind=kind,
            name=name,
            actions=actions,
        )
        link_kind_description.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return link_kind_description

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
