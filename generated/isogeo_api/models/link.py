from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..models.link_type import LinkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_reference import LinkReference


T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A link of a metadata. Hosted links (`type=hosted`) carry a **relative** `url`,
    `/resources/{metadata_id}/links/{link_id}.bin`, and their `size` in bytes.

        Example:
            {'_id': '5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f', 'actions': ['download'], 'kind': 'data', 'type': 'hosted', 'title':
                'communes_2024.zip', 'size': 204132, 'url':
                '/resources/0269803d50c446b09f5060ef7fe3e22b/links/5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    actions: list[LinkAction | str] | Unset = UNSET
    file_name: None | str | Unset = UNSET
    kind: LinkKind | str | Unset = UNSET
    """ A `LinkKind`, or a value added by the server after this description. """
    link: LinkReference | None | Unset = UNSET
    size: int | Unset = UNSET
    """ Size in bytes of a hosted file. """
    title: None | str | Unset = UNSET
    type_: LinkType | str | Unset = UNSET
    """ A `LinkType`, or a value added by the server after this description. """
    url: None | str | Unset = UNSET
    is_header: bool | Unset = UNSET
    """ Deprecated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link_reference import LinkReference  # noqa: PLC0415

        sys_id = self.sys_id

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

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, LinkKind):
            kind = self.kind.value
        else:
            kind = self.kind

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, LinkReference):
            link = self.link.to_dict()
        else:
            link = self.link

        size = self.size

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LinkType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        is_header = self.is_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if link is not UNSET:
            field_dict["link"] = link
        if size is not UNSET:
            field_dict["size"] = size
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if is_header is not UNSET:
            field_dict["isHeader"] = is_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_reference import LinkReference  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

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

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

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

        def _parse_link(data: object) -> LinkReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = LinkReference.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkReference | None | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        size = d.pop("size", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_type_(data: object) -> LinkType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_link_type_value_type_0 = LinkType(data)

                return componentsschemas_link_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        is_header = d.pop("isHeader", UNSET)

        link = cls(
            sys_id=sys_id,
            actions=actions,
            file_name=file_name,
            kind=kind,
            link=link,
            size=size,
            title=title,
            type_=type_,
            url=url,
            is_header=is_header,
        )

        link.additional_properties = d
        return link

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
