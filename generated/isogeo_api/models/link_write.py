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


T = TypeVar("T", bound="LinkWrite")


@_attrs_define
class LinkWrite:
    """Body of LNK-3 as JSON (create a URL link, or a pointer to another metadata's link) and of
    LNK-4 (update). `kind=data` with `type=hosted` is refused: upload a file instead (multipart
    `LinkUpload`). Allowed `actions` per `kind` come from LNK-7. The SDK also leaks its
    bookkeeping key `parent_resource` into this body; the API ignores it and it is not described.

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
        from ..models.link_reference import LinkReference  # noqa: PLC0415

        d = dict(src_dict)
        kind = LinkKind(d.pop("kind"))

        type_ = LinkType(d.pop("type"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[LinkAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = LinkAction(actions_item_data)

                actions.append(actions_item)

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

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

        link_write = cls(
            kind=kind,
            type_=type_,
            title=title,
            url=url,
            actions=actions,
            file_name=file_name,
            link=link,
        )

        link_write.additional_properties = d
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
