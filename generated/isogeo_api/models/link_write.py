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


T = TypeVar("T", bound="LinkWrite")

_FIELDS = frozenset(
    {
        "kind",
        "type",
        "title",
        "url",
        "actions",
        "fileName",
        "link",
    }
)


@_attrs_define
class LinkWrite:
    """Body of `createMetadataLink` as JSON (create a URL link, or a pointer to another metadata's
    link) and of `updateMetadataLink`. `kind=data` with `type=hosted` is refused: upload a file
    instead (multipart `LinkUpload`). Allowed `actions` per `kind` come from `listLinkKinds`.
    Unknown keys are ignored (the official SDK sends its own `parent_resource` key).

        Example:
            {'title': 'Portail open data de la Métropole', 'kind': 'url', 'type': 'url', 'url':
                'https://data.example.org/dataset/communes', 'actions': ['view']}

    """

    kind: LinkKind
    """ What a link points to. The OGC and Esri service kinds are deprecated for creation (use service
    layers); hosted uploads are always `data`.
     """
    type_: LinkType
    """ `url`: a plain URL; `hosted`: a file stored by Isogeo; `link`: a pointer to a link of another metadata. """
    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    actions: list[LinkAction] | Unset = UNSET
    file_name: None | str | Unset = UNSET
    link: LinkReference | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link_reference import LinkReference  # noqa: PLC0415

        kind = self.kind.value

        type_ = self.type_.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, LinkReference):
            link = self.link.to_dict()
        else:
            link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if actions is not UNSET:
            field_dict["actions"] = actions
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("LinkWrite", None, "an object", d)
        get = d.get
        kind_json = get("kind", UNSET)
        kind: LinkKind
        if kind_json is UNSET:
            raise DecodeError("LinkWrite", "kind", "a LinkKind value (required)", UNSET)
        else:
            kind_member = LinkKind._value2member_map_.get(kind_json) if isinstance(kind_json, str) else None
            if kind_member is None:
                raise DecodeError("LinkWrite", "kind", "a LinkKind value", kind_json)
            kind = cast(LinkKind, kind_member)

        type__json = get("type", UNSET)
        type_: LinkType
        if type__json is UNSET:
            raise DecodeError("LinkWrite", "type", "a LinkType value (required)", UNSET)
        else:
            type__member = (
                LinkType._value2member_map_.get(type__json) if isinstance(type__json, str) else None
            )
            if type__member is None:
                raise DecodeError("LinkWrite", "type", "a LinkType value", type__json)
            type_ = cast(LinkType, type__member)

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
                raise DecodeError("LinkWrite", "title", "a string or null", title_json)

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
                raise DecodeError("LinkWrite", "url", "a string or null", url_json)

        actions_json = get("actions", UNSET)
        actions: list[LinkAction] | Unset
        if actions_json is UNSET:
            actions = UNSET
        else:
            if not isinstance(actions_json, list):
                raise DecodeError("LinkWrite", "actions", "an array", actions_json)
            actions = []
            for actions_item in actions_json:
                actions_value: LinkAction
                actions_value_member = (
                    LinkAction._value2member_map_.get(actions_item) if isinstance(actions_item, str) else None
                )
                if actions_value_member is None:
                    raise DecodeError("LinkWrite", "actions", "a LinkAction value", actions_item)
                actions_value = cast(LinkAction, actions_value_member)

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
                raise DecodeError("LinkWrite", "fileName", "a string or null", file_name_json)

        link_json = get("link", UNSET)
        link: LinkReference | None | Unset
        if link_json is UNSET:
            link = UNSET
        else:
            if isinstance(link_json, dict):
                link_1: LinkReference
                if not isinstance(link_json, dict):
                    raise DecodeError("LinkWrite", "link", "an object (LinkReference)", link_json)
                link_1 = LinkReference.from_dict(link_json)

                link = link_1
            elif link_json is None:
                link = None
            else:
                raise DecodeError("LinkWrite", "link", "an object (LinkReference) or null", link_json)

        link_write = cls(
            kind=kind,
            type_=type_,
            title=title,
            url=url,
            actions=actions,
            file_name=file_name,
            link=link,
        )
        link_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return link_write

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
