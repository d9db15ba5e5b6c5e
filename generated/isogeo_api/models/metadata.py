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
    from ..models.condition import Condition
    from ..models.conformity import Conformity
    from ..models.coordinate_system import CoordinateSystem
    from ..models.event import Event
    from ..models.feature_attribute import FeatureAttribute
    from ..models.geo_json_geometry import GeoJsonGeometry
    from ..models.keyword import Keyword
    from ..models.limitation import Limitation
    from ..models.link import Link
    from ..models.metadata_context import MetadataContext
    from ..models.metadata_translation import MetadataTranslation
    from ..models.resource_contact import ResourceContact
    from ..models.service_layer import ServiceLayer
    from ..models.service_layer_reference import ServiceLayerReference
    from ..models.service_operation import ServiceOperation
    from ..models.tags import Tags
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Metadata")

_FIELDS = frozenset(
    {
        "_id",
        "_created",
        "_modified",
        "_creator",
        "_abilities",
        "_fieldsLanguage",
        "abstract",
        "bbox",
        "collectionContext",
        "collectionMethod",
        "conditions",
        "contacts",
        "context",
        "coordinate-system",
        "created",
        "distance",
        "editionProfile",
        "encoding",
        "envelope",
        "events",
        "feature-attributes",
        "features",
        "format",
        "formatVersion",
        "geoContext",
        "geometry",
        "height",
        "keywords",
        "language",
        "layers",
        "limitations",
        "links",
        "modified",
        "name",
        "operations",
        "path",
        "precision",
        "published",
        "scale",
        "series",
        "serviceLayers",
        "specifications",
        "tags",
        "thumbnailUrl",
        "title",
        "topologicalConsistency",
        "translations",
        "type",
        "updateFrequency",
        "validFrom",
        "validTo",
        "validityComment",
        "width",
    }
)


@_attrs_define
class Metadata:
    """A metadata ("resource"). Root fields are always returned; sub-resources only with `_include`.
    Underscore fields are the record's own (`_created` is the record creation); `created`,
    `modified` and `published` are the **data** dates. `coordinate-system` and
    `feature-attributes` are hyphenated JSON keys.

        Example:
            {'_id': '0269803d50c446b09f5060ef7fe3e22b', '_created': '2019-06-13T16:21:38.1917618+00:00', '_modified':
                '2024-03-02T08:15:09.559123+00:00', '_creator': {'_id': '32f7e95ec4e94ca3bc1afda960003882', '_tag':
                'owner:32f7e95ec4e94ca3bc1afda960003882', 'contact': {'_id': '5e4d3c2b1a0f4e9d8c7b6a5f4e3d2c1b', 'name': 'Isogeo
                Test', 'type': 'group'}}, 'abstract': 'Limites communales de la France métropolitaine, **millésime 2024**.',
                'created': '2018-06-04T00:00:00+00:00', 'editionProfile': 'manual', 'encoding': 'utf-8', 'envelope': {'type':
                'Polygon', 'coordinates': [[[-5.14, 41.33], [9.56, 41.33], [9.56, 51.09], [-5.14, 51.09], [-5.14, 41.33]]],
                'bbox': [-5.14, 41.33, 9.56, 51.09]}, 'features': 34955, 'format': 'shp', 'geometry': 'Polygon', 'language':
                'fr', 'name': 'COMMUNE.shp', 'path': '\\\\\\\\srv-sig\\\\referentiels\\\\admin\\\\COMMUNE.shp', 'scale': 25000,
                'series': False, 'tags': {'owner:32f7e95ec4e94ca3bc1afda960003882': 'Isogeo Test', 'type:vector-dataset':
                'Dataset (vector)', 'format:shp': 'ESRI Shapefile', 'coordinate-system:2154': 'RGF93 / Lambert-93',
                'provider:manual': None}, 'title': 'Communes de France 2024', 'type': 'vectorDataset', 'updateFrequency': 'P1Y'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    sys_creator: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    sys_fields_language: str | Unset = UNSET
    """ Language of `title` and `abstract` on a multilingual workgroup's metadata: the `_lang` asked when the
    metadata has that translation, else the language it was created in. """
    abstract: None | str | Unset = UNSET
    """ Markdown. """
    bbox: list[float] | Unset = UNSET
    """ [xmin, ymin, xmax, ymax] in WGS 84. """
    collection_context: None | str | Unset = UNSET
    collection_method: None | str | Unset = UNSET
    conditions: list[Condition] | Unset = UNSET
    contacts: list[ResourceContact] | Unset = UNSET
    context: MetadataContext | Unset = UNSET
    """ Opaque context object (`_include=context`, GET by id only). """
    coordinate_system: CoordinateSystem | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    """ Data creation date. """
    distance: float | None | Unset = UNSET
    """ Spatial resolution as a ground distance. """
    edition_profile: EditionProfile | str | Unset = UNSET
    """ An `EditionProfile`, or a value added by the server after this description. """
    encoding: None | str | Unset = UNSET
    envelope: GeoJsonGeometry | None | Unset = UNSET
    events: list[Event] | Unset = UNSET
    feature_attributes: list[FeatureAttribute] | Unset = UNSET
    features: int | None | Unset = UNSET
    """ Number of features. """
    format_: None | str | Unset = UNSET
    """ Format code, e.g. `shp`. """
    format_version: None | str | Unset = UNSET
    geo_context: None | str | Unset = UNSET
    geometry: None | str | Unset = UNSET
    """ Geometry type, e.g. `Polygon`. """
    height: int | None | Unset = UNSET
    keywords: list[Keyword] | Unset = UNSET
    language: None | str | Unset = UNSET
    layers: list[ServiceLayer] | Unset = UNSET
    limitations: list[Limitation] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    modified: datetime.datetime | None | Unset = UNSET
    """ Data modification date. """
    name: None | str | Unset = UNSET
    """ Technical name of the data. """
    operations: list[ServiceOperation] | Unset = UNSET
    path: None | str | Unset = UNSET
    """ Data location (file path, database) or, for services, the base URL. """
    precision: None | str | Unset = UNSET
    published: datetime.datetime | None | Unset = UNSET
    """ Data publication date. """
    scale: int | None | Unset = UNSET
    series: bool | None | Unset = UNSET
    service_layers: list[ServiceLayerReference] | Unset = UNSET
    specifications: list[Conformity] | Unset = UNSET
    tags: Tags | Unset = UNSET
    """ Flat dictionary of tag key → human label in the `_lang` language, or `null` for
    `provider:*` and `conformity:*` keys. Tag keys are prefixed by their kind (`owner:`,
    `keyword:inspire-theme:`, `format:`, `type:`, `action:`, `contact:`, `catalog:`...).
    An object (the API's 2019 OpenAPI file declared an array, which the API does not send).
     """
    thumbnail_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    topological_consistency: None | str | Unset = UNSET
    translations: list[MetadataTranslation] | Unset = UNSET
    """ The title and abstract of a multilingual workgroup's metadata in each language it has
    (`_include=translations`); empty for other metadata. Each item has `languageCode`, `title` and `abstract` (what
    the official SDK's tests against the API read). """
    type_: MetadataType | str | Unset = UNSET
    """ A `MetadataType`, or a value added by the server after this description. """
    update_frequency: None | str | Unset = UNSET
    """ ISO 8601 duration, e.g. `P1Y`. """
    valid_from: datetime.datetime | None | Unset = UNSET
    valid_to: datetime.datetime | None | Unset = UNSET
    validity_comment: None | str | Unset = UNSET
    width: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coordinate_system import CoordinateSystem  # noqa: PLC0415
        from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: PLC0415

        sys_id = self.sys_id

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        sys_creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sys_creator, Unset):
            sys_creator = self.sys_creator.to_dict()

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        sys_fields_language = self.sys_fields_language

        abstract: None | str | Unset
        if isinstance(self.abstract, Unset):
            abstract = UNSET
        else:
            abstract = self.abstract

        bbox: list[float] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox

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

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        coordinate_system: dict[str, Any] | None | Unset
        if isinstance(self.coordinate_system, Unset):
            coordinate_system = UNSET
        elif isinstance(self.coordinate_system, CoordinateSystem):
            coordinate_system = self.coordinate_system.to_dict()
        else:
            coordinate_system = self.coordinate_system

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        distance: float | None | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        edition_profile: str | Unset
        if isinstance(self.edition_profile, Unset):
            edition_profile = UNSET
        elif isinstance(self.edition_profile, EditionProfile):
            edition_profile = self.edition_profile.value
        else:
            edition_profile = self.edition_profile

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

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        feature_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_attributes, Unset):
            feature_attributes = []
            for feature_attributes_item_data in self.feature_attributes:
                feature_attributes_item = feature_attributes_item_data.to_dict()
                feature_attributes.append(feature_attributes_item)

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

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        layers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = []
            for layers_item_data in self.layers:
                layers_item = layers_item_data.to_dict()
                layers.append(layers_item)

        limitations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.limitations, Unset):
            limitations = []
            for limitations_item_data in self.limitations:
                limitations_item = limitations_item_data.to_dict()
                limitations.append(limitations_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        elif isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = operations_item_data.to_dict()
                operations.append(operations_item)

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

        published: None | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        elif isinstance(self.published, datetime.datetime):
            published = self.published.isoformat()
        else:
            published = self.published

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

        service_layers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_layers, Unset):
            service_layers = []
            for service_layers_item_data in self.service_layers:
                service_layers_item = service_layers_item_data.to_dict()
                service_layers.append(service_layers_item)

        specifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specifications, Unset):
            specifications = []
            for specifications_item_data in self.specifications:
                specifications_item = specifications_item_data.to_dict()
                specifications.append(specifications_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        topological_consistency: None | str | Unset
        if isinstance(self.topological_consistency, Unset):
            topological_consistency = UNSET
        else:
            topological_consistency = self.topological_consistency

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MetadataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_creator is not UNSET:
            field_dict["_creator"] = sys_creator
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if sys_fields_language is not UNSET:
            field_dict["_fieldsLanguage"] = sys_fields_language
        if abstract is not UNSET:
            field_dict["abstract"] = abstract
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if collection_context is not UNSET:
            field_dict["collectionContext"] = collection_context
        if collection_method is not UNSET:
            field_dict["collectionMethod"] = collection_method
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if context is not UNSET:
            field_dict["context"] = context
        if coordinate_system is not UNSET:
            field_dict["coordinate-system"] = coordinate_system
        if created is not UNSET:
            field_dict["created"] = created
        if distance is not UNSET:
            field_dict["distance"] = distance
        if edition_profile is not UNSET:
            field_dict["editionProfile"] = edition_profile
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if events is not UNSET:
            field_dict["events"] = events
        if feature_attributes is not UNSET:
            field_dict["feature-attributes"] = feature_attributes
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
        if height is not UNSET:
            field_dict["height"] = height
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if language is not UNSET:
            field_dict["language"] = language
        if layers is not UNSET:
            field_dict["layers"] = layers
        if limitations is not UNSET:
            field_dict["limitations"] = limitations
        if links is not UNSET:
            field_dict["links"] = links
        if modified is not UNSET:
            field_dict["modified"] = modified
        if name is not UNSET:
            field_dict["name"] = name
        if operations is not UNSET:
            field_dict["operations"] = operations
        if path is not UNSET:
            field_dict["path"] = path
        if precision is not UNSET:
            field_dict["precision"] = precision
        if published is not UNSET:
            field_dict["published"] = published
        if scale is not UNSET:
            field_dict["scale"] = scale
        if series is not UNSET:
            field_dict["series"] = series
        if service_layers is not UNSET:
            field_dict["serviceLayers"] = service_layers
        if specifications is not UNSET:
            field_dict["specifications"] = specifications
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if title is not UNSET:
            field_dict["title"] = title
        if topological_consistency is not UNSET:
            field_dict["topologicalConsistency"] = topological_consistency
        if translations is not UNSET:
            field_dict["translations"] = translations
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_frequency is not UNSET:
            field_dict["updateFrequency"] = update_frequency
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if validity_comment is not UNSET:
            field_dict["validityComment"] = validity_comment
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Metadata", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Metadata", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Metadata", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("Metadata", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("Metadata", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("Metadata", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError("Metadata", "_modified", "a date-time string", sys_modified_json) from None

        sys_creator_json = get("_creator", UNSET)
        sys_creator: Workgroup | Unset
        if sys_creator_json is UNSET:
            sys_creator = UNSET
        else:
            if not isinstance(sys_creator_json, dict):
                raise DecodeError("Metadata", "_creator", "an object (Workgroup)", sys_creator_json)
            sys_creator = Workgroup.from_dict(sys_creator_json)

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Metadata", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("Metadata", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        sys_fields_language_json = get("_fieldsLanguage", UNSET)
        sys_fields_language: str | Unset
        if sys_fields_language_json is UNSET:
            sys_fields_language = UNSET
        else:
            if not (isinstance(sys_fields_language_json, str)):
                raise DecodeError("Metadata", "_fieldsLanguage", "a string", sys_fields_language_json)
            sys_fields_language = sys_fields_language_json

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
                raise DecodeError("Metadata", "abstract", "a string or null", abstract_json)

        bbox_json = get("bbox", UNSET)
        bbox: list[float] | Unset
        if bbox_json is UNSET:
            bbox = UNSET
        else:
            if not isinstance(bbox_json, list):
                raise DecodeError("Metadata", "bbox", "an array", bbox_json)
            for bbox_item in bbox_json:
                if not (isinstance(bbox_item, (int, float)) and not isinstance(bbox_item, bool)):
                    raise DecodeError("Metadata", "bbox", "an array of a number", bbox_item)
            bbox = bbox_json

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
                    "Metadata", "collectionContext", "a string or null", collection_context_json
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
                raise DecodeError("Metadata", "collectionMethod", "a string or null", collection_method_json)

        conditions_json = get("conditions", UNSET)
        conditions: list[Condition] | Unset
        if conditions_json is UNSET:
            conditions = UNSET
        else:
            if not isinstance(conditions_json, list):
                raise DecodeError("Metadata", "conditions", "an array", conditions_json)
            conditions = []
            for conditions_item in conditions_json:
                conditions_value: Condition
                if not isinstance(conditions_item, dict):
                    raise DecodeError("Metadata", "conditions", "an object (Condition)", conditions_item)
                conditions_value = Condition.from_dict(conditions_item)

                conditions.append(conditions_value)

        contacts_json = get("contacts", UNSET)
        contacts: list[ResourceContact] | Unset
        if contacts_json is UNSET:
            contacts = UNSET
        else:
            if not isinstance(contacts_json, list):
                raise DecodeError("Metadata", "contacts", "an array", contacts_json)
            contacts = []
            for contacts_item in contacts_json:
                contacts_value: ResourceContact
                if not isinstance(contacts_item, dict):
                    raise DecodeError("Metadata", "contacts", "an object (ResourceContact)", contacts_item)
                contacts_value = ResourceContact.from_dict(contacts_item)

                contacts.append(contacts_value)

        context_json = get("context", UNSET)
        context: MetadataContext | Unset
        if context_json is UNSET:
            context = UNSET
        else:
            if not isinstance(context_json, dict):
                raise DecodeError("Metadata", "context", "an object (MetadataContext)", context_json)
            context = MetadataContext.from_dict(context_json)

        coordinate_system_json = get("coordinate-system", UNSET)
        coordinate_system: CoordinateSystem | None | Unset
        if coordinate_system_json is UNSET:
            coordinate_system = UNSET
        else:
            if isinstance(coordinate_system_json, dict):
                coordinate_system_1: CoordinateSystem
                if not isinstance(coordinate_system_json, dict):
                    raise DecodeError(
                        "Metadata",
                        "coordinate-system",
                        "an object (CoordinateSystem)",
                        coordinate_system_json,
                    )
                coordinate_system_1 = CoordinateSystem.from_dict(coordinate_system_json)

                coordinate_system = coordinate_system_1
            elif coordinate_system_json is None:
                coordinate_system = None
            else:
                raise DecodeError(
                    "Metadata",
                    "coordinate-system",
                    "an object (CoordinateSystem) or null",
                    coordinate_system_json,
                )

        created_json = get("created", UNSET)
        created: datetime.datetime | None | Unset
        if created_json is UNSET:
            created = UNSET
        else:
            if isinstance(created_json, str):
                created_1: datetime.datetime
                if not isinstance(created_json, str):
                    raise DecodeError("Metadata", "created", "a date-time string", created_json)
                try:
                    created_1 = parse_datetime(created_json)
                except ValueError:
                    raise DecodeError("Metadata", "created", "a date-time string", created_json) from None

                created = created_1
            elif created_json is None:
                created = None
            else:
                raise DecodeError("Metadata", "created", "a date-time string or null", created_json)

        distance_json = get("distance", UNSET)
        distance: float | None | Unset
        if distance_json is UNSET:
            distance = UNSET
        else:
            if isinstance(distance_json, (int, float)) and not isinstance(distance_json, bool):
                distance_1: float
                if not (isinstance(distance_json, (int, float)) and not isinstance(distance_json, bool)):
                    raise DecodeError("Metadata", "distance", "a number", distance_json)
                distance_1 = distance_json

                distance = distance_1
            elif distance_json is None:
                distance = None
            else:
                raise DecodeError("Metadata", "distance", "a number or null", distance_json)

        edition_profile_json = get("editionProfile", UNSET)
        edition_profile: EditionProfile | str | Unset
        if edition_profile_json is UNSET:
            edition_profile = UNSET
        else:
            if isinstance(edition_profile_json, str):
                edition_profile_text: EditionProfile | str = cast(
                    EditionProfile | str,
                    EditionProfile._value2member_map_.get(edition_profile_json, edition_profile_json),
                )
                edition_profile = edition_profile_text
            else:
                raise DecodeError(
                    "Metadata", "editionProfile", "a EditionProfile value or a string", edition_profile_json
                )

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
                raise DecodeError("Metadata", "encoding", "a string or null", encoding_json)

        envelope_json = get("envelope", UNSET)
        envelope: GeoJsonGeometry | None | Unset
        if envelope_json is UNSET:
            envelope = UNSET
        else:
            if isinstance(envelope_json, dict):
                envelope_1: GeoJsonGeometry
                if not isinstance(envelope_json, dict):
                    raise DecodeError("Metadata", "envelope", "an object (GeoJsonGeometry)", envelope_json)
                envelope_1 = GeoJsonGeometry.from_dict(envelope_json)

                envelope = envelope_1
            elif envelope_json is None:
                envelope = None
            else:
                raise DecodeError(
                    "Metadata", "envelope", "an object (GeoJsonGeometry) or null", envelope_json
                )

        events_json = get("events", UNSET)
        events: list[Event] | Unset
        if events_json is UNSET:
            events = UNSET
        else:
            if not isinstance(events_json, list):
                raise DecodeError("Metadata", "events", "an array", events_json)
            events = []
            for events_item in events_json:
                events_value: Event
                if not isinstance(events_item, dict):
                    raise DecodeError("Metadata", "events", "an object (Event)", events_item)
                events_value = Event.from_dict(events_item)

                events.append(events_value)

        feature_attributes_json = get("feature-attributes", UNSET)
        feature_attributes: list[FeatureAttribute] | Unset
        if feature_attributes_json is UNSET:
            feature_attributes = UNSET
        else:
            if not isinstance(feature_attributes_json, list):
                raise DecodeError("Metadata", "feature-attributes", "an array", feature_attributes_json)
            feature_attributes = []
            for feature_attributes_item in feature_attributes_json:
                feature_attributes_value: FeatureAttribute
                if not isinstance(feature_attributes_item, dict):
                    raise DecodeError(
                        "Metadata",
                        "feature-attributes",
                        "an object (FeatureAttribute)",
                        feature_attributes_item,
                    )
                feature_attributes_value = FeatureAttribute.from_dict(feature_attributes_item)

                feature_attributes.append(feature_attributes_value)

        features_json = get("features", UNSET)
        features: int | None | Unset
        if features_json is UNSET:
            features = UNSET
        else:
            if isinstance(features_json, int) and not isinstance(features_json, bool):
                features_1: int
                if not (isinstance(features_json, int) and not isinstance(features_json, bool)):
                    raise DecodeError("Metadata", "features", "an integer", features_json)
                features_1 = features_json

                features = features_1
            elif features_json is None:
                features = None
            else:
                raise DecodeError("Metadata", "features", "an integer or null", features_json)

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
                raise DecodeError("Metadata", "format", "a string or null", format__json)

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
                raise DecodeError("Metadata", "formatVersion", "a string or null", format_version_json)

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
                raise DecodeError("Metadata", "geoContext", "a string or null", geo_context_json)

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
                raise DecodeError("Metadata", "geometry", "a string or null", geometry_json)

        height_json = get("height", UNSET)
        height: int | None | Unset
        if height_json is UNSET:
            height = UNSET
        else:
            if isinstance(height_json, int) and not isinstance(height_json, bool):
                height_1: int
                if not (isinstance(height_json, int) and not isinstance(height_json, bool)):
                    raise DecodeError("Metadata", "height", "an integer", height_json)
                height_1 = height_json

                height = height_1
            elif height_json is None:
                height = None
            else:
                raise DecodeError("Metadata", "height", "an integer or null", height_json)

        keywords_json = get("keywords", UNSET)
        keywords: list[Keyword] | Unset
        if keywords_json is UNSET:
            keywords = UNSET
        else:
            if not isinstance(keywords_json, list):
                raise DecodeError("Metadata", "keywords", "an array", keywords_json)
            keywords = []
            for keywords_item in keywords_json:
                keywords_value: Keyword
                if not isinstance(keywords_item, dict):
                    raise DecodeError("Metadata", "keywords", "an object (Keyword)", keywords_item)
                keywords_value = Keyword.from_dict(keywords_item)

                keywords.append(keywords_value)

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
                raise DecodeError("Metadata", "language", "a string or null", language_json)

        layers_json = get("layers", UNSET)
        layers: list[ServiceLayer] | Unset
        if layers_json is UNSET:
            layers = UNSET
        else:
            if not isinstance(layers_json, list):
                raise DecodeError("Metadata", "layers", "an array", layers_json)
            layers = []
            for layers_item in layers_json:
                layers_value: ServiceLayer
                if not isinstance(layers_item, dict):
                    raise DecodeError("Metadata", "layers", "an object (ServiceLayer)", layers_item)
                layers_value = ServiceLayer.from_dict(layers_item)

                layers.append(layers_value)

        limitations_json = get("limitations", UNSET)
        limitations: list[Limitation] | Unset
        if limitations_json is UNSET:
            limitations = UNSET
        else:
            if not isinstance(limitations_json, list):
                raise DecodeError("Metadata", "limitations", "an array", limitations_json)
            limitations = []
            for limitations_item in limitations_json:
                limitations_value: Limitation
                if not isinstance(limitations_item, dict):
                    raise DecodeError("Metadata", "limitations", "an object (Limitation)", limitations_item)
                limitations_value = Limitation.from_dict(limitations_item)

                limitations.append(limitations_value)

        links_json = get("links", UNSET)
        links: list[Link] | Unset
        if links_json is UNSET:
            links = UNSET
        else:
            if not isinstance(links_json, list):
                raise DecodeError("Metadata", "links", "an array", links_json)
            links = []
            for links_item in links_json:
                links_value: Link
                if not isinstance(links_item, dict):
                    raise DecodeError("Metadata", "links", "an object (Link)", links_item)
                links_value = Link.from_dict(links_item)

                links.append(links_value)

        modified_json = get("modified", UNSET)
        modified: datetime.datetime | None | Unset
        if modified_json is UNSET:
            modified = UNSET
        else:
            if isinstance(modified_json, str):
                modified_1: datetime.datetime
                if not isinstance(modified_json, str):
                    raise DecodeError("Metadata", "modified", "a date-time string", modified_json)
                try:
                    modified_1 = parse_datetime(modified_json)
                except ValueError:
                    raise DecodeError("Metadata", "modified", "a date-time string", modified_json) from None

                modified = modified_1
            elif modified_json is None:
                modified = None
            else:
                raise DecodeError("Metadata", "modified", "a date-time string or null", modified_json)

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
                raise DecodeError("Metadata", "name", "a string or null", name_json)

        operations_json = get("operations", UNSET)
        operations: list[ServiceOperation] | Unset
        if operations_json is UNSET:
            operations = UNSET
        else:
            if not isinstance(operations_json, list):
                raise DecodeError("Metadata", "operations", "an array", operations_json)
            operations = []
            for operations_item in operations_json:
                operations_value: ServiceOperation
                if not isinstance(operations_item, dict):
                    raise DecodeError(
                        "Metadata", "operations", "an object (ServiceOperation)", operations_item
                    )
                operations_value = ServiceOperation.from_dict(operations_item)

                operations.append(operations_value)

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
                raise DecodeError("Metadata", "path", "a string or null", path_json)

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
                raise DecodeError("Metadata", "precision", "a string or null", precision_json)

        published_json = get("published", UNSET)
        published: datetime.datetime | None | Unset
        if published_json is UNSET:
            published = UNSET
        else:
            if isinstance(published_json, str):
                published_1: datetime.datetime
                if not isinstance(published_json, str):
                    raise DecodeError("Metadata", "published", "a date-time string", published_json)
                try:
                    published_1 = parse_datetime(published_json)
                except ValueError:
                    raise DecodeError("Metadata", "published", "a date-time string", published_json) from None

                published = published_1
            elif published_json is None:
                published = None
            else:
                raise DecodeError("Metadata", "published", "a date-time string or null", published_json)

        scale_json = get("scale", UNSET)
        scale: int | None | Unset
        if scale_json is UNSET:
            scale = UNSET
        else:
            if isinstance(scale_json, int) and not isinstance(scale_json, bool):
                scale_1: int
                if not (isinstance(scale_json, int) and not isinstance(scale_json, bool)):
                    raise DecodeError("Metadata", "scale", "an integer", scale_json)
                scale_1 = scale_json

                scale = scale_1
            elif scale_json is None:
                scale = None
            else:
                raise DecodeError("Metadata", "scale", "an integer or null", scale_json)

        series_json = get("series", UNSET)
        series: bool | None | Unset
        if series_json is UNSET:
            series = UNSET
        else:
            if isinstance(series_json, bool):
                series_1: bool
                if not (isinstance(series_json, bool)):
                    raise DecodeError("Metadata", "series", "a boolean", series_json)
                series_1 = series_json

                series = series_1
            elif series_json is None:
                series = None
            else:
                raise DecodeError("Metadata", "series", "a boolean or null", series_json)

        service_layers_json = get("serviceLayers", UNSET)
        service_layers: list[ServiceLayerReference] | Unset
        if service_layers_json is UNSET:
            service_layers = UNSET
        else:
            if not isinstance(service_layers_json, list):
                raise DecodeError("Metadata", "serviceLayers", "an array", service_layers_json)
            service_layers = []
            for service_layers_item in service_layers_json:
                service_layers_value: ServiceLayerReference
                if not isinstance(service_layers_item, dict):
                    raise DecodeError(
                        "Metadata", "serviceLayers", "an object (ServiceLayerReference)", service_layers_item
                    )
                service_layers_value = ServiceLayerReference.from_dict(service_layers_item)

                service_layers.append(service_layers_value)

        specifications_json = get("specifications", UNSET)
        specifications: list[Conformity] | Unset
        if specifications_json is UNSET:
            specifications = UNSET
        else:
            if not isinstance(specifications_json, list):
                raise DecodeError("Metadata", "specifications", "an array", specifications_json)
            specifications = []
            for specifications_item in specifications_json:
                specifications_value: Conformity
                if not isinstance(specifications_item, dict):
                    raise DecodeError(
                        "Metadata", "specifications", "an object (Conformity)", specifications_item
                    )
                specifications_value = Conformity.from_dict(specifications_item)

                specifications.append(specifications_value)

        tags_json = get("tags", UNSET)
        tags: Tags | Unset
        if tags_json is UNSET:
            tags = UNSET
        else:
            if not isinstance(tags_json, dict):
                raise DecodeError("Metadata", "tags", "an object (Tags)", tags_json)
            tags = Tags.from_dict(tags_json)

        thumbnail_url_json = get("thumbnailUrl", UNSET)
        thumbnail_url: None | str | Unset
        if thumbnail_url_json is UNSET:
            thumbnail_url = UNSET
        else:
            if isinstance(thumbnail_url_json, str):
                thumbnail_url_text: None | str = thumbnail_url_json
                thumbnail_url = thumbnail_url_text
            elif thumbnail_url_json is None:
                thumbnail_url = None
            else:
                raise DecodeError("Metadata", "thumbnailUrl", "a string or null", thumbnail_url_json)

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
                raise DecodeError("Metadata", "title", "a string or null", title_json)

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
                    "Metadata", "topologicalConsistency", "a string or null", topological_consistency_json
                )

        translations_json = get("translations", UNSET)
        translations: list[MetadataTranslation] | Unset
        if translations_json is UNSET:
            translations = UNSET
        else:
            if not isinstance(translations_json, list):
                raise DecodeError("Metadata", "translations", "an array", translations_json)
            translations = []
            for translations_item in translations_json:
                translations_value: MetadataTranslation
                if not isinstance(translations_item, dict):
                    raise DecodeError(
                        "Metadata", "translations", "an object (MetadataTranslation)", translations_item
                    )
                translations_value = MetadataTranslation.from_dict(translations_item)

                translations.append(translations_value)

        type__json = get("type", UNSET)
        type_: MetadataType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: MetadataType | str = cast(
                    MetadataType | str, MetadataType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("Metadata", "type", "a MetadataType value or a string", type__json)

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
                raise DecodeError("Metadata", "updateFrequency", "a string or null", update_frequency_json)

        valid_from_json = get("validFrom", UNSET)
        valid_from: datetime.datetime | None | Unset
        if valid_from_json is UNSET:
            valid_from = UNSET
        else:
            if isinstance(valid_from_json, str):
                valid_from_1: datetime.datetime
                if not isinstance(valid_from_json, str):
                    raise DecodeError("Metadata", "validFrom", "a date-time string", valid_from_json)
                try:
                    valid_from_1 = parse_datetime(valid_from_json)
                except ValueError:
                    raise DecodeError(
                        "Metadata", "validFrom", "a date-time string", valid_from_json
                    ) from None

                valid_from = valid_from_1
            elif valid_from_json is None:
                valid_from = None
            else:
                raise DecodeError("Metadata", "validFrom", "a date-time string or null", valid_from_json)

        valid_to_json = get("validTo", UNSET)
        valid_to: datetime.datetime | None | Unset
        if valid_to_json is UNSET:
            valid_to = UNSET
        else:
            if isinstance(valid_to_json, str):
                valid_to_1: datetime.datetime
                if not isinstance(valid_to_json, str):
                    raise DecodeError("Metadata", "validTo", "a date-time string", valid_to_json)
                try:
                    valid_to_1 = parse_datetime(valid_to_json)
                except ValueError:
                    raise DecodeError("Metadata", "validTo", "a date-time string", valid_to_json) from None

                valid_to = valid_to_1
            elif valid_to_json is None:
                valid_to = None
            else:
                raise DecodeError("Metadata", "validTo", "a date-time string or null", valid_to_json)

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
                raise DecodeError("Metadata", "validityComment", "a string or null", validity_comment_json)

        width_json = get("width", UNSET)
        width: int | None | Unset
        if width_json is UNSET:
            width = UNSET
        else:
            if isinstance(width_json, int) and not isinstance(width_json, bool):
                width_1: int
                if not (isinstance(width_json, int) and not isinstance(width_json, bool)):
                    raise DecodeError("Metadata", "width", "an integer", width_json)
                width_1 = width_json

                width = width_1
            elif width_json is None:
                width = None
            else:
                raise DecodeError("Metadata", "width", "an integer or null", width_json)

        metadata = cls(
            sys_id=sys_id,
            sys_created=sys_created,
            sys_modified=sys_modified,
            sys_creator=sys_creator,
            sys_abilities=sys_abilities,
            sys_fields_language=sys_fields_language,
            abstract=abstract,
            bbox=bbox,
            collection_context=collection_context,
            collection_method=collection_method,
            conditions=conditions,
            contacts=contacts,
            context=context,
            coordinate_system=coordinate_system,
            created=created,
            distance=distance,
            edition_profile=edition_profile,
            encoding=encoding,
            envelope=envelope,
            events=events,
            feature_attributes=feature_attributes,
            features=features,
            format_=format_,
            format_version=format_version,
            geo_context=geo_context,
            geometry=geometry,
            height=height,
            keywords=keywords,
            language=language,
            layers=layers,
            limitations=limitations,
            links=links,
            modified=modified,
            name=name,
            operations=operations,
            path=path,
            precision=precision,
            published=published,
            scale=scale,
            series=series,
            service_layers=service_layers,
            specifications=specifications,
            tags=tags,
            thumbnail_url=thumbnail_url,
            title=title,
            topological_consistency=topological_consistency,
            translations=translations,
            type_=type_,
            update_frequency=update_frequency,
            valid_from=valid_from,
            valid_to=valid_to,
            validity_comment=validity_comment,
            width=width,
        )
        metadata.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return metadata

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


from ..models.condition import Condition  # noqa: E402
from ..models.conformity import Conformity  # noqa: E402
from ..models.coordinate_system import CoordinateSystem  # noqa: E402
from ..models.event import Event  # noqa: E402
from ..models.feature_attribute import FeatureAttribute  # noqa: E402
from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: E402
from ..models.keyword import Keyword  # noqa: E402
from ..models.limitation import Limitation  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.metadata_context import MetadataContext  # noqa: E402
from ..models.metadata_translation import MetadataTranslation  # noqa: E402
from ..models.resource_contact import ResourceContact  # noqa: E402
from ..models.service_layer import ServiceLayer  # noqa: E402
from ..models.service_layer_reference import ServiceLayerReference  # noqa: E402
from ..models.service_operation import ServiceOperation  # noqa: E402
from ..models.tags import Tags  # noqa: E402
from ..models.workgroup import Workgroup  # noqa: E402
