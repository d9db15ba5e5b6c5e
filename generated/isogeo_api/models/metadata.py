from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_profile import EditionProfile
from ..models.metadata_type import MetadataType
from ..types import UNSET, Unset

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
    Decision (C6): an object, not the array the 2019 OpenAPI file declared.
     """
    thumbnail_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    topological_consistency: None | str | Unset = UNSET
    translations: list[MetadataTranslation] | Unset = UNSET
    """ The title and abstract of a multilingual workgroup's metadata in each language it has
    (`_include=translations`); empty for other metadata. The official SDK's tests read `languageCode`, `title` and
    `abstract` of each item (isogeo-pysdk 3.10.0, `tests/test_metadatas_vector.py`, `tests/test_search.py`). """
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
        from ..models.condition import Condition  # noqa: PLC0415
        from ..models.conformity import Conformity  # noqa: PLC0415
        from ..models.coordinate_system import CoordinateSystem  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415
        from ..models.feature_attribute import FeatureAttribute  # noqa: PLC0415
        from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: PLC0415
        from ..models.keyword import Keyword  # noqa: PLC0415
        from ..models.limitation import Limitation  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.metadata_context import MetadataContext  # noqa: PLC0415
        from ..models.metadata_translation import MetadataTranslation  # noqa: PLC0415
        from ..models.resource_contact import ResourceContact  # noqa: PLC0415
        from ..models.service_layer import ServiceLayer  # noqa: PLC0415
        from ..models.service_layer_reference import ServiceLayerReference  # noqa: PLC0415
        from ..models.service_operation import ServiceOperation  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        _sys_created = d.pop("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if isinstance(_sys_created, Unset):
            sys_created = UNSET
        else:
            sys_created = datetime.datetime.fromisoformat(_sys_created)

        _sys_modified = d.pop("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if isinstance(_sys_modified, Unset):
            sys_modified = UNSET
        else:
            sys_modified = datetime.datetime.fromisoformat(_sys_modified)

        _sys_creator = d.pop("_creator", UNSET)
        sys_creator: Workgroup | Unset
        if isinstance(_sys_creator, Unset):
            sys_creator = UNSET
        else:
            sys_creator = Workgroup.from_dict(_sys_creator)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        sys_fields_language = d.pop("_fieldsLanguage", UNSET)

        def _parse_abstract(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abstract = _parse_abstract(d.pop("abstract", UNSET))

        bbox = cast(list[float], d.pop("bbox", UNSET))

        def _parse_collection_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_context = _parse_collection_context(d.pop("collectionContext", UNSET))

        def _parse_collection_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_method = _parse_collection_method(d.pop("collectionMethod", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: list[Condition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = Condition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ResourceContact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ResourceContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _context = d.pop("context", UNSET)
        context: MetadataContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MetadataContext.from_dict(_context)

        def _parse_coordinate_system(data: object) -> CoordinateSystem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinate_system_type_0 = CoordinateSystem.from_dict(data)

                return coordinate_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoordinateSystem | None | Unset, data)

        coordinate_system = _parse_coordinate_system(d.pop("coordinate-system", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_distance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distance = _parse_distance(d.pop("distance", UNSET))

        def _parse_edition_profile(data: object) -> EditionProfile | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_edition_profile_value_type_0 = EditionProfile(data)

                return componentsschemas_edition_profile_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EditionProfile | str | Unset, data)

        edition_profile = _parse_edition_profile(d.pop("editionProfile", UNSET))

        def _parse_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        def _parse_envelope(data: object) -> GeoJsonGeometry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                envelope_type_0 = GeoJsonGeometry.from_dict(data)

                return envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoJsonGeometry | None | Unset, data)

        envelope = _parse_envelope(d.pop("envelope", UNSET))

        _events = d.pop("events", UNSET)
        events: list[Event] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = Event.from_dict(events_item_data)

                events.append(events_item)

        _feature_attributes = d.pop("feature-attributes", UNSET)
        feature_attributes: list[FeatureAttribute] | Unset = UNSET
        if _feature_attributes is not UNSET:
            feature_attributes = []
            for feature_attributes_item_data in _feature_attributes:
                feature_attributes_item = FeatureAttribute.from_dict(feature_attributes_item_data)

                feature_attributes.append(feature_attributes_item)

        def _parse_features(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_format_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_version = _parse_format_version(d.pop("formatVersion", UNSET))

        def _parse_geo_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geo_context = _parse_geo_context(d.pop("geoContext", UNSET))

        def _parse_geometry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geometry = _parse_geometry(d.pop("geometry", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        _keywords = d.pop("keywords", UNSET)
        keywords: list[Keyword] | Unset = UNSET
        if _keywords is not UNSET:
            keywords = []
            for keywords_item_data in _keywords:
                keywords_item = Keyword.from_dict(keywords_item_data)

                keywords.append(keywords_item)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _layers = d.pop("layers", UNSET)
        layers: list[ServiceLayer] | Unset = UNSET
        if _layers is not UNSET:
            layers = []
            for layers_item_data in _layers:
                layers_item = ServiceLayer.from_dict(layers_item_data)

                layers.append(layers_item)

        _limitations = d.pop("limitations", UNSET)
        limitations: list[Limitation] | Unset = UNSET
        if _limitations is not UNSET:
            limitations = []
            for limitations_item_data in _limitations:
                limitations_item = Limitation.from_dict(limitations_item_data)

                limitations.append(limitations_item)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        def _parse_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _operations = d.pop("operations", UNSET)
        operations: list[ServiceOperation] | Unset = UNSET
        if _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                operations_item = ServiceOperation.from_dict(operations_item_data)

                operations.append(operations_item)

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_precision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

        def _parse_published(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_type_0 = datetime.datetime.fromisoformat(data)

                return published_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        def _parse_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        def _parse_series(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        series = _parse_series(d.pop("series", UNSET))

        _service_layers = d.pop("serviceLayers", UNSET)
        service_layers: list[ServiceLayerReference] | Unset = UNSET
        if _service_layers is not UNSET:
            service_layers = []
            for service_layers_item_data in _service_layers:
                service_layers_item = ServiceLayerReference.from_dict(service_layers_item_data)

                service_layers.append(service_layers_item)

        _specifications = d.pop("specifications", UNSET)
        specifications: list[Conformity] | Unset = UNSET
        if _specifications is not UNSET:
            specifications = []
            for specifications_item_data in _specifications:
                specifications_item = Conformity.from_dict(specifications_item_data)

                specifications.append(specifications_item)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_topological_consistency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topological_consistency = _parse_topological_consistency(d.pop("topologicalConsistency", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: list[MetadataTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = MetadataTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        def _parse_type_(data: object) -> MetadataType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_metadata_type_value_type_0 = MetadataType(data)

                return componentsschemas_metadata_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_update_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_frequency = _parse_update_frequency(d.pop("updateFrequency", UNSET))

        def _parse_valid_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.datetime.fromisoformat(data)

                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_from = _parse_valid_from(d.pop("validFrom", UNSET))

        def _parse_valid_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.datetime.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("validTo", UNSET))

        def _parse_validity_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validity_comment = _parse_validity_comment(d.pop("validityComment", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

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

        metadata.additional_properties = d
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
