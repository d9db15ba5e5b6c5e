"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "About": ".about",
    "ApiError": ".api_error",
    "ApiErrorErrors": ".api_error_errors",
    "Application": ".application",
    "ApplicationInclude": ".application_include",
    "ApplicationKind": ".application_kind",
    "ApplicationType": ".application_type",
    "ApplicationWrite": ".application_write",
    "BulkAction": ".bulk_action",
    "BulkIgnoreReason": ".bulk_ignore_reason",
    "BulkIgnored": ".bulk_ignored",
    "BulkQuery": ".bulk_query",
    "BulkReport": ".bulk_report",
    "BulkReportRequest": ".bulk_report_request",
    "BulkReportRequestModelItem": ".bulk_report_request_model_item",
    "BulkRequest": ".bulk_request",
    "BulkRequestModelItem": ".bulk_request_model_item",
    "BulkTarget": ".bulk_target",
    "Catalog": ".catalog",
    "CatalogInclude": ".catalog_include",
    "CatalogStatisticsTag": ".catalog_statistics_tag",
    "CatalogWrite": ".catalog_write",
    "Condition": ".condition",
    "ConditionCreate": ".condition_create",
    "Conformity": ".conformity",
    "ConformityWrite": ".conformity_write",
    "Contact": ".contact",
    "ContactAssociation": ".contact_association",
    "ContactCreate": ".contact_create",
    "ContactInclude": ".contact_include",
    "ContactRole": ".contact_role",
    "ContactType": ".contact_type",
    "ContactUpdate": ".contact_update",
    "CoordinateSystem": ".coordinate_system",
    "CoordinateSystemAlias": ".coordinate_system_alias",
    "CoordinateSystemWrite": ".coordinate_system_write",
    "Datasource": ".datasource",
    "DatasourceCreate": ".datasource_create",
    "DatasourceSession": ".datasource_session",
    "DatasourceUpdate": ".datasource_update",
    "Directive": ".directive",
    "EditionProfile": ".edition_profile",
    "Event": ".event",
    "EventCreate": ".event_create",
    "EventKind": ".event_kind",
    "EventUpdate": ".event_update",
    "FeatureAttribute": ".feature_attribute",
    "FeatureAttributeWrite": ".feature_attribute_write",
    "Format": ".format_",
    "FormatSummary": ".format_summary",
    "FormatWrite": ".format_write",
    "GeoJsonGeometry": ".geo_json_geometry",
    "GeoRelation": ".geo_relation",
    "Invitation": ".invitation",
    "InvitationCreate": ".invitation_create",
    "InvitationUpdate": ".invitation_update",
    "Keyword": ".keyword",
    "KeywordCasing": ".keyword_casing",
    "KeywordCount": ".keyword_count",
    "KeywordCreate": ".keyword_create",
    "KeywordInclude": ".keyword_include",
    "KeywordOrderBy": ".keyword_order_by",
    "KeywordSearch": ".keyword_search",
    "Lang": ".lang",
    "License": ".license_",
    "LicenseInclude": ".license_include",
    "LicenseWrite": ".license_write",
    "Limitation": ".limitation",
    "LimitationRestriction": ".limitation_restriction",
    "LimitationType": ".limitation_type",
    "LimitationWrite": ".limitation_write",
    "Link": ".link",
    "LinkAction": ".link_action",
    "LinkKind": ".link_kind",
    "LinkKindDescription": ".link_kind_description",
    "LinkReference": ".link_reference",
    "LinkType": ".link_type",
    "LinkUpload": ".link_upload",
    "LinkWrite": ".link_write",
    "Mailchimp": ".mailchimp",
    "MailchimpPreferences": ".mailchimp_preferences",
    "Membership": ".membership",
    "Metadata": ".metadata",
    "MetadataContext": ".metadata_context",
    "MetadataCreate": ".metadata_create",
    "MetadataInclude": ".metadata_include",
    "MetadataSearch": ".metadata_search",
    "MetadataSummary": ".metadata_summary",
    "MetadataTranslation": ".metadata_translation",
    "MetadataType": ".metadata_type",
    "MetadataTypeFilter": ".metadata_type_filter",
    "MetadataUpdate": ".metadata_update",
    "NewsletterName": ".newsletter_name",
    "NewsletterPreference": ".newsletter_preference",
    "NewsletterSubscription": ".newsletter_subscription",
    "ResourceContact": ".resource_contact",
    "SearchOrderBy": ".search_order_by",
    "SearchQuery": ".search_query",
    "ServiceLayer": ".service_layer",
    "ServiceLayerCreate": ".service_layer_create",
    "ServiceLayerReference": ".service_layer_reference",
    "ServiceLayerTargetDataset": ".service_layer_target_dataset",
    "ServiceLayerTitle": ".service_layer_title",
    "ServiceLayerType": ".service_layer_type",
    "ServiceLayerUpdate": ".service_layer_update",
    "ServiceOperation": ".service_operation",
    "ServiceOperationCreate": ".service_operation_create",
    "ServiceOperationVerb": ".service_operation_verb",
    "SessionStatus": ".session_status",
    "Share": ".share",
    "ShareInclude": ".share_include",
    "ShareRight": ".share_right",
    "ShareType": ".share_type",
    "ShareWrite": ".share_write",
    "SortDirection": ".sort_direction",
    "Specification": ".specification",
    "SpecificationInclude": ".specification_include",
    "SpecificationWrite": ".specification_write",
    "Statistics": ".statistics",
    "Tags": ".tags",
    "Thesaurus": ".thesaurus",
    "ThesaurusCode": ".thesaurus_code",
    "ThesaurusInclude": ".thesaurus_include",
    "User": ".user",
    "UserInclude": ".user_include",
    "UserRole": ".user_role",
    "UserWrite": ".user_write",
    "Workgroup": ".workgroup",
    "WorkgroupCreate": ".workgroup_create",
    "WorkgroupInclude": ".workgroup_include",
    "WorkgroupKeywordOrderBy": ".workgroup_keyword_order_by",
    "WorkgroupLanguage": ".workgroup_language",
    "WorkgroupLimit": ".workgroup_limit",
    "WorkgroupLimits": ".workgroup_limits",
    "WorkgroupStatisticsTag": ".workgroup_statistics_tag",
    "WorkgroupUpdate": ".workgroup_update",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
