from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="LinkUpload")


@_attrs_define
class LinkUpload:
    """Body of LNK-3 as `multipart/form-data`: upload a file as a hosted link. The API stores it
    as `kind=data`, `type=hosted`, `actions=[download]`; `title` is usually the file name.
    Refused for service metadata. The workgroup's upload quota is `limits.upload`.

        Example:
            {'file': 'UEsDBBQAAAAIAA==', 'title': 'communes_2024.zip', 'fileName': 'communes_2024.zip', 'kind': 'data',
                'type': 'hosted', 'actions': ['download']}

    """

    file: File
    """ The file part; its filename is the file's base name. """
    title: str | Unset = UNSET
    file_name: str | Unset = UNSET
    kind: Literal["data"] | Unset = "data"
    type_: Literal["hosted"] | Unset = "hosted"
    actions: list[Literal["download"]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        title = self.title

        file_name = self.file_name

        kind = self.kind

        type_ = self.type_

        actions: list[Literal["download"]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if type_ is not UNSET:
            field_dict["type"] = type_
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.file_name, Unset):
            files.append(("fileName", (None, str(self.file_name).encode(), "text/plain")))

        if not isinstance(self.kind, Unset):
            files.append(("kind", (None, self.kind, "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, self.type_, "text/plain")))

        if not isinstance(self.actions, Unset):
            for actions_item_element in self.actions:
                files.append(("actions", (None, actions_item_element, "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        title = d.pop("title", UNSET)

        file_name = d.pop("fileName", UNSET)

        kind = cast(Literal["data"] | Unset, d.pop("kind", UNSET))
        if kind != "data" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'data', got '{kind}'")

        type_ = cast(Literal["hosted"] | Unset, d.pop("type", UNSET))
        if type_ != "hosted" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'hosted', got '{type_}'")

        _actions = d.pop("actions", UNSET)
        actions: list[Literal["download"]] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = cast(Literal["download"], actions_item_data)
                if actions_item != "download":
                    raise ValueError(f"actions_item must match const 'download', got '{actions_item}'")
                actions.append(actions_item)

        link_upload = cls(
            file=file,
            title=title,
            file_name=file_name,
            kind=kind,
            type_=type_,
            actions=actions,
        )

        link_upload.additional_properties = d
        return link_upload

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
