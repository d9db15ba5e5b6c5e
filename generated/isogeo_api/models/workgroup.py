from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
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

        available_languages_raw: Any = _peek_available_languages(self)
        available_languages_json: Any
        if available_languages_raw.__class__ is LazyValue:
            available_languages_json = available_languages_raw.value
        else:
            available_languages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(available_languages_raw, Unset):
                available_languages = []
                for available_languages_item_data in available_languages_raw:
                    available_languages_item = available_languages_item_data.to_dict()
                    available_languages.append(available_languages_item)

            available_languages_json = available_languages
        available_languages = available_languages_json

        base_map_url = self.base_map_url

        can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata = self.can_create_metadata

        code = self.code

        contact_raw: Any = _peek_contact(self)
        contact_json: Any
        if contact_raw.__class__ is LazyValue:
            contact_json = contact_raw.value
        else:
            contact: dict[str, Any] | Unset = UNSET
            if not isinstance(contact_raw, Unset):
                contact = contact_raw.to_dict()
            contact_json = contact
        contact = contact_json

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

        limits_raw: Any = _peek_limits(self)
        limits_json: Any
        if limits_raw.__class__ is LazyValue:
            limits_json = limits_raw.value
        else:
            limits: dict[str, Any] | Unset = UNSET
            if not isinstance(limits_raw, Unset):
                limits = limits_raw.to_dict()
            limits_json = limits
        limits = limits_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Workgroup", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Workgroup", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Workgroup", "_tag", "a string", sys_tag)

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Workgroup", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Workgroup", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Workgroup", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Workgroup", "_modified", "a date-time string", sys_modified) from None

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Workgroup", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Workgroup", "_abilities", "an array of a string", sys_abilities_item)

        are_keywords_restricted = get("areKeywordsRestricted", UNSET)
        if (
            are_keywords_restricted is not UNSET
            and are_keywords_restricted is not True
            and are_keywords_restricted is not False
        ):
            raise DecodeError("Workgroup", "areKeywordsRestricted", "a boolean", are_keywords_restricted)

        available_languages = get("availableLanguages", UNSET)
        if available_languages is not UNSET:
            if available_languages.__class__ is not list and not isinstance(available_languages, list):
                raise DecodeError("Workgroup", "availableLanguages", "an array", available_languages)
            available_languages = (
                _decode_available_languages(available_languages)
                if _context is EAGER
                else LazyValue(available_languages, _context)
            )

        base_map_url = get("baseMapUrl", UNSET)
        if (
            base_map_url is not UNSET
            and base_map_url.__class__ is not str
            and not isinstance(base_map_url, str)
        ):
            raise DecodeError("Workgroup", "baseMapUrl", "a string", base_map_url)

        can_create_legacy_service_links = get("canCreateLegacyServiceLinks", UNSET)
        if (
            can_create_legacy_service_links is not UNSET
            and can_create_legacy_service_links is not True
            and can_create_legacy_service_links is not False
        ):
            raise DecodeError(
                "Workgroup", "canCreateLegacyServiceLinks", "a boolean", can_create_legacy_service_links
            )

        can_create_metadata = get("canCreateMetadata", UNSET)
        if (
            can_create_metadata is not UNSET
            and can_create_metadata is not True
            and can_create_metadata is not False
        ):
            raise DecodeError("Workgroup", "canCreateMetadata", "a boolean", can_create_metadata)

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and not isinstance(code, str):
            raise DecodeError("Workgroup", "code", "a string", code)

        contact = get("contact", UNSET)
        if contact is not UNSET:
            if contact.__class__ is not dict and not isinstance(contact, dict):
                raise DecodeError("Workgroup", "contact", "an object (Contact)", contact)
            contact = _decode_contact(contact) if _context is EAGER else LazyValue(contact, _context)

        has_ags_scan = get("hasAGSScan", UNSET)
        if has_ags_scan is not UNSET and has_ags_scan is not True and has_ags_scan is not False:
            raise DecodeError("Workgroup", "hasAGSScan", "a boolean", has_ags_scan)

        has_csw_client = get("hasCswClient", UNSET)
        if has_csw_client is not UNSET and has_csw_client is not True and has_csw_client is not False:
            raise DecodeError("Workgroup", "hasCswClient", "a boolean", has_csw_client)

        has_flash_scan = get("hasFlashScan", UNSET)
        if has_flash_scan is not UNSET and has_flash_scan is not True and has_flash_scan is not False:
            raise DecodeError("Workgroup", "hasFlashScan", "a boolean", has_flash_scan)

        has_new_script_scan = get("hasNewScriptScan", UNSET)
        if (
            has_new_script_scan is not UNSET
            and has_new_script_scan is not True
            and has_new_script_scan is not False
        ):
            raise DecodeError("Workgroup", "hasNewScriptScan", "a boolean", has_new_script_scan)

        has_scan_fme = get("hasScanFme", UNSET)
        if has_scan_fme is not UNSET and has_scan_fme is not True and has_scan_fme is not False:
            raise DecodeError("Workgroup", "hasScanFme", "a boolean", has_scan_fme)

        is_multilingual = get("isMultilingual", UNSET)
        if is_multilingual is not UNSET and is_multilingual is not True and is_multilingual is not False:
            raise DecodeError("Workgroup", "isMultilingual", "a boolean", is_multilingual)

        keywords_casing = get("keywordsCasing", UNSET)
        if keywords_casing is not UNSET:
            if isinstance(keywords_casing, str):
                keywords_casing_text: KeywordCasing | str = KeywordCasing._value2member_map_.get(
                    keywords_casing, keywords_casing
                )  # type: ignore[assignment]
                keywords_casing = keywords_casing_text
            else:
                raise DecodeError(
                    "Workgroup", "keywordsCasing", "a KeywordCasing value or a string", keywords_casing
                )

        limits = get("limits", UNSET)
        if limits is not UNSET:
            if limits.__class__ is not dict and not isinstance(limits, dict):
                raise DecodeError("Workgroup", "limits", "an object (WorkgroupLimits)", limits)
            limits = _decode_limits(limits) if _context is EAGER else LazyValue(limits, _context)

        metadata_language = get("metadataLanguage", UNSET)
        if (
            metadata_language is not UNSET
            and metadata_language.__class__ is not str
            and metadata_language is not None
            and not isinstance(metadata_language, str)
        ):
            raise DecodeError("Workgroup", "metadataLanguage", "a string or null", metadata_language)

        theme_color = get("themeColor", UNSET)
        if theme_color is not UNSET and theme_color.__class__ is not str and not isinstance(theme_color, str):
            raise DecodeError("Workgroup", "themeColor", "a string", theme_color)

        if cls is Workgroup:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.sys_abilities = sys_abilities
            _model.are_keywords_restricted = are_keywords_restricted
            _store_available_languages(_model, available_languages)
            _model.base_map_url = base_map_url
            _model.can_create_legacy_service_links = can_create_legacy_service_links
            _model.can_create_metadata = can_create_metadata
            _model.code = code
            _store_contact(_model, contact)
            _model.has_ags_scan = has_ags_scan
            _model.has_csw_client = has_csw_client
            _model.has_flash_scan = has_flash_scan
            _model.has_new_script_scan = has_new_script_scan
            _model.has_scan_fme = has_scan_fme
            _model.is_multilingual = is_multilingual
            _model.keywords_casing = keywords_casing
            _store_limits(_model, limits)
            _model.metadata_language = metadata_language
            _model.theme_color = theme_color
        else:
            _model = cls(
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


def _decode_available_languages(value: Any) -> list[WorkgroupLanguage]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("Workgroup", "availableLanguages", "an array", value)
    decoded = [
        WorkgroupLanguage.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("Workgroup", "availableLanguages", "an object (WorkgroupLanguage)", decoded_item)
        for decoded_item in value
    ]

    return decoded


def _decode_contact(value: Any) -> Contact:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Workgroup", "contact", "an object (Contact)", value)
    decoded = Contact.from_dict(value)

    return decoded


def _decode_limits(value: Any) -> WorkgroupLimits:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Workgroup", "limits", "an object (WorkgroupLimits)", value)
    decoded = WorkgroupLimits.from_dict(value)

    return decoded


_peek_available_languages: Any = Workgroup.__dict__["available_languages"].__get__
_store_available_languages: Any = Workgroup.__dict__["available_languages"].__set__
_peek_contact: Any = Workgroup.__dict__["contact"].__get__
_store_contact: Any = Workgroup.__dict__["contact"].__set__
_peek_limits: Any = Workgroup.__dict__["limits"].__get__
_store_limits: Any = Workgroup.__dict__["limits"].__set__
lazy_fields(
    Workgroup,
    {
        "available_languages": _decode_available_languages,
        "contact": _decode_contact,
        "limits": _decode_limits,
    },
)


if not TYPE_CHECKING:
    Contact = LazyModel(globals(), "Contact", "..models.contact")
    WorkgroupLanguage = LazyModel(globals(), "WorkgroupLanguage", "..models.workgroup_language")
    WorkgroupLimits = LazyModel(globals(), "WorkgroupLimits", "..models.workgroup_limits")
