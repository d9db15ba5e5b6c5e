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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("LinkWrite", None, "an object", d)
        get = d.get
        kind = get("kind", UNSET)
        if kind is UNSET:
            raise DecodeError("LinkWrite", "kind", "a LinkKind value (required)", UNSET)
        kind_member: LinkKind | None = (
            LinkKind._value2member_map_.get(kind) if isinstance(kind, str) else None
        )  # type: ignore[assignment]
        if kind_member is None:
            raise DecodeError("LinkWrite", "kind", "a LinkKind value", kind)
        kind = kind_member

        type_ = get("type", UNSET)
        if type_ is UNSET:
            raise DecodeError("LinkWrite", "type", "a LinkType value (required)", UNSET)
        type__member: LinkType | None = (
            LinkType._value2member_map_.get(type_) if isinstance(type_, str) else None
        )  # type: ignore[assignment]
        if type__member is None:
            raise DecodeError("LinkWrite", "type", "a LinkType value", type_)
        type_ = type__member

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("LinkWrite", "title", "a string or null", title)

        url = get("url", UNSET)
        if url is not UNSET and url.__class__ is not str and url is not None and not isinstance(url, str):
            raise DecodeError("LinkWrite", "url", "a string or null", url)

        actions = get("actions", UNSET)
        if actions is not UNSET:
            if actions.__class__ is not list and not isinstance(actions, list):
                raise DecodeError("LinkWrite", "actions", "an array", actions)
            actions_list: list[LinkAction] = []
            for actions_item in actions:
                actions_value: LinkAction
                actions_value_member: LinkAction | None = (
                    LinkAction._value2member_map_.get(actions_item) if isinstance(actions_item, str) else None
                )  # type: ignore[assignment]
                if actions_value_member is None:
                    raise DecodeError("LinkWrite", "actions", "a LinkAction value", actions_item)
                actions_value = actions_value_member

                actions_list.append(actions_value)
            actions = actions_list

        file_name = get("fileName", UNSET)
        if (
            file_name is not UNSET
            and file_name.__class__ is not str
            and file_name is not None
            and not isinstance(file_name, str)
        ):
            raise DecodeError("LinkWrite", "fileName", "a string or null", file_name)

        link = get("link", UNSET)
        if link is not UNSET:
            if link.__class__ is dict or isinstance(link, dict):
                link = LinkReference.from_dict(link)
            elif link is None:
                link = None
            else:
                raise DecodeError("LinkWrite", "link", "an object (LinkReference) or null", link)

        if cls is LinkWrite:
            _model = object.__new__(cls)
            _model.kind = kind
            _model.type_ = type_
            _model.title = title
            _model.url = url
            _model.actions = actions
            _model.file_name = file_name
            _model.link = link
        else:
            _model = cls(
                kind=kind,
                type_=type_,
                title=title,
                url=url,
                actions=actions,
                file_name=file_name,
                link=link,
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
