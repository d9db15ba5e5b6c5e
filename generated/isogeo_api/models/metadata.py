from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_profile import EditionProfile
from ..models.metadata_type import MetadataType
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
    parse_datetime,
)

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

        sys_creator_raw: Any = _peek_sys_creator(self)
        sys_creator_json: Any
        if sys_creator_raw.__class__ is LazyValue:
            sys_creator_json = sys_creator_raw.value
        else:
            sys_creator: dict[str, Any] | Unset = UNSET
            if not isinstance(sys_creator_raw, Unset):
                sys_creator = sys_creator_raw.to_dict()
            sys_creator_json = sys_creator
        sys_creator = sys_creator_json

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

        conditions_raw: Any = _peek_conditions(self)
        conditions_json: Any
        if conditions_raw.__class__ is LazyValue:
            conditions_json = conditions_raw.value
        else:
            conditions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(conditions_raw, Unset):
                conditions = []
                for conditions_item_data in conditions_raw:
                    conditions_item = conditions_item_data.to_dict()
                    conditions.append(conditions_item)

            conditions_json = conditions
        conditions = conditions_json

        contacts_raw: Any = _peek_contacts(self)
        contacts_json: Any
        if contacts_raw.__class__ is LazyValue:
            contacts_json = contacts_raw.value
        else:
            contacts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(contacts_raw, Unset):
                contacts = []
                for contacts_item_data in contacts_raw:
                    contacts_item = contacts_item_data.to_dict()
                    contacts.append(contacts_item)

            contacts_json = contacts
        contacts = contacts_json

        context_raw: Any = _peek_context(self)
        context_json: Any
        if context_raw.__class__ is LazyValue:
            context_json = context_raw.value
        else:
            context: dict[str, Any] | Unset = UNSET
            if not isinstance(context_raw, Unset):
                context = context_raw.to_dict()
            context_json = context
        context = context_json

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

        events_raw: Any = _peek_events(self)
        events_json: Any
        if events_raw.__class__ is LazyValue:
            events_json = events_raw.value
        else:
            events: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(events_raw, Unset):
                events = []
                for events_item_data in events_raw:
                    events_item = events_item_data.to_dict()
                    events.append(events_item)

            events_json = events
        events = events_json

        feature_attributes_raw: Any = _peek_feature_attributes(self)
        feature_attributes_json: Any
        if feature_attributes_raw.__class__ is LazyValue:
            feature_attributes_json = feature_attributes_raw.value
        else:
            feature_attributes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(feature_attributes_raw, Unset):
                feature_attributes = []
                for feature_attributes_item_data in feature_attributes_raw:
                    feature_attributes_item = feature_attributes_item_data.to_dict()
                    feature_attributes.append(feature_attributes_item)

            feature_attributes_json = feature_attributes
        feature_attributes = feature_attributes_json

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

        keywords_raw: Any = _peek_keywords(self)
        keywords_json: Any
        if keywords_raw.__class__ is LazyValue:
            keywords_json = keywords_raw.value
        else:
            keywords: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(keywords_raw, Unset):
                keywords = []
                for keywords_item_data in keywords_raw:
                    keywords_item = keywords_item_data.to_dict()
                    keywords.append(keywords_item)

            keywords_json = keywords
        keywords = keywords_json

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        layers_raw: Any = _peek_layers(self)
        layers_json: Any
        if layers_raw.__class__ is LazyValue:
            layers_json = layers_raw.value
        else:
            layers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(layers_raw, Unset):
                layers = []
                for layers_item_data in layers_raw:
                    layers_item = layers_item_data.to_dict()
                    layers.append(layers_item)

            layers_json = layers
        layers = layers_json

        limitations_raw: Any = _peek_limitations(self)
        limitations_json: Any
        if limitations_raw.__class__ is LazyValue:
            limitations_json = limitations_raw.value
        else:
            limitations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(limitations_raw, Unset):
                limitations = []
                for limitations_item_data in limitations_raw:
                    limitations_item = limitations_item_data.to_dict()
                    limitations.append(limitations_item)

            limitations_json = limitations
        limitations = limitations_json

        links_raw: Any = _peek_links(self)
        links_json: Any
        if links_raw.__class__ is LazyValue:
            links_json = links_raw.value
        else:
            links: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(links_raw, Unset):
                links = []
                for links_item_data in links_raw:
                    links_item = links_item_data.to_dict()
                    links.append(links_item)

            links_json = links
        links = links_json

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

        operations_raw: Any = _peek_operations(self)
        operations_json: Any
        if operations_raw.__class__ is LazyValue:
            operations_json = operations_raw.value
        else:
            operations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(operations_raw, Unset):
                operations = []
                for operations_item_data in operations_raw:
                    operations_item = operations_item_data.to_dict()
                    operations.append(operations_item)

            operations_json = operations
        operations = operations_json

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

        service_layers_raw: Any = _peek_service_layers(self)
        service_layers_json: Any
        if service_layers_raw.__class__ is LazyValue:
            service_layers_json = service_layers_raw.value
        else:
            service_layers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(service_layers_raw, Unset):
                service_layers = []
                for service_layers_item_data in service_layers_raw:
                    service_layers_item = service_layers_item_data.to_dict()
                    service_layers.append(service_layers_item)

            service_layers_json = service_layers
        service_layers = service_layers_json

        specifications_raw: Any = _peek_specifications(self)
        specifications_json: Any
        if specifications_raw.__class__ is LazyValue:
            specifications_json = specifications_raw.value
        else:
            specifications: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(specifications_raw, Unset):
                specifications = []
                for specifications_item_data in specifications_raw:
                    specifications_item = specifications_item_data.to_dict()
                    specifications.append(specifications_item)

            specifications_json = specifications
        specifications = specifications_json

        tags_raw: Any = _peek_tags(self)
        tags_json: Any
        if tags_raw.__class__ is LazyValue:
            tags_json = tags_raw.value
        else:
            tags: dict[str, Any] | Unset = UNSET
            if not isinstance(tags_raw, Unset):
                tags = tags_raw.to_dict()
            tags_json = tags
        tags = tags_json

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

        translations_raw: Any = _peek_translations(self)
        translations_json: Any
        if translations_raw.__class__ is LazyValue:
            translations_json = translations_raw.value
        else:
            translations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(translations_raw, Unset):
                translations = []
                for translations_item_data in translations_raw:
                    translations_item = translations_item_data.to_dict()
                    translations.append(translations_item)

            translations_json = translations
        translations = translations_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Metadata", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Metadata", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Metadata", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Metadata", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Metadata", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Metadata", "_modified", "a date-time string", sys_modified) from None

        sys_creator = get("_creator", UNSET)
        if sys_creator is not UNSET:
            if sys_creator.__class__ is not dict and not isinstance(sys_creator, dict):
                raise DecodeError("Metadata", "_creator", "an object (Workgroup)", sys_creator)
            sys_creator = (
                _decode_sys_creator(sys_creator) if _context is EAGER else LazyValue(sys_creator, _context)
            )

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Metadata", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Metadata", "_abilities", "an array of a string", sys_abilities_item)

        sys_fields_language = get("_fieldsLanguage", UNSET)
        if (
            sys_fields_language is not UNSET
            and sys_fields_language.__class__ is not str
            and not isinstance(sys_fields_language, str)
        ):
            raise DecodeError("Metadata", "_fieldsLanguage", "a string", sys_fields_language)

        abstract = get("abstract", UNSET)
        if (
            abstract is not UNSET
            and abstract.__class__ is not str
            and abstract is not None
            and not isinstance(abstract, str)
        ):
            raise DecodeError("Metadata", "abstract", "a string or null", abstract)

        bbox = get("bbox", UNSET)
        if bbox is not UNSET:
            if bbox.__class__ is not list and not isinstance(bbox, list):
                raise DecodeError("Metadata", "bbox", "an array", bbox)
            for bbox_item in bbox:
                if (
                    bbox_item.__class__ is not float
                    and bbox_item.__class__ is not int
                    and (not isinstance(bbox_item, (int, float)) or isinstance(bbox_item, bool))
                ):
                    raise DecodeError("Metadata", "bbox", "an array of a number", bbox_item)

        collection_context = get("collectionContext", UNSET)
        if (
            collection_context is not UNSET
            and collection_context.__class__ is not str
            and collection_context is not None
            and not isinstance(collection_context, str)
        ):
            raise DecodeError("Metadata", "collectionContext", "a string or null", collection_context)

        collection_method = get("collectionMethod", UNSET)
        if (
            collection_method is not UNSET
            and collection_method.__class__ is not str
            and collection_method is not None
            and not isinstance(collection_method, str)
        ):
            raise DecodeError("Metadata", "collectionMethod", "a string or null", collection_method)

        conditions = get("conditions", UNSET)
        if conditions is not UNSET:
            if conditions.__class__ is not list and not isinstance(conditions, list):
                raise DecodeError("Metadata", "conditions", "an array", conditions)
            conditions = (
                _decode_conditions(conditions) if _context is EAGER else LazyValue(conditions, _context)
            )

        contacts = get("contacts", UNSET)
        if contacts is not UNSET:
            if contacts.__class__ is not list and not isinstance(contacts, list):
                raise DecodeError("Metadata", "contacts", "an array", contacts)
            contacts = _decode_contacts(contacts) if _context is EAGER else LazyValue(contacts, _context)

        context = get("context", UNSET)
        if context is not UNSET:
            if context.__class__ is not dict and not isinstance(context, dict):
                raise DecodeError("Metadata", "context", "an object (MetadataContext)", context)
            context = _decode_context(context) if _context is EAGER else LazyValue(context, _context)

        coordinate_system = get("coordinate-system", UNSET)
        if coordinate_system is not UNSET:
            if coordinate_system.__class__ is dict or isinstance(coordinate_system, dict):
                coordinate_system = CoordinateSystem.from_dict(coordinate_system)
            elif coordinate_system is None:
                coordinate_system = None
            else:
                raise DecodeError(
                    "Metadata", "coordinate-system", "an object (CoordinateSystem) or null", coordinate_system
                )

        created = get("created", UNSET)
        if created is not UNSET:
            if isinstance(created, str):
                try:
                    created = parse_datetime(created)
                except ValueError:
                    raise DecodeError("Metadata", "created", "a date-time string", created) from None
            elif created is None:
                created = None
            else:
                raise DecodeError("Metadata", "created", "a date-time string or null", created)

        distance = get("distance", UNSET)
        if (
            distance is not UNSET
            and distance.__class__ is not float
            and distance.__class__ is not int
            and distance is not None
            and (not isinstance(distance, (int, float)) or isinstance(distance, bool))
        ):
            raise DecodeError("Metadata", "distance", "a number or null", distance)

        edition_profile = get("editionProfile", UNSET)
        if edition_profile is not UNSET:
            if isinstance(edition_profile, str):
                edition_profile_text: EditionProfile | str = EditionProfile._value2member_map_.get(
                    edition_profile, edition_profile
                )  # type: ignore[assignment]
                edition_profile = edition_profile_text
            else:
                raise DecodeError(
                    "Metadata", "editionProfile", "a EditionProfile value or a string", edition_profile
                )

        encoding = get("encoding", UNSET)
        if (
            encoding is not UNSET
            and encoding.__class__ is not str
            and encoding is not None
            and not isinstance(encoding, str)
        ):
            raise DecodeError("Metadata", "encoding", "a string or null", encoding)

        envelope = get("envelope", UNSET)
        if envelope is not UNSET:
            if envelope.__class__ is dict or isinstance(envelope, dict):
                envelope = GeoJsonGeometry.from_dict(envelope)
            elif envelope is None:
                envelope = None
            else:
                raise DecodeError("Metadata", "envelope", "an object (GeoJsonGeometry) or null", envelope)

        events = get("events", UNSET)
        if events is not UNSET:
            if events.__class__ is not list and not isinstance(events, list):
                raise DecodeError("Metadata", "events", "an array", events)
            events = _decode_events(events) if _context is EAGER else LazyValue(events, _context)

        feature_attributes = get("feature-attributes", UNSET)
        if feature_attributes is not UNSET:
            if feature_attributes.__class__ is not list and not isinstance(feature_attributes, list):
                raise DecodeError("Metadata", "feature-attributes", "an array", feature_attributes)
            feature_attributes = (
                _decode_feature_attributes(feature_attributes)
                if _context is EAGER
                else LazyValue(feature_attributes, _context)
            )

        features = get("features", UNSET)
        if (
            features is not UNSET
            and features.__class__ is not int
            and features is not None
            and (not isinstance(features, int) or isinstance(features, bool))
        ):
            raise DecodeError("Metadata", "features", "an integer or null", features)

        format_ = get("format", UNSET)
        if (
            format_ is not UNSET
            and format_.__class__ is not str
            and format_ is not None
            and not isinstance(format_, str)
        ):
            raise DecodeError("Metadata", "format", "a string or null", format_)

        format_version = get("formatVersion", UNSET)
        if (
            format_version is not UNSET
            and format_version.__class__ is not str
            and format_version is not None
            and not isinstance(format_version, str)
        ):
            raise DecodeError("Metadata", "formatVersion", "a string or null", format_version)

        geo_context = get("geoContext", UNSET)
        if (
            geo_context is not UNSET
            and geo_context.__class__ is not str
            and geo_context is not None
            and not isinstance(geo_context, str)
        ):
            raise DecodeError("Metadata", "geoContext", "a string or null", geo_context)

        geometry = get("geometry", UNSET)
        if (
            geometry is not UNSET
            and geometry.__class__ is not str
            and geometry is not None
            and not isinstance(geometry, str)
        ):
            raise DecodeError("Metadata", "geometry", "a string or null", geometry)

        height = get("height", UNSET)
        if (
            height is not UNSET
            and height.__class__ is not int
            and height is not None
            and (not isinstance(height, int) or isinstance(height, bool))
        ):
            raise DecodeError("Metadata", "height", "an integer or null", height)

        keywords = get("keywords", UNSET)
        if keywords is not UNSET:
            if keywords.__class__ is not list and not isinstance(keywords, list):
                raise DecodeError("Metadata", "keywords", "an array", keywords)
            keywords = _decode_keywords(keywords) if _context is EAGER else LazyValue(keywords, _context)

        language = get("language", UNSET)
        if (
            language is not UNSET
            and language.__class__ is not str
            and language is not None
            and not isinstance(language, str)
        ):
            raise DecodeError("Metadata", "language", "a string or null", language)

        layers = get("layers", UNSET)
        if layers is not UNSET:
            if layers.__class__ is not list and not isinstance(layers, list):
                raise DecodeError("Metadata", "layers", "an array", layers)
            layers = _decode_layers(layers) if _context is EAGER else LazyValue(layers, _context)

        limitations = get("limitations", UNSET)
        if limitations is not UNSET:
            if limitations.__class__ is not list and not isinstance(limitations, list):
                raise DecodeError("Metadata", "limitations", "an array", limitations)
            limitations = (
                _decode_limitations(limitations) if _context is EAGER else LazyValue(limitations, _context)
            )

        links = get("links", UNSET)
        if links is not UNSET:
            if links.__class__ is not list and not isinstance(links, list):
                raise DecodeError("Metadata", "links", "an array", links)
            links = _decode_links(links) if _context is EAGER else LazyValue(links, _context)

        modified = get("modified", UNSET)
        if modified is not UNSET:
            if isinstance(modified, str):
                try:
                    modified = parse_datetime(modified)
                except ValueError:
                    raise DecodeError("Metadata", "modified", "a date-time string", modified) from None
            elif modified is None:
                modified = None
            else:
                raise DecodeError("Metadata", "modified", "a date-time string or null", modified)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and name is not None and not isinstance(name, str):
            raise DecodeError("Metadata", "name", "a string or null", name)

        operations = get("operations", UNSET)
        if operations is not UNSET:
            if operations.__class__ is not list and not isinstance(operations, list):
                raise DecodeError("Metadata", "operations", "an array", operations)
            operations = (
                _decode_operations(operations) if _context is EAGER else LazyValue(operations, _context)
            )

        path = get("path", UNSET)
        if path is not UNSET and path.__class__ is not str and path is not None and not isinstance(path, str):
            raise DecodeError("Metadata", "path", "a string or null", path)

        precision = get("precision", UNSET)
        if (
            precision is not UNSET
            and precision.__class__ is not str
            and precision is not None
            and not isinstance(precision, str)
        ):
            raise DecodeError("Metadata", "precision", "a string or null", precision)

        published = get("published", UNSET)
        if published is not UNSET:
            if isinstance(published, str):
                try:
                    published = parse_datetime(published)
                except ValueError:
                    raise DecodeError("Metadata", "published", "a date-time string", published) from None
            elif published is None:
                published = None
            else:
                raise DecodeError("Metadata", "published", "a date-time string or null", published)

        scale = get("scale", UNSET)
        if (
            scale is not UNSET
            and scale.__class__ is not int
            and scale is not None
            and (not isinstance(scale, int) or isinstance(scale, bool))
        ):
            raise DecodeError("Metadata", "scale", "an integer or null", scale)

        series = get("series", UNSET)
        if series is not UNSET and series is not True and series is not False and series is not None:
            raise DecodeError("Metadata", "series", "a boolean or null", series)

        service_layers = get("serviceLayers", UNSET)
        if service_layers is not UNSET:
            if service_layers.__class__ is not list and not isinstance(service_layers, list):
                raise DecodeError("Metadata", "serviceLayers", "an array", service_layers)
            service_layers = (
                _decode_service_layers(service_layers)
                if _context is EAGER
                else LazyValue(service_layers, _context)
            )

        specifications = get("specifications", UNSET)
        if specifications is not UNSET:
            if specifications.__class__ is not list and not isinstance(specifications, list):
                raise DecodeError("Metadata", "specifications", "an array", specifications)
            specifications = (
                _decode_specifications(specifications)
                if _context is EAGER
                else LazyValue(specifications, _context)
            )

        tags = get("tags", UNSET)
        if tags is not UNSET:
            if tags.__class__ is not dict and not isinstance(tags, dict):
                raise DecodeError("Metadata", "tags", "an object (Tags)", tags)
            tags = _decode_tags(tags) if _context is EAGER else LazyValue(tags, _context)

        thumbnail_url = get("thumbnailUrl", UNSET)
        if (
            thumbnail_url is not UNSET
            and thumbnail_url.__class__ is not str
            and thumbnail_url is not None
            and not isinstance(thumbnail_url, str)
        ):
            raise DecodeError("Metadata", "thumbnailUrl", "a string or null", thumbnail_url)

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("Metadata", "title", "a string or null", title)

        topological_consistency = get("topologicalConsistency", UNSET)
        if (
            topological_consistency is not UNSET
            and topological_consistency.__class__ is not str
            and topological_consistency is not None
            and not isinstance(topological_consistency, str)
        ):
            raise DecodeError(
                "Metadata", "topologicalConsistency", "a string or null", topological_consistency
            )

        translations = get("translations", UNSET)
        if translations is not UNSET:
            if translations.__class__ is not list and not isinstance(translations, list):
                raise DecodeError("Metadata", "translations", "an array", translations)
            translations = (
                _decode_translations(translations) if _context is EAGER else LazyValue(translations, _context)
            )

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: MetadataType | str = MetadataType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("Metadata", "type", "a MetadataType value or a string", type_)

        update_frequency = get("updateFrequency", UNSET)
        if (
            update_frequency is not UNSET
            and update_frequency.__class__ is not str
            and update_frequency is not None
            and not isinstance(update_frequency, str)
        ):
            raise DecodeError("Metadata", "updateFrequency", "a string or null", update_frequency)

        valid_from = get("validFrom", UNSET)
        if valid_from is not UNSET:
            if isinstance(valid_from, str):
                try:
                    valid_from = parse_datetime(valid_from)
                except ValueError:
                    raise DecodeError("Metadata", "validFrom", "a date-time string", valid_from) from None
            elif valid_from is None:
                valid_from = None
            else:
                raise DecodeError("Metadata", "validFrom", "a date-time string or null", valid_from)

        valid_to = get("validTo", UNSET)
        if valid_to is not UNSET:
            if isinstance(valid_to, str):
                try:
                    valid_to = parse_datetime(valid_to)
                except ValueError:
                    raise DecodeError("Metadata", "validTo", "a date-time string", valid_to) from None
            elif valid_to is None:
                valid_to = None
            else:
                raise DecodeError("Metadata", "validTo", "a date-time string or null", valid_to)

        validity_comment = get("validityComment", UNSET)
        if (
            validity_comment is not UNSET
            and validity_comment.__class__ is not str
            and validity_comment is not None
            and not isinstance(validity_comment, str)
        ):
            raise DecodeError("Metadata", "validityComment", "a string or null", validity_comment)

        width = get("width", UNSET)
        if (
            width is not UNSET
            and width.__class__ is not int
            and width is not None
            and (not isinstance(width, int) or isinstance(width, bool))
        ):
            raise DecodeError("Metadata", "width", "an integer or null", width)

        if cls is Metadata:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _store_sys_creator(_model, sys_creator)
            _model.sys_abilities = sys_abilities
            _model.sys_fields_language = sys_fields_language
            _model.abstract = abstract
            _model.bbox = bbox
            _model.collection_context = collection_context
            _model.collection_method = collection_method
            _store_conditions(_model, conditions)
            _store_contacts(_model, contacts)
            _store_context(_model, context)
            _model.coordinate_system = coordinate_system
            _model.created = created
            _model.distance = distance
            _model.edition_profile = edition_profile
            _model.encoding = encoding
            _model.envelope = envelope
            _store_events(_model, events)
            _store_feature_attributes(_model, feature_attributes)
            _model.features = features
            _model.format_ = format_
            _model.format_version = format_version
            _model.geo_context = geo_context
            _model.geometry = geometry
            _model.height = height
            _store_keywords(_model, keywords)
            _model.language = language
            _store_layers(_model, layers)
            _store_limitations(_model, limitations)
            _store_links(_model, links)
            _model.modified = modified
            _model.name = name
            _store_operations(_model, operations)
            _model.path = path
            _model.precision = precision
            _model.published = published
            _model.scale = scale
            _model.series = series
            _store_service_layers(_model, service_layers)
            _store_specifications(_model, specifications)
            _store_tags(_model, tags)
            _model.thumbnail_url = thumbnail_url
            _model.title = title
            _model.topological_consistency = topological_consistency
            _store_translations(_model, translations)
            _model.type_ = type_
            _model.update_frequency = update_frequency
            _model.valid_from = valid_from
            _model.valid_to = valid_to
            _model.validity_comment = validity_comment
            _model.width = width
        else:
            _model = cls(
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


def _decode_sys_creator(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Metadata", "_creator", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


def _decode_conditions(value: Any) -> list[Condition]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "conditions", "an array", value)
    decoded = [
        Condition.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "conditions", "an object (Condition)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_contacts(value: Any) -> list[ResourceContact]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "contacts", "an array", value)
    decoded = [
        ResourceContact.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "contacts", "an object (ResourceContact)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_context(value: Any) -> MetadataContext:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Metadata", "context", "an object (MetadataContext)", value)
    decoded = MetadataContext.from_dict(value)

    return decoded


def _decode_events(value: Any) -> list[Event]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "events", "an array", value)
    decoded = [
        Event.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "events", "an object (Event)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_feature_attributes(value: Any) -> list[FeatureAttribute]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "feature-attributes", "an array", value)
    decoded = [
        FeatureAttribute.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "feature-attributes", "an object (FeatureAttribute)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_keywords(value: Any) -> list[Keyword]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "keywords", "an array", value)
    decoded = [
        Keyword.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "keywords", "an object (Keyword)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_layers(value: Any) -> list[ServiceLayer]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "layers", "an array", value)
    decoded = [
        ServiceLayer.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "layers", "an object (ServiceLayer)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_limitations(value: Any) -> list[Limitation]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "limitations", "an array", value)
    decoded = [
        Limitation.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "limitations", "an object (Limitation)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_links(value: Any) -> list[Link]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "links", "an array", value)
    decoded = [
        Link.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "links", "an object (Link)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_operations(value: Any) -> list[ServiceOperation]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "operations", "an array", value)
    decoded = [
        ServiceOperation.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "operations", "an object (ServiceOperation)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_service_layers(value: Any) -> list[ServiceLayerReference]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "serviceLayers", "an array", value)
    decoded = [
        ServiceLayerReference.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "serviceLayers", "an object (ServiceLayerReference)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_specifications(value: Any) -> list[Conformity]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "specifications", "an array", value)
    decoded = [
        Conformity.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "specifications", "an object (Conformity)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_tags(value: Any) -> Tags:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Metadata", "tags", "an object (Tags)", value)
    decoded = Tags.from_dict(value)

    return decoded


def _decode_translations(value: Any) -> list[MetadataTranslation]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Metadata", "translations", "an array", value)
    decoded = [
        MetadataTranslation.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Metadata", "translations", "an object (MetadataTranslation)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_sys_creator: Any = Metadata.__dict__["sys_creator"].__get__
_store_sys_creator: Any = Metadata.__dict__["sys_creator"].__set__
_peek_conditions: Any = Metadata.__dict__["conditions"].__get__
_store_conditions: Any = Metadata.__dict__["conditions"].__set__
_peek_contacts: Any = Metadata.__dict__["contacts"].__get__
_store_contacts: Any = Metadata.__dict__["contacts"].__set__
_peek_context: Any = Metadata.__dict__["context"].__get__
_store_context: Any = Metadata.__dict__["context"].__set__
_peek_events: Any = Metadata.__dict__["events"].__get__
_store_events: Any = Metadata.__dict__["events"].__set__
_peek_feature_attributes: Any = Metadata.__dict__["feature_attributes"].__get__
_store_feature_attributes: Any = Metadata.__dict__["feature_attributes"].__set__
_peek_keywords: Any = Metadata.__dict__["keywords"].__get__
_store_keywords: Any = Metadata.__dict__["keywords"].__set__
_peek_layers: Any = Metadata.__dict__["layers"].__get__
_store_layers: Any = Metadata.__dict__["layers"].__set__
_peek_limitations: Any = Metadata.__dict__["limitations"].__get__
_store_limitations: Any = Metadata.__dict__["limitations"].__set__
_peek_links: Any = Metadata.__dict__["links"].__get__
_store_links: Any = Metadata.__dict__["links"].__set__
_peek_operations: Any = Metadata.__dict__["operations"].__get__
_store_operations: Any = Metadata.__dict__["operations"].__set__
_peek_service_layers: Any = Metadata.__dict__["service_layers"].__get__
_store_service_layers: Any = Metadata.__dict__["service_layers"].__set__
_peek_specifications: Any = Metadata.__dict__["specifications"].__get__
_store_specifications: Any = Metadata.__dict__["specifications"].__set__
_peek_tags: Any = Metadata.__dict__["tags"].__get__
_store_tags: Any = Metadata.__dict__["tags"].__set__
_peek_translations: Any = Metadata.__dict__["translations"].__get__
_store_translations: Any = Metadata.__dict__["translations"].__set__
lazy_fields(
    Metadata,
    {
        "sys_creator": _decode_sys_creator,
        "conditions": _decode_conditions,
        "contacts": _decode_contacts,
        "context": _decode_context,
        "events": _decode_events,
        "feature_attributes": _decode_feature_attributes,
        "keywords": _decode_keywords,
        "layers": _decode_layers,
        "limitations": _decode_limitations,
        "links": _decode_links,
        "operations": _decode_operations,
        "service_layers": _decode_service_layers,
        "specifications": _decode_specifications,
        "tags": _decode_tags,
        "translations": _decode_translations,
    },
)


if not TYPE_CHECKING:
    Condition = LazyModel(globals(), "Condition", "..models.condition")
    Conformity = LazyModel(globals(), "Conformity", "..models.conformity")
    CoordinateSystem = LazyModel(globals(), "CoordinateSystem", "..models.coordinate_system")
    Event = LazyModel(globals(), "Event", "..models.event")
    FeatureAttribute = LazyModel(globals(), "FeatureAttribute", "..models.feature_attribute")
    GeoJsonGeometry = LazyModel(globals(), "GeoJsonGeometry", "..models.geo_json_geometry")
    Keyword = LazyModel(globals(), "Keyword", "..models.keyword")
    Limitation = LazyModel(globals(), "Limitation", "..models.limitation")
    Link = LazyModel(globals(), "Link", "..models.link")
    MetadataContext = LazyModel(globals(), "MetadataContext", "..models.metadata_context")
    MetadataTranslation = LazyModel(globals(), "MetadataTranslation", "..models.metadata_translation")
    ResourceContact = LazyModel(globals(), "ResourceContact", "..models.resource_contact")
    ServiceLayer = LazyModel(globals(), "ServiceLayer", "..models.service_layer")
    ServiceLayerReference = LazyModel(globals(), "ServiceLayerReference", "..models.service_layer_reference")
    ServiceOperation = LazyModel(globals(), "ServiceOperation", "..models.service_operation")
    Tags = LazyModel(globals(), "Tags", "..models.tags")
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
