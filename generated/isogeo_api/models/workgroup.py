from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
from ..types import UNSET, DecodeError, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.workgroup_language import WorkgroupLanguage
    from ..models.workgroup_limits import WorkgroupLimits


T = TypeVar("T", bound="Workgroup")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_created",
        "_modified",
        "_abilities",
        "areKeywordsRestricted",
        "availableLanguages",
        "baseMapUrl",
        "canCreateLegacyServiceLinks",
        "canCreateMetadata",
        "code",
        "contact",
        "hasAGSScan",
        "hasCswClient",
        "hasFlashScan",
        "hasNewScriptScan",
        "hasScanFme",
        "isMultilingual",
        "keywordsCasing",
        "limits",
        "metadataLanguage",
        "themeColor",
    }
)


@_attrs_define
class Workgroup:
    """A workgroup ("group"); its name is `contact.name`.

    Example:
        {'_id': '32f7e95ec4e94ca3bc1afda960003882', '_tag': 'owner:32f7e95ec4e94ca3bc1afda960003882', '_created':
            '2015-05-21T12:08:16.4295098+00:00', 'areKeywordsRestricted': False, 'canCreateLegacyServiceLinks': True,
            'canCreateMetadata': True, 'code': 'isogeo-test', 'contact': {'_id': '5e4d3c2b1a0f4e9d8c7b6a5f4e3d2c1b', 'name':
            'Isogeo Test', 'type': 'group', 'available': True}, 'keywordsCasing': 'lowercase', 'metadataLanguage': 'fr',
            'themeColor': '#4499A1'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    """ `owner:{id}`. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    are_keywords_restricted: bool | Unset = UNSET
    """ When true, the isogeo keywords must be linked to the workgroup to be usable. """
    available_languages: list[WorkgroupLanguage] | Unset = UNSET
    base_map_url: str | Unset = UNSET
    """ XYZ tile URL template. """
    can_create_legacy_service_links: bool | Unset = UNSET
    can_create_metadata: bool | Unset = UNSET
    code: str | Unset = UNSET
    contact: Contact | Unset = UNSET
    """ A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). `available` is a boolean.
    The API returns contacts without `_created`/`_modified` (the API documentation and its 2019
    OpenAPI file list them, but the official SDK's `Contact` model refuses both keys for every
    contact body it reads, and real answers carry neither).
     """
    has_ags_scan: bool | Unset = UNSET
    """ Scan feature flags (`hasAGSScan`...`hasScanFme`), on every workgroup, writable by `updateWorkgroup`. """
    has_csw_client: bool | Unset = UNSET
    has_flash_scan: bool | Unset = UNSET
    has_new_script_scan: bool | Unset = UNSET
    has_scan_fme: bool | Unset = UNSET
    is_multilingual: bool | Unset = UNSET
    keywords_casing: KeywordCasing | str | Unset = UNSET
    """ A `KeywordCasing`, or a value added by the server after this description. """
    limits: WorkgroupLimits | Unset = UNSET
    """ Quotas of a workgroup (`_include=limits`). Note the capital `W` of `Workgroups`. """
    metadata_language: None | str | Unset = UNSET
    """ Default metadata language; `null` until chosen: the API sets no default at creation
    (the official SDK's tests against the API expect none).
     """
    theme_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        are_keywords_restricted = self.are_keywords_restricted

        available_languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_languages, Unset):
            available_languages = []
            for available_languages_item_data in self.available_languages:
                available_languages_item = available_languages_item_data.to_dict()
                available_languages.append(available_languages_item)

        base_map_url = self.base_map_url

        can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata = self.can_create_metadata

        code = self.code

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        has_ags_scan = self.has_ags_scan

        has_csw_client = self.has_csw_client

        has_flash_scan = self.has_flash_scan

        has_new_script_scan = self.has_new_script_scan

        has_scan_fme = self.has_scan_fme

        is_multilingual = self.is_multilingual

        keywords_casing: str | Unset
        if isinstance(self.keywords_casing, Unset):
            keywords_casing = UNSET
        elif isinstance(self.keywords_casing, KeywordCasing):
            keywords_casing = self.keywords_casing.value
        else:
            keywords_casing = self.keywords_casing

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        metadata_language: None | str | Unset
        if isinstance(self.metadata_language, Unset):
            metadata_language = UNSET
        else:
            metadata_language = self.metadata_language

        theme_color = self.theme_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if are_keywords_restricted is not UNSET:
            field_dict["areKeywordsRestricted"] = are_keywords_restricted
        if available_languages is not UNSET:
            field_dict["availableLanguages"] = available_languages
        if base_map_url is not UNSET:
            field_dict["baseMapUrl"] = base_map_url
        if can_create_legacy_service_links is not UNSET:
            field_dict["canCreateLegacyServiceLinks"] = can_create_legacy_service_links
        if can_create_metadata is not UNSET:
            field_dict["canCreateMetadata"] = can_create_metadata
        if code is not UNSET:
            field_dict["code"] = code
        if contact is not UNSET:
            field_dict["contact"] = contact
        if has_ags_scan is not UNSET:
            field_dict["hasAGSScan"] = has_ags_scan
        if has_csw_client is not UNSET:
            field_dict["hasCswClient"] = has_csw_client
        if has_flash_scan is not UNSET:
            field_dict["hasFlashScan"] = has_flash_scan
        if has_new_script_scan is not UNSET:
            field_dict["hasNewScriptScan"] = has_new_script_scan
        if has_scan_fme is not UNSET:
            field_dict["hasScanFme"] = has_scan_fme
        if is_multilingual is not UNSET:
            field_dict["isMultilingual"] = is_multilingual
        if keywords_casing is not UNSET:
            field_dict["keywordsCasing"] = keywords_casing
        if limits is not UNSET:
            field_dict["limits"] = limits
        if metadata_language is not UNSET:
            field_dict["metadataLanguage"] = metadata_language
        if theme_color is not UNSET:
            field_dict["themeColor"] = theme_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Workgroup", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Workgroup", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Workgroup", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Workgroup", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("Workgroup", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("Workgroup", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("Workgroup", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError("Workgroup", "_modified", "a date-time string", sys_modified_json) from None

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Workgroup", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("Workgroup", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        are_keywords_restricted_json = get("areKeywordsRestricted", UNSET)
        are_keywords_restricted: bool | Unset
        if are_keywords_restricted_json is UNSET:
            are_keywords_restricted = UNSET
        else:
            if not (isinstance(are_keywords_restricted_json, bool)):
                raise DecodeError(
                    "Workgroup", "areKeywordsRestricted", "a boolean", are_keywords_restricted_json
                )
            are_keywords_restricted = are_keywords_restricted_json

        available_languages_json = get("availableLanguages", UNSET)
        available_languages: list[WorkgroupLanguage] | Unset
        if available_languages_json is UNSET:
            available_languages = UNSET
        else:
            if not isinstance(available_languages_json, list):
                raise DecodeError("Workgroup", "availableLanguages", "an array", available_languages_json)
            available_languages = []
            for available_languages_item in available_languages_json:
                available_languages_value: WorkgroupLanguage
                if not isinstance(available_languages_item, dict):
                    raise DecodeError(
                        "Workgroup",
                        "availableLanguages",
                        "an object (WorkgroupLanguage)",
                        available_languages_item,
                    )
                available_languages_value = WorkgroupLanguage.from_dict(available_languages_item)

                available_languages.append(available_languages_value)

        base_map_url_json = get("baseMapUrl", UNSET)
        base_map_url: str | Unset
        if base_map_url_json is UNSET:
            base_map_url = UNSET
        else:
            if not (isinstance(base_map_url_json, str)):
                raise DecodeError("Workgroup", "baseMapUrl", "a string", base_map_url_json)
            base_map_url = base_map_url_json

        can_create_legacy_service_links_json = get("canCreateLegacyServiceLinks", UNSET)
        can_create_legacy_service_links: bool | Unset
        if can_create_legacy_service_links_json is UNSET:
            can_create_legacy_service_links = UNSET
        else:
            if not (isinstance(can_create_legacy_service_links_json, bool)):
                raise DecodeError(
                    "Workgroup",
                    "canCreateLegacyServiceLinks",
                    "a boolean",
                    can_create_legacy_service_links_json,
                )
            can_create_legacy_service_links = can_create_legacy_service_links_json

        can_create_metadata_json = get("canCreateMetadata", UNSET)
        can_create_metadata: bool | Unset
        if can_create_metadata_json is UNSET:
            can_create_metadata = UNSET
        else:
            if not (isinstance(can_create_metadata_json, bool)):
                raise DecodeError("Workgroup", "canCreateMetadata", "a boolean", can_create_metadata_json)
            can_create_metadata = can_create_metadata_json

        code_json = get("code", UNSET)
        code: str | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if not (isinstance(code_json, str)):
                raise DecodeError("Workgroup", "code", "a string", code_json)
            code = code_json

        contact_json = get("contact", UNSET)
        contact: Contact | Unset
        if contact_json is UNSET:
            contact = UNSET
        else:
            if not isinstance(contact_json, dict):
                raise DecodeError("Workgroup", "contact", "an object (Contact)", contact_json)
            contact = Contact.from_dict(contact_json)

        has_ags_scan_json = get("hasAGSScan", UNSET)
        has_ags_scan: bool | Unset
        if has_ags_scan_json is UNSET:
            has_ags_scan = UNSET
        else:
            if not (isinstance(has_ags_scan_json, bool)):
                raise DecodeError("Workgroup", "hasAGSScan", "a boolean", has_ags_scan_json)
            has_ags_scan = has_ags_scan_json

        has_csw_client_json = get("hasCswClient", UNSET)
        has_csw_client: bool | Unset
        if has_csw_client_json is UNSET:
            has_csw_client = UNSET
        else:
            if not (isinstance(has_csw_client_json, bool)):
                raise DecodeError("Workgroup", "hasCswClient", "a boolean", has_csw_client_json)
            has_csw_client = has_csw_client_json

        has_flash_scan_json = get("hasFlashScan", UNSET)
        has_flash_scan: bool | Unset
        if has_flash_scan_json is UNSET:
            has_flash_scan = UNSET
        else:
            if not (isinstance(has_flash_scan_json, bool)):
                raise DecodeError("Workgroup", "hasFlashScan", "a boolean", has_flash_scan_json)
            has_flash_scan = has_flash_scan_json

        has_new_script_scan_json = get("hasNewScriptScan", UNSET)
        has_new_script_scan: bool | Unset
        if has_new_script_scan_json is UNSET:
            has_new_script_scan = UNSET
        else:
            if not (isinstance(has_new_script_scan_json, bool)):
                raise DecodeError("Workgroup", "hasNewScriptScan", "a boolean", has_new_script_scan_json)
            has_new_script_scan = has_new_script_scan_json

        has_scan_fme_json = get("hasScanFme", UNSET)
        has_scan_fme: bool | Unset
        if has_scan_fme_json is UNSET:
            has_scan_fme = UNSET
        else:
            if not (isinstance(has_scan_fme_json, bool)):
                raise DecodeError("Workgroup", "hasScanFme", "a boolean", has_scan_fme_json)
            has_scan_fme = has_scan_fme_json

        is_multilingual_json = get("isMultilingual", UNSET)
        is_multilingual: bool | Unset
        if is_multilingual_json is UNSET:
            is_multilingual = UNSET
        else:
            if not (isinstance(is_multilingual_json, bool)):
                raise DecodeError("Workgroup", "isMultilingual", "a boolean", is_multilingual_json)
            is_multilingual = is_multilingual_json

        keywords_casing_json = get("keywordsCasing", UNSET)
        keywords_casing: KeywordCasing | str | Unset
        if keywords_casing_json is UNSET:
            keywords_casing = UNSET
        else:
            if isinstance(keywords_casing_json, str):
                keywords_casing_text: KeywordCasing | str = cast(
                    KeywordCasing | str,
                    KeywordCasing._value2member_map_.get(keywords_casing_json, keywords_casing_json),
                )
                keywords_casing = keywords_casing_text
            else:
                raise DecodeError(
                    "Workgroup", "keywordsCasing", "a KeywordCasing value or a string", keywords_casing_json
                )

        limits_json = get("limits", UNSET)
        limits: WorkgroupLimits | Unset
        if limits_json is UNSET:
            limits = UNSET
        else:
            if not isinstance(limits_json, dict):
                raise DecodeError("Workgroup", "limits", "an object (WorkgroupLimits)", limits_json)
            limits = WorkgroupLimits.from_dict(limits_json)

        metadata_language_json = get("metadataLanguage", UNSET)
        metadata_language: None | str | Unset
        if metadata_language_json is UNSET:
            metadata_language = UNSET
        else:
            if isinstance(metadata_language_json, str):
                metadata_language_text: None | str = metadata_language_json
                metadata_language = metadata_language_text
            elif metadata_language_json is None:
                metadata_language = None
            else:
                raise DecodeError("Workgroup", "metadataLanguage", "a string or null", metadata_language_json)

        theme_color_json = get("themeColor", UNSET)
        theme_color: str | Unset
        if theme_color_json is UNSET:
            theme_color = UNSET
        else:
            if not (isinstance(theme_color_json, str)):
                raise DecodeError("Workgroup", "themeColor", "a string", theme_color_json)
            theme_color = theme_color_json

        workgroup = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_created=sys_created,
            sys_modified=sys_modified,
            sys_abilities=sys_abilities,
            are_keywords_restricted=are_keywords_restricted,
            available_languages=available_languages,
            base_map_url=base_map_url,
            can_create_legacy_service_links=can_create_legacy_service_links,
            can_create_metadata=can_create_metadata,
            code=code,
            contact=contact,
            has_ags_scan=has_ags_scan,
            has_csw_client=has_csw_client,
            has_flash_scan=has_flash_scan,
            has_new_script_scan=has_new_script_scan,
            has_scan_fme=has_scan_fme,
            is_multilingual=is_multilingual,
            keywords_casing=keywords_casing,
            limits=limits,
            metadata_language=metadata_language,
            theme_color=theme_color,
        )
        workgroup.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return workgroup

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


from ..models.contact import Contact  # noqa: E402
from ..models.workgroup_language import WorkgroupLanguage  # noqa: E402
from ..models.workgroup_limits import WorkgroupLimits  # noqa: E402
