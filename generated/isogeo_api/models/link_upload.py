from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    DecodeError,
    File,
    Unset,
)

T = TypeVar("T", bound="LinkUpload")

_FIELDS = frozenset(
    {
        "file",
        "title",
        "fileName",
        "kind",
        "type",
        "actions",
    }
)


@_attrs_define
class LinkUpload:
    """Body of `createMetadataLink` as `multipart/form-data`: upload a file as a hosted link. The API stores it
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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("LinkUpload", None, "an object", d)
        get = d.get
        file = get("file", UNSET)
        if file is UNSET:
            raise DecodeError("LinkUpload", "file", "any value (required)", UNSET)
        file = file

        title = get("title", UNSET)
        if title is not UNSET and title.__class__ is not str and not isinstance(title, str):
            raise DecodeError("LinkUpload", "title", "a string", title)

        file_name = get("fileName", UNSET)
        if file_name is not UNSET and file_name.__class__ is not str and not isinstance(file_name, str):
            raise DecodeError("LinkUpload", "fileName", "a string", file_name)

        kind = get("kind", UNSET)

        type_ = get("type", UNSET)

        actions = get("actions", UNSET)
        if actions is not UNSET:
            if actions.__class__ is not list and not isinstance(actions, list):
                raise DecodeError("LinkUpload", "actions", "an array", actions)
            for actions_item in actions:
                if actions_item is UNSET:
                    raise DecodeError("LinkUpload", "actions", "an array of any value", actions_item)

        if cls is LinkUpload:
            _model = object.__new__(cls)
            _model.file = file
            _model.title = title
            _model.file_name = file_name
            _model.kind = kind
            _model.type_ = type_
            _model.actions = actions
        else:
            _model = cls(
                file=file,
                title=title,
                file_name=file_name,
                kind=kind,
                type_=type_,
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
