from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_profile import EditionProfile
from ..models.metadata_type import MetadataType
from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    Unset,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.geo_json_geometry import GeoJsonGeometry


T = TypeVar("T", bound="MetadataCreate")

_FIELDS = frozenset(
    {
        "title",
        "type",
        "editionProfile",
        "abstract",
        "collectionContext",
        "collectionMethod",
        "distance",
        "encoding",
        "envelope",
        "features",
        "format",
        "formatVersion",
        "geoContext",
        "geometry",
        "language",
        "name",
        "path",
        "precision",
        "scale",
        "series",
        "topologicalConsistency",
        "updateFrequency",
        "validFrom",
        "validTo",
        "validityComment",
    }
)


@_attrs_define
class MetadataCreate:
    """Body of `createWorkgroupMetadata`: the 25 root attributes the API accepts (sub-resources have their own routes).
    `title` is required. Without `type` the server creates a `resource`. Send `editionProfile`
    (`manual` for hand-made metadata): the API needs it on later updates. `null` means no
    value: the server default (the official SDK sends all 25 keys, `null` when unset).
    The answer is minimal: `_id`, the clock, `title`, `type`, `editionProfile` and every posted
    key with the value kept, e.g. `editionProfile: null` comes back `manual`. `series` also
    takes `0`/`1` (the official SDK sends `series=0` for a service).

        Example:
            {'title': 'Pistes cyclables de la Métropole', 'type': 'vectorDataset', 'editionProfile': 'manual', 'abstract':
                'Réseau des aménagements cyclables, mis à jour chaque trimestre.', 'format': 'shp', 'geometry': 'LineString',
                'language': 'fr', 'name': 'PISTES_CYCLABLES.shp', 'scale': 5000, 'series': False, 'updateFrequency': 'P3M'}

    """

    title: str
    type_: MetadataType | None | Unset = UNSET
    edition_profile: EditionProfile | None | Unset = UNSET
    abstract: None | str | Unset = UNSET
    collection_context: None | str | Unset = UNSET
    collection_method: None | str | Unset = UNSET
    distance: float | None | Unset = UNSET
    encoding: None | str | Unset = UNSET
    envelope: GeoJsonGeometry | None | Unset = UNSET
    features: int | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    format_version: None | str | Unset = UNSET
    geo_context: None | str | Unset = UNSET
    geometry: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    precision: None | str | Unset = UNSET
    scale: int | None | Unset = UNSET
    series: bool | None | Unset = UNSET
    topological_consistency: None | str | Unset = UNSET
    update_frequency: None | str | Unset = UNSET
    valid_from: datetime.datetime | None | Unset = UNSET
    valid_to: datetime.datetime | None | Unset = UNSET
    validity_comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: PLC0415

        title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MetadataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        edition_profile: None | str | Unset
        if isinstance(self.edition_profile, Unset):
            edition_profile = UNSET
        elif isinstance(self.edition_profile, EditionProfile):
            edition_profile = self.edition_profile.value
        else:
            edition_profile = self.edition_profile

        abstract: None | str | Unset
        if isinstance(self.abstract, Unset):
            abstract = UNSET
        else:
            abstract = self.abstract

        collection_context: None | str | Unset
        if isinstance(self.collection_context, Unset):
            collection_context = UNSET
        else:
            collection_context = self.collection_context

        collection_method: None | str | Unset
        if isinstance(self.collection_method, Unset):
            collection_method = UNSET
        else:
            collection_method = self.collection_method

        distance: float | None | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        envelope: dict[str, Any] | None | Unset
        if isinstance(self.envelope, Unset):
            envelope = UNSET
        elif isinstance(self.envelope, GeoJsonGeometry):
            envelope = self.envelope.to_dict()
        else:
            envelope = self.envelope

        features: int | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        else:
            features = self.features

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        format_version: None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        geo_context: None | str | Unset
        if isinstance(self.geo_context, Unset):
            geo_context = UNSET
        else:
            geo_context = self.geo_context

        geometry: None | str | Unset
        if isinstance(self.geometry, Unset):
            geometry = UNSET
        else:
            geometry = self.geometry

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        precision: None | str | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        else:
            precision = self.precision

        scale: int | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        series: bool | None | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        else:
            series = self.series

        topological_consistency: None | str | Unset
        if isinstance(self.topological_consistency, Unset):
            topological_consistency = UNSET
        else:
            topological_consistency = self.topological_consistency

        update_frequency: None | str | Unset
        if isinstance(self.update_frequency, Unset):
            update_frequency = UNSET
        else:
            update_frequency = self.update_frequency

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        elif isinstance(self.valid_to, datetime.datetime):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        validity_comment: None | str | Unset
        if isinstance(self.validity_comment, Unset):
            validity_comment = UNSET
        else:
            validity_comment = self.validity_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if edition_profile is not UNSET:
            field_dict["editionProfile"] = edition_profile
        if abstract is not UNSET:
            field_dict["abstract"] = abstract
        if collection_context is not UNSET:
            field_dict["collectionContext"] = collection_context
        if collection_method is not UNSET:
            field_dict["collectionMethod"] = collection_method
        if distance is not UNSET:
            field_dict["distance"] = distance
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if features is not UNSET:
            field_dict["features"] = features
        if format_ is not UNSET:
            field_dict["format"] = format_
        if format_version is not UNSET:
            field_dict["formatVersion"] = format_version
        if geo_context is not UNSET:
            field_dict["geoContext"] = geo_context
        if geometry is not UNSET:
            field_dict["geometry"] = geometry
        if language is not UNSET:
            field_dict["language"] = language
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if precision is not UNSET:
            field_dict["precision"] = precision
        if scale is not UNSET:
            field_dict["scale"] = scale
        if series is not UNSET:
            field_dict["series"] = series
        if topological_consistency is not UNSET:
            field_dict["topologicalConsistency"] = topological_consistency
        if update_frequency is not UNSET:
            field_dict["updateFrequency"] = update_frequency
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if validity_comment is not UNSET:
            field_dict["validityComment"] = validity_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataCreate", None, "an object", d)
        get = d.get
        title = get("title", UNSET)
        if title.__class__ is not str and not isinstance(title, str):
            raise DecodeError(
                "MetadataCreate", "title", "a string (required)" if title is UNSET else "a string", title
            )

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__1: MetadataType
                type__1_member: MetadataType | None = (
                    MetadataType._value2member_map_.get(type_) if isinstance(type_, str) else None
                )  # type: ignore[assignment]
                if type__1_member is None:
                    raise DecodeError("MetadataCreate", "type", "a MetadataType value", type_)
                type__1 = type__1_member

                type_ = type__1
            elif type_ is None:
                type_ = None
            else:
                raise DecodeError("MetadataCreate", "type", "a MetadataType value or null", type_)

        edition_profile = get("editionProfile", UNSET)
        if edition_profile is not UNSET:
            if isinstance(edition_profile, str):
                edition_profile_1: EditionProfile
                edition_profile_1_member: EditionProfile | None = (
                    EditionProfile._value2member_map_.get(edition_profile)
                    if isinstance(edition_profile, str)
                    else None
                )  # type: ignore[assignment]
                if edition_profile_1_member is None:
                    raise DecodeError(
                        "MetadataCreate", "editionProfile", "a EditionProfile value", edition_profile
                    )
                edition_profile_1 = edition_profile_1_member

                edition_profile = edition_profile_1
            elif edition_profile is None:
                edition_profile = None
            else:
                raise DecodeError(
                    "MetadataCreate", "editionProfile", "a EditionProfile value or null", edition_profile
                )

        abstract = get("abstract", UNSET)
        if (
            abstract is not UNSET
            and abstract.__class__ is not str
            and abstract is not None
            and not isinstance(abstract, str)
        ):
            raise DecodeError("MetadataCreate", "abstract", "a string or null", abstract)

        collection_context = get("collectionContext", UNSET)
        if (
            collection_context is not UNSET
            and collection_context.__class__ is not str
            and collection_context is not None
            and not isinstance(collection_context, str)
        ):
            raise DecodeError("MetadataCreate", "collectionContext", "a string or null", collection_context)

        collection_method = get("collectionMethod", UNSET)
        if (
            collection_method is not UNSET
            and collection_method.__class__ is not str
            and collection_method is not None
            and not isinstance(collection_method, str)
        ):
            raise DecodeError("MetadataCreate", "collectionMethod", "a string or null", collection_method)

        distance = get("distance", UNSET)
        if (
            distance is not UNSET
            and distance.__class__ is not float
            and distance.__class__ is not int
            and distance is not None
            and (not isinstance(distance, (int, float)) or isinstance(distance, bool))
        ):
            raise DecodeError("MetadataCreate", "distance", "a number or null", distance)

        encoding = get("encoding", UNSET)
        if (
            encoding is not UNSET
            and encoding.__class__ is not str
            and encoding is not None
            and not isinstance(encoding, str)
        ):
            raise DecodeError("MetadataCreate", "encoding", "a string or null", encoding)

        envelope = get("envelope", UNSET)
        if envelope is not UNSET:
            if envelope.__class__ is dict or isinstance(envelope, dict):
                envelope = GeoJsonGeometry.from_dict(envelope)
            elif envelope is None:
                envelope = None
            else:
                raise DecodeError(
                    "MetadataCreate", "envelope", "an object (GeoJsonGeometry) or null", envelope
                )

        features = get("features", UNSET)
        if (
            features is not UNSET
            and features.__class__ is not int
            and features is not None
            and (not isinstance(features, int) or isinstance(features, bool))
        ):
            raise DecodeError("MetadataCreate", "features", "an integer or null", features)

        format_ = get("format", UNSET)
        if (
            format_ is not UNSET
            and format_.__class__ is not str
            and format_ is not None
            and not isinstance(format_, str)
        ):
            raise DecodeError("MetadataCreate", "format", "a string or null", format_)

        format_version = get("formatVersion", UNSET)
        if (
            format_version is not UNSET
            and format_version.__class__ is not str
            and format_version is not None
            and not isinstance(format_version, str)
        ):
            raise DecodeError("MetadataCreate", "formatVersion", "a string or null", format_version)

        geo_context = get("geoContext", UNSET)
        if (
            geo_context is not UNSET
            and geo_context.__class__ is not str
            and geo_context is not None
            and not isinstance(geo_context, str)
        ):
            raise DecodeError("MetadataCreate", "geoContext", "a string or null", geo_context)

        geometry = get("geometry", UNSET)
        if (
            geometry is not UNSET
            and geometry.__class__ is not str
            and geometry is not None
            and not isinstance(geometry, str)
        ):
            raise DecodeError("MetadataCreate", "geometry", "a string or null", geometry)

        language = get("language", UNSET)
        if (
            language is not UNSET
            and language.__class__ is not str
            and language is not None
            and not isinstance(language, str)
        ):
            raise DecodeError("MetadataCreate", "language", "a string or null", language)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and name is not None and not isinstance(name, str):
            raise DecodeError("MetadataCreate", "name", "a string or null", name)

        path = get("path", UNSET)
        if path is not UNSET and path.__class__ is not str and path is not None and not isinstance(path, str):
            raise DecodeError("MetadataCreate", "path", "a string or null", path)

        precision = get("precision", UNSET)
        if (
            precision is not UNSET
            and precision.__class__ is not str
            and precision is not None
            and not isinstance(precision, str)
        ):
            raise DecodeError("MetadataCreate", "precision", "a string or null", precision)

        scale = get("scale", UNSET)
        if (
            scale is not UNSET
            and scale.__class__ is not int
            and scale is not None
            and (not isinstance(scale, int) or isinstance(scale, bool))
        ):
            raise DecodeError("MetadataCreate", "scale", "an integer or null", scale)

        series = get("series", UNSET)
        if series is not UNSET and series is not True and series is not False and series is not None:
            raise DecodeError("MetadataCreate", "series", "a boolean or null", series)

        topological_consistency = get("topologicalConsistency", UNSET)
        if (
            topological_consistency is not UNSET
            and topological_consistency.__class__ is not str
            and topological_consistency is not None
            and not isinstance(topological_consistency, str)
        ):
            raise DecodeError(
                "MetadataCreate", "topologicalConsistency", "a string or null", topological_consistency
            )

        update_frequency = get("updateFrequency", UNSET)
        if (
            update_frequency is not UNSET
            and update_frequency.__class__ is not str
            and update_frequency is not None
            and not isinstance(update_frequency, str)
        ):
            raise DecodeError("MetadataCreate", "updateFrequency", "a string or null", update_frequency)

        valid_from = get("validFrom", UNSET)
        if valid_from is not UNSET:
            if isinstance(valid_from, str):
                try:
                    valid_from = parse_datetime(valid_from)
                except ValueError:
                    raise DecodeError(
                        "MetadataCreate", "validFrom", "a date-time string", valid_from
                    ) from None
            elif valid_from is None:
                valid_from = None
            else:
                raise DecodeError("MetadataCreate", "validFrom", "a date-time string or null", valid_from)

        valid_to = get("validTo", UNSET)
        if valid_to is not UNSET:
            if isinstance(valid_to, str):
                try:
                    valid_to = parse_datetime(valid_to)
                except ValueError:
                    raise DecodeError("MetadataCreate", "validTo", "a date-time string", valid_to) from None
            elif valid_to is None:
                valid_to = None
            else:
                raise DecodeError("MetadataCreate", "validTo", "a date-time string or null", valid_to)

        validity_comment = get("validityComment", UNSET)
        if (
            validity_comment is not UNSET
            and validity_comment.__class__ is not str
            and validity_comment is not None
            and not isinstance(validity_comment, str)
        ):
            raise DecodeError("MetadataCreate", "validityComment", "a string or null", validity_comment)

        if cls is MetadataCreate:
            _model = object.__new__(cls)
            _model.title = title
            _model.type_ = type_
            _model.edition_profile = edition_profile
            _model.abstract = abstract
            _model.collection_context = collection_context
            _model.collection_method = collection_method
            _model.distance = distance
            _model.encoding = encoding
            _model.envelope = envelope
            _model.features = features
            _model.format_ = format_
            _model.format_version = format_version
            _model.geo_context = geo_context
            _model.geometry = geometry
            _model.language = language
            _model.name = name
            _model.path = path
            _model.precision = precision
            _model.scale = scale
            _model.series = series
            _model.topological_consistency = topological_consistency
            _model.update_frequency = update_frequency
            _model.valid_from = valid_from
            _model.valid_to = valid_to
            _model.validity_comment = validity_comment
        else:
            _model = cls(
                title=title,
                type_=type_,
                edition_profile=edition_profile,
                abstract=abstract,
                collection_context=collection_context,
                collection_method=collection_method,
                distance=distance,
                encoding=encoding,
                envelope=envelope,
                features=features,
                format_=format_,
                format_version=format_version,
                geo_context=geo_context,
                geometry=geometry,
                language=language,
                name=name,
                path=path,
                precision=precision,
                scale=scale,
                series=series,
                topological_consistency=topological_consistency,
                update_frequency=update_frequency,
                valid_from=valid_from,
                valid_to=valid_to,
                validity_comment=validity_comment,
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
    GeoJsonGeometry = LazyModel(globals(), "GeoJsonGeometry", "..models.geo_json_geometry")
