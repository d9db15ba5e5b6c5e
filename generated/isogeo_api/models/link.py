from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_action import LinkAction
from ..models.link_kind import LinkKind
from ..models.link_type import LinkType
from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Link", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError("Link", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id)

        actions = get("actions", UNSET)
        if actions is not UNSET:
            if actions.__class__ is not list and not isinstance(actions, list):
                raise DecodeError("Link", "actions", "an array", actions)
            actions_list: list[LinkAction | str] = []
            for actions_item in actions:
                actions_value: LinkAction | str
                if isinstance(actions_item, str):
                    actions_value_text: LinkAction | str = LinkAction._value2member_map_.get(
                        actions_item, actions_item
                    )  # type: ignore[assignment]
                    actions_value = actions_value_text
                else:
                    raise DecodeError("Link", "actions", "a LinkAction value or a string", actions_item)

                actions_list.append(actions_value)
            actions = actions_list

        file_name = get("fileName", UNSET)
        if (
            file_name is not UNSET
            and file_name.__class__ is not str
            and file_name is not None
            and not isinstance(file_name, str)
        ):
            raise DecodeError("Link", "fileName", "a string or null", file_name)

        kind = get("kind", UNSET)
        if kind is not UNSET:
            if isinstance(kind, str):
                kind_text: LinkKind | str = LinkKind._value2member_map_.get(kind, kind)  # type: ignore[assignment]
                kind = kind_text
            else:
                raise DecodeError("Link", "kind", "a LinkKind value or a string", kind)

        link = get("link", UNSET)
        if link is not UNSET:
            if link.__class__ is dict or isinstance(link, dict):
                link = LinkReference.from_dict(link)
            elif link is None:
                link = None
            else:
                raise DecodeError("Link", "link", "an object (LinkReference) or null", link)

        size = get("size", UNSET)
        if (
            size is not UNSET
            and size.__class__ is not int
            and (not isinstance(size, int) or isinstance(size, bool))
        ):
            raise DecodeError("Link", "size", "an integer", size)

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("Link", "title", "a string or null", title)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: LinkType | str = LinkType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("Link", "type", "a LinkType value or a string", type_)

        url = get("url", UNSET)
        if url is not UNSET and url.__class__ is not str and url is not None and not isinstance(url, str):
            raise DecodeError("Link", "url", "a string or null", url)

        is_header = get("isHeader", UNSET)
        if is_header is not UNSET and is_header is not True and is_header is not False:
            raise DecodeError("Link", "isHeader", "a boolean", is_header)

        if cls is Link:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.actions = actions
            _model.file_name = file_name
            _model.kind = kind
            _model.link = link
            _model.size = size
            _model.title = title
            _model.type_ = type_
            _model.url = url
            _model.is_header = is_header
        else:
            _model = cls(
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


if not TYPE_CHECKING:
    LinkReference = LazyModel(globals(), "LinkReference", "..models.link_reference")
