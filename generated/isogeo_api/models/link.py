from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..models.link_type import LinkType
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.link_reference import LinkReference


T = TypeVar("T", bound="Link")

_FIELDS = frozenset(
    {
        "_id",
        "actions",
        "fileName",
        "kind",
        "link",
        "size",
        "title",
        "type",
        "url",
        "isHeader",
    }
)


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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Link", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Link", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Link", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        actions_json = get("actions", UNSET)
        actions: list[LinkAction | str] | Unset
        if actions_json is UNSET:
            actions = UNSET
        else:
            if not isinstance(actions_json, list):
                raise DecodeError("Link", "actions", "an array", actions_json)
            actions = []
            for actions_item in actions_json:
                actions_value: LinkAction | str
                if isinstance(actions_item, str):
                    actions_value_text: LinkAction | str = cast(
                        LinkAction | str, LinkAction._value2member_map_.get(actions_item, actions_item)
                    )
                    actions_value = actions_value_text
                else:
                    raise DecodeError("Link", "actions", "a LinkAction value or a string", actions_item)

                actions.append(actions_value)

        file_name_json = get("fileName", UNSET)
        file_name: None | str | Unset
        if file_name_json is UNSET:
            file_name = UNSET
        else:
            if isinstance(file_name_json, str):
                file_name_text: None | str = file_name_json
                file_name = file_name_text
            elif file_name_json is None:
                file_name = None
            else:
                raise DecodeError("Link", "fileName", "a string or null", file_name_json)

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
                raise DecodeError("Link", "kind", "a LinkKind value or a string", kind_json)

        link_json = get("link", UNSET)
        link: LinkReference | None | Unset
        if link_json is UNSET:
            link = UNSET
        else:
            if isinstance(link_json, dict):
                link_1: LinkReference
                if not isinstance(link_json, dict):
                    raise DecodeError("Link", "link", "an object (LinkReference)", link_json)
                link_1 = LinkReference.from_dict(link_json)

                link = link_1
            elif link_json is None:
                link = None
            else:
                raise DecodeError("Link", "link", "an object (LinkReference) or null", link_json)

        size_json = get("size", UNSET)
        size: int | Unset
        if size_json is UNSET:
            size = UNSET
        else:
            if not (isinstance(size_json, int) and not isinstance(size_json, bool)):
                raise DecodeError("Link", "size", "an integer", size_json)
            size = size_json

        title_json = get("title", UNSET)
        title: None | str | Unset
        if title_json is UNSET:
            title = UNSET
        else:
            if isinstance(title_json, str):
                title_text: None | str = title_json
                title = title_text
            elif title_json is None:
                title = None
            else:
                raise DecodeError("Link", "title", "a string or null", title_json)

        type__json = get("type", UNSET)
        type_: LinkType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: LinkType | str = cast(
                    LinkType | str, LinkType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("Link", "type", "a LinkType value or a string", type__json)

        url_json = get("url", UNSET)
        url: None | str | Unset
        if url_json is UNSET:
            url = UNSET
        else:
            if isinstance(url_json, str):
                url_text: None | str = url_json
                url = url_text
            elif url_json is None:
                url = None
            else:
                raise DecodeError("Link", "url", "a string or null", url_json)

        is_header_json = get("isHeader", UNSET)
        is_header: bool | Unset
        if is_header_json is UNSET:
            is_header = UNSET
        else:
            if not (isinstance(is_header_json, bool)):
                raise DecodeError("Link", "isHeader", "a boolean", is_header_json)
            is_header = is_header_json

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
        link.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.link_reference import LinkReference  # noqa: E402
