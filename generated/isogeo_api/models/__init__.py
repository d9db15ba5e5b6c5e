"""Contains all the data models used in inputs/outputs"""

from .about import About
from .condition import Condition
from .conformity import Conformity
from .contact import Contact
from .contact_association import ContactAssociation
from .contact_create import ContactCreate
from .contact_include import ContactInclude
from .contact_role import ContactRole
from .contact_type import ContactType
from .contact_update import ContactUpdate
from .coordinate_system import CoordinateSystem
from .directive import Directive
from .edition_profile import EditionProfile
from .error import Error
from .error_errors import ErrorErrors
from .event import Event
from .event_kind import EventKind
from .feature_attribute import FeatureAttribute
from .geo_json_geometry import GeoJsonGeometry
from .geo_relation import GeoRelation
from .keyword import Keyword
from .keyword_casing import KeywordCasing
from .keyword_count import KeywordCount
from .lang import Lang
from .license_ import License
from .limitation import Limitation
from .limitation_restriction import LimitationRestriction
from .limitation_type import LimitationType
from .link import Link
from .link_action import LinkAction
from .link_kind import LinkKind
from .link_reference import LinkReference
from .link_type import LinkType
from .metadata import Metadata
from .metadata_context import MetadataContext
from .metadata_include import MetadataInclude
from .metadata_search import MetadataSearch
from .metadata_summary import MetadataSummary
from .metadata_translations_item import MetadataTranslationsItem
from .metadata_type import MetadataType
from .resource_contact import ResourceContact
from .search_order_by import SearchOrderBy
from .search_query import SearchQuery
from .service_layer import ServiceLayer
from .service_layer_reference import ServiceLayerReference
from .service_layer_title import ServiceLayerTitle
from .service_layer_type import ServiceLayerType
from .service_operation import ServiceOperation
from .service_operation_verb import ServiceOperationVerb
from .sort_direction import SortDirection
from .specification import Specification
from .tags import Tags
from .thesaurus import Thesaurus
from .workgroup import Workgroup
from .workgroup_language import WorkgroupLanguage
from .workgroup_limit import WorkgroupLimit
from .workgroup_limits import WorkgroupLimits

__all__ = (
    "About",
    "Condition",
    "Conformity",
    "Contact",
    "ContactAssociation",
    "ContactCreate",
    "ContactInclude",
    "ContactRole",
    "ContactType",
    "ContactUpdate",
    "CoordinateSystem",
    "Directive",
    "EditionProfile",
    "Error",
    "ErrorErrors",
    "Event",
    "EventKind",
    "FeatureAttribute",
    "GeoJsonGeometry",
    "GeoRelation",
    "Keyword",
    "KeywordCasing",
    "KeywordCount",
    "Lang",
    "License",
    "Limitation",
    "LimitationRestriction",
    "LimitationType",
    "Link",
    "LinkAction",
    "LinkKind",
    "LinkReference",
    "LinkType",
    "Metadata",
    "MetadataContext",
    "MetadataInclude",
    "MetadataSearch",
    "MetadataSummary",
    "MetadataTranslationsItem",
    "MetadataType",
    "ResourceContact",
    "SearchOrderBy",
    "SearchQuery",
    "ServiceLayer",
    "ServiceLayerReference",
    "ServiceLayerTitle",
    "ServiceLayerType",
    "ServiceOperation",
    "ServiceOperationVerb",
    "SortDirection",
    "Specification",
    "Tags",
    "Thesaurus",
    "Workgroup",
    "WorkgroupLanguage",
    "WorkgroupLimit",
    "WorkgroupLimits",
)
