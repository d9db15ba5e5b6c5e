from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.metadata_summary import MetadataSummary
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayer")

_FIELDS = frozenset(
    {
        "_id",
        "id",
        "dataset",
        "datasets",
        "noGeoDatasets",
        "mimeTypes",
        "parentUid",
        "title",
        "titles",
        "type",
    }
)


@_attrs_define
class ServiceLayer:
    """A layer of a service metadata. `id` is the layer's name in the service.

    Example:
        {'_id': '3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8', 'id': '{isogeo}DEPARTEMENT_2014', 'mimeTypes': ['image/png',
            'image/jpeg'], 'title': 'Départements 2014', 'titles': [{'lang': 'fr', 'value': 'Départements 2014'}], 'type':
            'layer'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    id: str | Unset = UNSET
    """ Layer name in the service, e.g. `{isogeo}DEPARTEMENT_2014`. """
    dataset: MetadataSummary | None | Unset = UNSET
    datasets: list[MetadataSummary] | Unset = UNSET
    no_geo_datasets: list[MetadataSummary] | Unset = UNSET
    mime_types: list[str] | Unset = UNSET
    parent_uid: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    titles: list[ServiceLayerTitle] | Unset = UNSET
    type_: ServiceLayerType | str | Unset = UNSET
    """ A `ServiceLayerType`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_summary import MetadataSummary  # noqa: PLC0415

        sys_id = self.sys_id

        id = self.id

        dataset: dict[str, Any] | None | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        elif isinstance(self.dataset, MetadataSummary):
            dataset = self.dataset.to_dict()
        else:
            dataset = self.dataset

        datasets_raw: Any = _peek_datasets(self)
        datasets_json: Any
        if datasets_raw.__class__ is LazyValue:
            datasets_json = datasets_raw.value
        else:
            datasets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(datasets_raw, Unset):
                datasets = []
                for datasets_item_data in datasets_raw:
                    datasets_item = datasets_item_data.to_dict()
                    datasets.append(datasets_item)

            datasets_json = datasets
        datasets = datasets_json

        no_geo_datasets_raw: Any = _peek_no_geo_datasets(self)
        no_geo_datasets_json: Any
        if no_geo_datasets_raw.__class__ is LazyValue:
            no_geo_datasets_json = no_geo_datasets_raw.value
        else:
            no_geo_datasets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(no_geo_datasets_raw, Unset):
                no_geo_datasets = []
                for no_geo_datasets_item_data in no_geo_datasets_raw:
                    no_geo_datasets_item = no_geo_datasets_item_data.to_dict()
                    no_geo_datasets.append(no_geo_datasets_item)

            no_geo_datasets_json = no_geo_datasets
        no_geo_datasets = no_geo_datasets_json

        mime_types: list[str] | Unset = UNSET
        if not isinstance(self.mime_types, Unset):
            mime_types = self.mime_types

        parent_uid: None | str | Unset
        if isinstance(self.parent_uid, Unset):
            parent_uid = UNSET
        else:
            parent_uid = self.parent_uid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        titles_raw: Any = _peek_titles(self)
        titles_json: Any
        if titles_raw.__class__ is LazyValue:
            titles_json = titles_raw.value
        else:
            titles: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(titles_raw, Unset):
                titles = []
                for titles_item_data in titles_raw:
                    titles_item = titles_item_data.to_dict()
                    titles.append(titles_item)

            titles_json = titles
        titles = titles_json

        type_: str | Unset
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
                "_id": sys_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if no_geo_datasets is not UNSET:
            field_dict["noGeoDatasets"] = no_geo_datasets
        if mime_types is not UNSET:
            field_dict["mimeTypes"] = mime_types
        if parent_uid is not UNSET:
            field_dict["parentUid"] = parent_uid
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
            raise DecodeError("ServiceLayer", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "ServiceLayer", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        id = get("id", UNSET)
        if id is not UNSET and id.__class__ is not str and not isinstance(id, str):
            raise DecodeError("ServiceLayer", "id", "a string", id)

        dataset = get("dataset", UNSET)
        if dataset is not UNSET:
            if dataset.__class__ is dict or isinstance(dataset, dict):
                dataset = MetadataSummary.from_dict(dataset)
            elif dataset is None:
                dataset = None
            else:
                raise DecodeError("ServiceLayer", "dataset", "an object (MetadataSummary) or null", dataset)

        datasets = get("datasets", UNSET)
        if datasets is not UNSET:
            if datasets.__class__ is not list and not isinstance(datasets, list):
                raise DecodeError("ServiceLayer", "datasets", "an array", datasets)
            datasets = _decode_datasets(datasets) if _context is EAGER else LazyValue(datasets, _context)

        no_geo_datasets = get("noGeoDatasets", UNSET)
        if no_geo_datasets is not UNSET:
            if no_geo_datasets.__class__ is not list and not isinstance(no_geo_datasets, list):
                raise DecodeError("ServiceLayer", "noGeoDatasets", "an array", no_geo_datasets)
            no_geo_datasets = (
                _decode_no_geo_datasets(no_geo_datasets)
                if _context is EAGER
                else LazyValue(no_geo_datasets, _context)
            )

        mime_types = get("mimeTypes", UNSET)
        if mime_types is not UNSET:
            if mime_types.__class__ is not list and not isinstance(mime_types, list):
                raise DecodeError("ServiceLayer", "mimeTypes", "an array", mime_types)
            for mime_types_item in mime_types:
                if mime_types_item.__class__ is not str and not isinstance(mime_types_item, str):
                    raise DecodeError("ServiceLayer", "mimeTypes", "an array of a string", mime_types_item)

        parent_uid = get("parentUid", UNSET)
        if (
            parent_uid is not UNSET
            and parent_uid.__class__ is not str
            and parent_uid is not None
            and not isinstance(parent_uid, str)
        ):
            raise DecodeError("ServiceLayer", "parentUid", "a string or null", parent_uid)

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("ServiceLayer", "title", "a string or null", title)

        titles = get("titles", UNSET)
        if titles is not UNSET:
            if titles.__class__ is not list and not isinstance(titles, list):
                raise DecodeError("ServiceLayer", "titles", "an array", titles)
            titles = _decode_titles(titles) if _context is EAGER else LazyValue(titles, _context)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: ServiceLayerType | str = ServiceLayerType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("ServiceLayer", "type", "a ServiceLayerType value or a string", type_)

        if cls is ServiceLayer:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.id = id
            _model.dataset = dataset
            _store_datasets(_model, datasets)
            _store_no_geo_datasets(_model, no_geo_datasets)
            _model.mime_types = mime_types
            _model.parent_uid = parent_uid
            _model.title = title
            _store_titles(_model, titles)
            _model.type_ = type_
        else:
            _model = cls(
                sys_id=sys_id,
                id=id,
                dataset=dataset,
                datasets=datasets,
                no_geo_datasets=no_geo_datasets,
                mime_types=mime_types,
                parent_uid=parent_uid,
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


def _decode_datasets(value: Any) -> list[MetadataSummary]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("ServiceLayer", "datasets", "an array", value)
    decoded = [
        MetadataSummary.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("ServiceLayer", "datasets", "an object (MetadataSummary)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_no_geo_datasets(value: Any) -> list[MetadataSummary]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("ServiceLayer", "noGeoDatasets", "an array", value)
    decoded = [
        MetadataSummary.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("ServiceLayer", "noGeoDatasets", "an object (MetadataSummary)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_titles(value: Any) -> list[ServiceLayerTitle]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("ServiceLayer", "titles", "an array", value)
    decoded = [
        ServiceLayerTitle.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("ServiceLayer", "titles", "an object (ServiceLayerTitle)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_datasets: Any = ServiceLayer.__dict__["datasets"].__get__
_store_datasets: Any = ServiceLayer.__dict__["datasets"].__set__
_peek_no_geo_datasets: Any = ServiceLayer.__dict__["no_geo_datasets"].__get__
_store_no_geo_datasets: Any = ServiceLayer.__dict__["no_geo_datasets"].__set__
_peek_titles: Any = ServiceLayer.__dict__["titles"].__get__
_store_titles: Any = ServiceLayer.__dict__["titles"].__set__
lazy_fields(
    ServiceLayer,
    {
        "datasets": _decode_datasets,
        "no_geo_datasets": _decode_no_geo_datasets,
        "titles": _decode_titles,
    },
)


if not TYPE_CHECKING:
    MetadataSummary = LazyModel(globals(), "MetadataSummary", "..models.metadata_summary")
    ServiceLayerTitle = LazyModel(globals(), "ServiceLayerTitle", "..models.service_layer_title")
