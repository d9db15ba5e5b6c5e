from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("LinkKindDescription", None, "an object", d)
        get = d.get
        kind = get("kind", UNSET)
        if kind is not UNSET:
            if isinstance(kind, str):
                kind_text: LinkKind | str = LinkKind._value2member_map_.get(kind, kind)  # type: ignore[assignment]
                kind = kind_text
            else:
                raise DecodeError("LinkKindDescription", "kind", "a LinkKind value or a string", kind)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("LinkKindDescription", "name", "a string", name)

        actions = get("actions", UNSET)
        if actions is not UNSET:
            if actions.__class__ is not list and not isinstance(actions, list):
                raise DecodeError("LinkKindDescription", "actions", "an array", actions)
            actions_list: list[LinkAction | str] = []
            for actions_item in actions:
                actions_value: LinkAction | str
                if isinstance(actions_item, str):
                    actions_value_text: LinkAction | str = LinkAction._value2member_map_.get(
                        actions_item, actions_item
                    )  # type: ignore[assignment]
                    actions_value = actions_value_text
                else:
                    raise DecodeError(
                        "LinkKindDescription", "actions", "a LinkAction value or a string", actions_item
                    )

                actions_list.append(actions_value)
            actions = actions_list

        if cls is LinkKindDescription:
            _model = object.__new__(cls)
            _model.kind = kind
            _model.name = name
            _model.actions = actions
        else:
            _model = cls(
                kind=kind,
                name=name,
                actions=actions,
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
