from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    Unset,
    decode_failed,
)

if TYPE_CHECKING:
    from ..models.service_layer_target_dataset import ServiceLayerTargetDataset
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerCreate")

_FIELDS = frozenset(
    {
        "id",
        "parentUid",
        "targetDataset",
        "title",
        "titles",
        "type",
    }
)


@_attrs_define
class ServiceLayerCreate:
    """Body of `createServiceLayer`. The layer's name in the service travels as **`id`** (the
    official SDK calls it `name`). `targetDataset` is write-only: the dataset metadata to link at
    creation. `null` means no value (the default: `type` layer, no titles).

        Example:
            {'id': '{isogeo}COMMUNE_2024', 'title': 'Communes 2024', 'titles': [{'lang': 'fr', 'value': 'Communes 2024'}],
                'type': 'layer', 'targetDataset': {'name': 'COMMUNE.shp', 'format': 'shp'}}

    """

    id: str
    """ Layer name in the service, e.g. `{isogeo}DEPARTEMENT_2014`. """
    parent_uid: None | str | Unset = UNSET
    target_dataset: None | ServiceLayerTargetDataset | Unset = UNSET
    title: None | str | Unset = UNSET
    titles: list[ServiceLayerTitle] | None | Unset = UNSET
    type_: None | ServiceLayerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_layer_target_dataset import ServiceLayerTargetDataset  # noqa: PLC0415

        id = self.id

        parent_uid: None | str | Unset
        if isinstance(self.parent_uid, Unset):
            parent_uid = UNSET
        else:
            parent_uid = self.parent_uid

        target_dataset: dict[str, Any] | None | Unset
        if isinstance(self.target_dataset, Unset):
            target_dataset = UNSET
        elif isinstance(self.target_dataset, ServiceLayerTargetDataset):
            target_dataset = self.target_dataset.to_dict()
        else:
            target_dataset = self.target_dataset

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        titles: list[dict[str, Any]] | None | Unset
        if isinstance(self.titles, Unset):
            titles = UNSET
        elif isinstance(self.titles, list):
            titles = []
            for titles_type_0_item_data in self.titles:
                titles_type_0_item = titles_type_0_item_data.to_dict()
                titles.append(titles_type_0_item)

        else:
            titles = self.titles

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ServiceLayerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if parent_uid is not UNSET:
            field_dict["parentUid"] = parent_uid
        if target_dataset is not UNSET:
            field_dict["targetDataset"] = target_dataset
        if title is not UNSET:
            field_dict["title"] = title
        if titles is not UNSET:
            field_dict["titles"] = titles
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerCreate", None, "an object", d)
        get = d.get
        id = get("id", UNSET)
        if id.__class__ is not str and not isinstance(id, str):
            raise DecodeError(
                "ServiceLayerCreate", "id", "a string (required)" if id is UNSET else "a string", id
            )

        parent_uid = get("parentUid", UNSET)
        if (
            parent_uid is not UNSET
            and parent_uid.__class__ is not str
            and parent_uid is not None
            and not isinstance(parent_uid, str)
        ):
            raise DecodeError("ServiceLayerCreate", "parentUid", "a string or null", parent_uid)

        target_dataset = get("targetDataset", UNSET)
        if target_dataset is not UNSET:
            if target_dataset.__class__ is dict or isinstance(target_dataset, dict):
                target_dataset = ServiceLayerTargetDataset.from_dict(target_dataset)
            elif target_dataset is None:
                target_dataset = None
            else:
                raise DecodeError(
                    "ServiceLayerCreate",
                    "targetDataset",
                    "an object (ServiceLayerTargetDataset) or null",
                    target_dataset,
                )

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("ServiceLayerCreate", "title", "a string or null", title)

        titles = get("titles", UNSET)
        if titles is not UNSET:
            if isinstance(titles, list):
                titles_1: list[ServiceLayerTitle]
                if titles.__class__ is not list and not isinstance(titles, list):
                    raise DecodeError("ServiceLayerCreate", "titles", "an array", titles)
                titles_1 = [
                    ServiceLayerTitle.from_dict(titles_1_item)
                    if titles_1_item.__class__ is dict or isinstance(titles_1_item, dict)
                    else decode_failed(
                        "ServiceLayerCreate", "titles", "an object (ServiceLayerTitle)", titles_1_item
                    )
                    for titles_1_item in titles
                ]

                titles = titles_1
            elif titles is None:
                titles = None
            else:
                raise DecodeError("ServiceLayerCreate", "titles", "an array or null", titles)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__1: ServiceLayerType
                type__1_member: ServiceLayerType | None = (
                    ServiceLayerType._value2member_map_.get(type_) if isinstance(type_, str) else None
                )  # type: ignore[assignment]
                if type__1_member is None:
                    raise DecodeError("ServiceLayerCreate", "type", "a ServiceLayerType value", type_)
                type__1 = type__1_member

                type_ = type__1
            elif type_ is None:
                type_ = None
            else:
                raise DecodeError("ServiceLayerCreate", "type", "a ServiceLayerType value or null", type_)

        if cls is ServiceLayerCreate:
            _model = object.__new__(cls)
            _model.id = id
            _model.parent_uid = parent_uid
            _model.target_dataset = target_dataset
            _model.title = title
            _model.titles = titles
            _model.type_ = type_
        else:
            _model = cls(
                id=id,
                parent_uid=parent_uid,
                target_dataset=target_dataset,
                title=title,
                titles=titles,
                type_=type_,
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
    ServiceLayerTargetDataset = LazyModel(
        globals(), "ServiceLayerTargetDataset", "..models.service_layer_target_dataset"
    )
    ServiceLayerTitle = LazyModel(globals(), "ServiceLayerTitle", "..models.service_layer_title")
