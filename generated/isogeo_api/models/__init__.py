"""Contains all the data models used in inputs/outputs"""

from .about import About
from .api_error import ApiError
from .api_error_errors import ApiErrorErrors
from .application import Application
from .application_include import ApplicationInclude
from .application_kind import ApplicationKind
from .application_type import ApplicationType
from .application_write import ApplicationWrite
from .bulk_action import BulkAction
from .bulk_ignore_reason import BulkIgnoreReason
from .bulk_ignored import BulkIgnored
from .bulk_query import BulkQuery
from .bulk_report import BulkReport
from .bulk_report_request import BulkReportRequest
from .bulk_report_request_model_item import BulkReportRequestModelItem
from .bulk_request import BulkRequest
from .bulk_request_model_item import BulkRequestModelItem
from .bulk_target import BulkTarget
from .catalog import Catalog
from .catalog_include import CatalogInclude
from .catalog_statistics_tag import CatalogStatisticsTag
from .catalog_write import CatalogWrite
from .condition import Condition
from .condition_create import ConditionCreate
from .conformity import Conformity
from .conformity_write import ConformityWrite
from .contact import Contact
from .contact_association import ContactAssociation
from .contact_create import ContactCreate
from .contact_include import ContactInclude
from .contact_role import ContactRole
from .contact_type import ContactType
from .contact_update import ContactUpdate
from .coordinate_system import CoordinateSystem
from .coordinate_system_alias import CoordinateSystemAlias
from .coordinate_system_write import CoordinateSystemWrite
from .datasource import Datasource
from .datasource_create import DatasourceCreate
from .datasource_session import DatasourceSession
from .datasource_update import DatasourceUpdate
from .directive import Directive
from .edition_profile import EditionProfile
from .event import Event
from .event_create import EventCreate
from .event_kind import EventKind
from .event_update import EventUpdate
from .feature_attribute import FeatureAttribute
from .feature_attribute_write import FeatureAttributeWrite
from .format_ import Format
from .format_summary import FormatSummary
from .format_write import FormatWrite
from .geo_json_geometry import GeoJsonGeometry
from .geo_relation import GeoRelation
from .invitation import Invitation
from .invitation_create import InvitationCreate
from .invitation_update import InvitationUpdate
from .keyword import Keyword
from .keyword_casing import KeywordCasing
from .keyword_count import KeywordCount
from .keyword_create import KeywordCreate
from .keyword_include import KeywordInclude
from .keyword_order_by import KeywordOrderBy
from .keyword_search import KeywordSearch
from .lang import Lang
from .license_ import License
from .license_include import LicenseInclude
from .license_write import LicenseWrite
from .limitation import Limitation
from .limitation_restriction import LimitationRestriction
from .limitation_type import LimitationType
from .limitation_write import LimitationWrite
from .link import Link
from .link_action import LinkAction
from .link_kind import LinkKind
from .link_kind_description import LinkKindDescription
from .link_reference import LinkReference
from .link_type import LinkType
from .link_upload import LinkUpload
from .link_write import LinkWrite
from .mailchimp import Mailchimp
from .mailchimp_preferences import MailchimpPreferences
from .membership import Membership
from .metadata import Metadata
from .metadata_context import MetadataContext
from .metadata_create import MetadataCreate
from .metadata_include import MetadataInclude
from .metadata_search import MetadataSearch
from .metadata_summary import MetadataSummary
from .metadata_translation import MetadataTranslation
from .metadata_type import MetadataType
from .metadata_type_filter import MetadataTypeFilter
from .metadata_update import MetadataUpdate
from .newsletter_name import NewsletterName
from .newsletter_preference import NewsletterPreference
from .newsletter_subscription import NewsletterSubscription
from .resource_contact import ResourceContact
from .search_order_by import SearchOrderBy
from .search_query import SearchQuery
from .service_layer import ServiceLayer
from .service_layer_create import ServiceLayerCreate
from .service_layer_reference import ServiceLayerReference
from .service_layer_target_dataset import ServiceLayerTargetDataset
from .service_layer_title import ServiceLayerTitle
from .service_layer_type import ServiceLayerType
from .service_layer_update import ServiceLayerUpdate
from .service_operation import ServiceOperation
from .service_operation_create import ServiceOperationCreate
from .service_operation_verb import ServiceOperationVerb
from .session_status import SessionStatus
from .share import Share
from .share_include import ShareInclude
from .share_right import ShareRight
from .share_type import ShareType
from .share_write import ShareWrite
from .sort_direction import SortDirection
from .specification import Specification
from .specification_include import SpecificationInclude
from .specification_write import SpecificationWrite
from .statistics import Statistics
from .tags import Tags
from .thesaurus import Thesaurus
from .thesaurus_code import ThesaurusCode
from .thesaurus_include import ThesaurusInclude
from .user import User
from .user_include import UserInclude
from .user_role import UserRole
from .user_write import UserWrite
from .workgroup import Workgroup
from .workgroup_create import WorkgroupCreate
from .workgroup_include import WorkgroupInclude
from .workgroup_keyword_order_by import WorkgroupKeywordOrderBy
from .workgroup_language import WorkgroupLanguage
from .workgroup_limit import WorkgroupLimit
from .workgroup_limits import WorkgroupLimits
from .workgroup_statistics_tag import WorkgroupStatisticsTag
from .workgroup_update import WorkgroupUpdate

__all__ = (
    "About",
    "ApiError",
    "ApiErrorErrors",
    "Application",
    "ApplicationInclude",
    "ApplicationKind",
    "ApplicationType",
    "ApplicationWrite",
    "BulkAction",
    "BulkIgnored",
    "BulkIgnoreReason",
    "BulkQuery",
    "BulkReport",
    "BulkReportRequest",
    "BulkReportRequestModelItem",
    "BulkRequest",
    "BulkRequestModelItem",
    "BulkTarget",
    "Catalog",
    "CatalogInclude",
    "CatalogStatisticsTag",
    "CatalogWrite",
    "Condition",
    "ConditionCreate",
    "Conformity",
    "ConformityWrite",
    "Contact",
    "ContactAssociation",
    "ContactCreate",
    "ContactInclude",
    "ContactRole",
    "ContactType",
    "ContactUpdate",
    "CoordinateSystem",
    "CoordinateSystemAlias",
    "CoordinateSystemWrite",
    "Datasource",
    "DatasourceCreate",
    "DatasourceSession",
    "DatasourceUpdate",
    "Directive",
    "EditionProfile",
    "Event",
    "EventCreate",
    "EventKind",
    "EventUpdate",
    "FeatureAttribute",
    "FeatureAttributeWrite",
    "Format",
    "FormatSummary",
    "FormatWrite",
    "GeoJsonGeometry",
    "GeoRelation",
    "Invitation",
    "InvitationCreate",
    "InvitationUpdate",
    "Keyword",
    "KeywordCasing",
    "KeywordCount",
    "KeywordCreate",
    "KeywordInclude",
    "KeywordOrderBy",
    "KeywordSearch",
    "Lang",
    "License",
    "LicenseInclude",
    "LicenseWrite",
    "Limitation",
    "LimitationRestriction",
    "LimitationType",
    "LimitationWrite",
    "Link",
    "LinkAction",
    "LinkKind",
    "LinkKindDescription",
    "LinkReference",
    "LinkType",
    "LinkUpload",
    "LinkWrite",
    "Mailchimp",
    "MailchimpPreferences",
    "Membership",
    "Metadata",
    "MetadataContext",
    "MetadataCreate",
    "MetadataInclude",
    "MetadataSearch",
    "MetadataSummary",
    "MetadataTranslation",
    "MetadataType",
    "MetadataTypeFilter",
    "MetadataUpdate",
    "NewsletterName",
    "NewsletterPreference",
    "NewsletterSubscription",
    "ResourceContact",
    "SearchOrderBy",
    "SearchQuery",
    "ServiceLayer",
    "ServiceLayerCreate",
    "ServiceLayerReference",
    "ServiceLayerTargetDataset",
    "ServiceLayerTitle",
    "ServiceLayerType",
    "ServiceLayerUpdate",
    "ServiceOperation",
    "ServiceOperationCreate",
    "ServiceOperationVerb",
    "SessionStatus",
    "Share",
    "ShareInclude",
    "ShareRight",
    "ShareType",
    "ShareWrite",
    "SortDirection",
    "Specification",
    "SpecificationInclude",
    "SpecificationWrite",
    "Statistics",
    "Tags",
    "Thesaurus",
    "ThesaurusCode",
    "ThesaurusInclude",
    "User",
    "UserInclude",
    "UserRole",
    "UserWrite",
    "Workgroup",
    "WorkgroupCreate",
    "WorkgroupInclude",
    "WorkgroupKeywordOrderBy",
    "WorkgroupLanguage",
    "WorkgroupLimit",
    "WorkgroupLimits",
    "WorkgroupStatisticsTag",
    "WorkgroupUpdate",
)
