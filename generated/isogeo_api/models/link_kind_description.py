from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkKindDescription")


@_attrs_define
class LinkKindDescription:
    """A link kind and the actions it allows (LNK-7); `name` is localised (`Lien` in French).

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
        d = dict(src_dict)

        def _parse_kind(data: object) -> LinkKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_link_kind_value_type_0 = LinkKind(data)

                return componentsschemas_link_kind_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkKind | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        name = d.pop("name", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[LinkAction | str] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(data: object) -> LinkAction | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_link_action_value_type_0 = LinkAction(data)

                        return componentsschemas_link_action_value_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(LinkAction | str, data)

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        link_kind_description = cls(
            kind=kind,
            name=name,
            actions=actions,
        )

        link_kind_description.additional_properties = d
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
