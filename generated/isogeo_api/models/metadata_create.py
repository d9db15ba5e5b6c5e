from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_profile import EditionProfile
from ..models.metadata_type import MetadataType
from ..types import UNSET, DecodeError, Unset, parse_datetime

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataCreate", None, "an object", d)
        get = d.get
        title_json = get("title", UNSET)
        title: str
        if title_json is UNSET:
            raise DecodeError("MetadataCreate", "title", "a string (required)", UNSET)
        else:
            if not (isinstance(title_json, str)):
                raise DecodeError("MetadataCreate", "title", "a string", title_json)
            title = title_json

        type__json = get("type", UNSET)
        type_: MetadataType | None | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__1: MetadataType
                type__1_member = (
                    MetadataType._value2member_map_.get(type__json) if isinstance(type__json, str) else None
                )
                if type__1_member is None:
                    raise DecodeError("MetadataCreate", "type", "a MetadataType value", type__json)
                type__1 = cast(MetadataType, type__1_member)

                type_ = type__1
            elif type__json is None:
                type_ = None
            else:
                raise DecodeError("MetadataCreate", "type", "a MetadataType value or null", type__json)

        edition_profile_json = get("editionProfile", UNSET)
        edition_profile: EditionProfile | None | Unset
        if edition_profile_json is UNSET:
            edition_profile = UNSET
        else:
            if isinstance(edition_profile_json, str):
                edition_profile_1: EditionProfile
                edition_profile_1_member = (
                    EditionProfile._value2member_map_.get(edition_profile_json)
                    if isinstance(edition_profile_json, str)
                    else None
                )
                if edition_profile_1_member is None:
                    raise DecodeError(
                        "MetadataCreate", "editionProfile", "a EditionProfile value", edition_profile_json
                    )
                edition_profile_1 = cast(EditionProfile, edition_profile_1_member)

                edition_profile = edition_profile_1
            elif edition_profile_json is None:
                edition_profile = None
            else:
                raise DecodeError(
                    "MetadataCreate", "editionProfile", "a EditionProfile value or null", edition_profile_json
                )

        abstract_json = get("abstract", UNSET)
        abstract: None | str | Unset
        if abstract_json is UNSET:
            abstract = UNSET
        else:
            if isinstance(abstract_json, str):
                abstract_text: None | str = abstract_json
                abstract = abstract_text
            elif abstract_json is None:
                abstract = None
            else:
                raise DecodeError("MetadataCreate", "abstract", "a string or null", abstract_json)

        collection_context_json = get("collectionContext", UNSET)
        collection_context: None | str | Unset
        if collection_context_json is UNSET:
            collection_context = UNSET
        else:
            if isinstance(collection_context_json, str):
                collection_context_text: None | str = collection_context_json
                collection_context = collection_context_text
            elif collection_context_json is None:
                collection_context = None
            else:
                raise DecodeError(
                    "MetadataCreate", "collectionContext", "a string or null", collection_context_json
                )

        collection_method_json = get("collectionMethod", UNSET)
        collection_method: None | str | Unset
        if collection_method_json is UNSET:
            collection_method = UNSET
        else:
            if isinstance(collection_method_json, str):
                collection_method_text: None | str = collection_method_json
                collection_method = collection_method_text
            elif collection_method_json is None:
                collection_method = None
            else:
                raise DecodeError(
                    "MetadataCreate", "collectionMethod", "a string or null", collection_method_json
                )

        distance_json = get("distance", UNSET)
        distance: float | None | Unset
        if distance_json is UNSET:
            distance = UNSET
        else:
            if isinstance(distance_json, (int, float)) and not isinstance(distance_json, bool):
                distance_1: float
                if not (isinstance(distance_json, (int, float)) and not isinstance(distance_json, bool)):
                    raise DecodeError("MetadataCreate", "distance", "a number", distance_json)
                distance_1 = distance_json

                distance = distance_1
            elif distance_json is None:
                distance = None
            else:
                raise DecodeError("MetadataCreate", "distance", "a number or null", distance_json)

        encoding_json = get("encoding", UNSET)
        encoding: None | str | Unset
        if encoding_json is UNSET:
            encoding = UNSET
        else:
            if isinstance(encoding_json, str):
                encoding_text: None | str = encoding_json
                encoding = encoding_text
            elif encoding_json is None:
                encoding = None
            else:
                raise DecodeError("MetadataCreate", "encoding", "a string or null", encoding_json)

        envelope_json = get("envelope", UNSET)
        envelope: GeoJsonGeometry | None | Unset
        if envelope_json is UNSET:
            envelope = UNSET
        else:
            if isinstance(envelope_json, dict):
                envelope_1: GeoJsonGeometry
                if not isinstance(envelope_json, dict):
                    raise DecodeError(
                        "MetadataCreate", "envelope", "an object (GeoJsonGeometry)", envelope_json
                    )
                envelope_1 = GeoJsonGeometry.from_dict(envelope_json)

                envelope = envelope_1
            elif envelope_json is None:
                envelope = None
            else:
                raise DecodeError(
                    "MetadataCreate", "envelope", "an object (GeoJsonGeometry) or null", envelope_json
                )

        features_json = get("features", UNSET)
        features: int | None | Unset
        if features_json is UNSET:
            features = UNSET
        else:
            if isinstance(features_json, int) and not isinstance(features_json, bool):
                features_1: int
                if not (isinstance(features_json, int) and not isinstance(features_json, bool)):
                    raise DecodeError("MetadataCreate", "features", "an integer", features_json)
                features_1 = features_json

                features = features_1
            elif features_json is None:
                features = None
            else:
                raise DecodeError("MetadataCreate", "features", "an integer or null", features_json)

        format__json = get("format", UNSET)
        format_: None | str | Unset
        if format__json is UNSET:
            format_ = UNSET
        else:
            if isinstance(format__json, str):
                format__text: None | str = format__json
                format_ = format__text
            elif format__json is None:
                format_ = None
            else:
                raise DecodeError("MetadataCreate", "format", "a string or null", format__json)

        format_version_json = get("formatVersion", UNSET)
        format_version: None | str | Unset
        if format_version_json is UNSET:
            format_version = UNSET
        else:
            if isinstance(format_version_json, str):
                format_version_text: None | str = format_version_json
                format_version = format_version_text
            elif format_version_json is None:
                format_version = None
            else:
                raise DecodeError("MetadataCreate", "formatVersion", "a string or null", format_version_json)

        geo_context_json = get("geoContext", UNSET)
        geo_context: None | str | Unset
        if geo_context_json is UNSET:
            geo_context = UNSET
        else:
            if isinstance(geo_context_json, str):
                geo_context_text: None | str = geo_context_json
                geo_context = geo_context_text
            elif geo_context_json is None:
                geo_context = None
            else:
                raise DecodeError("MetadataCreate", "geoContext", "a string or null", geo_context_json)

        geometry_json = get("geometry", UNSET)
        geometry: None | str | Unset
        if geometry_json is UNSET:
            geometry = UNSET
        else:
            if isinstance(geometry_json, str):
                geometry_text: None | str = geometry_json
                geometry = geometry_text
            elif geometry_json is None:
                geometry = None
            else:
                raise DecodeError("MetadataCreate", "geometry", "a string or null", geometry_json)

        language_json = get("language", UNSET)
        language: None | str | Unset
        if language_json is UNSET:
            language = UNSET
        else:
            if isinstance(language_json, str):
                language_text: None | str = language_json
                language = language_text
            elif language_json is None:
                language = None
            else:
                raise DecodeError("MetadataCreate", "language", "a string or null", language_json)

        name_json = get("name", UNSET)
        name: None | str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if isinstance(name_json, str):
                name_text: None | str = name_json
                name = name_text
            elif name_json is None:
                name = None
            else:
                raise DecodeError("MetadataCreate", "name", "a string or null", name_json)

        path_json = get("path", UNSET)
        path: None | str | Unset
        if path_json is UNSET:
            path = UNSET
        else:
            if isinstance(path_json, str):
                path_text: None | str = path_json
                path = path_text
            elif path_json is None:
                path = None
            else:
                raise DecodeError("MetadataCreate", "path", "a string or null", path_json)

        precision_json = get("precision", UNSET)
        precision: None | str | Unset
        if precision_json is UNSET:
            precision = UNSET
        else:
            if isinstance(precision_json, str):
                precision_text: None | str = precision_json
                precision = precision_text
            elif precision_json is None:
                precision = None
            else:
                raise DecodeError("MetadataCreate", "precision", "a string or null", precision_json)

        scale_json = get("scale", UNSET)
        scale: int | None | Unset
        if scale_json is UNSET:
            scale = UNSET
        else:
            if isinstance(scale_json, int) and not isinstance(scale_json, bool):
                scale_1: int
                if not (isinstance(scale_json, int) and not isinstance(scale_json, bool)):
                    raise DecodeError("MetadataCreate", "scale", "an integer", scale_json)
                scale_1 = scale_json

                scale = scale_1
            elif scale_json is None:
                scale = None
            else:
                raise DecodeError("MetadataCreate", "scale", "an integer or null", scale_json)

        series_json = get("series", UNSET)
        series: bool | None | Unset
        if series_json is UNSET:
            series = UNSET
        else:
            if isinstance(series_json, bool):
                series_1: bool
                if not (isinstance(series_json, bool)):
                    raise DecodeError("MetadataCreate", "series", "a boolean", series_json)
                series_1 = series_json

                series = series_1
            elif series_json is None:
                series = None
            else:
                raise DecodeError("MetadataCreate", "series", "a boolean or null", series_json)

        topological_consistency_json = get("topologicalConsistency", UNSET)
        topological_consistency: None | str | Unset
        if topological_consistency_json is UNSET:
            topological_consistency = UNSET
        else:
            if isinstance(topological_consistency_json, str):
                topological_consistency_text: None | str = topological_consistency_json
                topological_consistency = topological_consistency_text
            elif topological_consistency_json is None:
                topological_consistency = None
            else:
                raise DecodeError(
                    "MetadataCreate",
                    "topologicalConsistency",
                    "a string or null",
                    topological_consistency_json,
                )

        update_frequency_json = get("updateFrequency", UNSET)
        update_frequency: None | str | Unset
        if update_frequency_json is UNSET:
            update_frequency = UNSET
        else:
            if isinstance(update_frequency_json, str):
                update_frequency_text: None | str = update_frequency_json
                update_frequency = update_frequency_text
            elif update_frequency_json is None:
                update_frequency = None
            else:
                raise DecodeError(
                    "MetadataCreate", "updateFrequency", "a string or null", update_frequency_json
                )

        valid_from_json = get("validFrom", UNSET)
        valid_from: datetime.datetime | None | Unset
        if valid_from_json is UNSET:
            valid_from = UNSET
        else:
            if isinstance(valid_from_json, str):
                valid_from_1: datetime.datetime
                if not isinstance(valid_from_json, str):
                    raise DecodeError("MetadataCreate", "validFrom", "a date-time string", valid_from_json)
                try:
                    valid_from_1 = parse_datetime(valid_from_json)
                except ValueError:
                    raise DecodeError(
                        "MetadataCreate", "validFrom", "a date-time string", valid_from_json
                    ) from None

                valid_from = valid_from_1
            elif valid_from_json is None:
                valid_from = None
            else:
                raise DecodeError(
                    "MetadataCreate", "validFrom", "a date-time string or null", valid_from_json
                )

        valid_to_json = get("validTo", UNSET)
        valid_to: datetime.datetime | None | Unset
        if valid_to_json is UNSET:
            valid_to = UNSET
        else:
            if isinstance(valid_to_json, str):
                valid_to_1: datetime.datetime
                if not isinstance(valid_to_json, str):
                    raise DecodeError("MetadataCreate", "validTo", "a date-time string", valid_to_json)
                try:
                    valid_to_1 = parse_datetime(valid_to_json)
                except ValueError:
                    raise DecodeError(
                        "MetadataCreate", "validTo", "a date-time string", valid_to_json
                    ) from None

                valid_to = valid_to_1
            elif valid_to_json is None:
                valid_to = None
            else:
                raise DecodeError("MetadataCreate", "validTo", "a date-time string or null", valid_to_json)

        validity_comment_json = get("validityComment", UNSET)
        validity_comment: None | str | Unset
        if validity_comment_json is UNSET:
            validity_comment = UNSET
        else:
            if isinstance(validity_comment_json, str):
                validity_comment_text: None | str = validity_comment_json
                validity_comment = validity_comment_text
            elif validity_comment_json is None:
                validity_comment = None
            else:
                raise DecodeError(
                    "MetadataCreate", "validityComment", "a string or null", validity_comment_json
                )

        metadata_create = cls(
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
        metadata_create.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return metadata_create

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


from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: E402
