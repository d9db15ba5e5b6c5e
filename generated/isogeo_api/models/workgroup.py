from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.workgroup_language import WorkgroupLanguage
    from ..models.workgroup_limits import WorkgroupLimits


T = TypeVar("T", bound="Workgroup")


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
    (`type=group`) or a user's card (`type=user`). Decision (C9): `available` is a boolean.
    Decision (F1): no `_created`/`_modified`, unlike what the facts sheet (§4.7) and the 2019
    OpenAPI file say: the official SDK's `Contact` model (isogeo-pysdk 3.10.0) refuses both keys
    while it builds a contact from every contact body it reads (`GET /account`, the address
    books, `GET /contacts/{id}`), and the real responses in Isogeo's public fixtures carry
    neither (docs/reference/fidelity-decisions.md).
     """
    has_ags_scan: bool | Unset = UNSET
    """ Scan feature flags (`hasAGSScan`...`hasScanFme`), on every workgroup, writable by WG-4. """
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
    """ Default metadata language. Decision (F5): `null` until chosen: the API invents no
    default at creation (the official SDK's tests expect none).
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
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.workgroup_language import WorkgroupLanguage  # noqa: PLC0415
        from ..models.workgroup_limits import WorkgroupLimits  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

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

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        are_keywords_restricted = d.pop("areKeywordsRestricted", UNSET)

        _available_languages = d.pop("availableLanguages", UNSET)
        available_languages: list[WorkgroupLanguage] | Unset = UNSET
        if _available_languages is not UNSET:
            available_languages = []
            for available_languages_item_data in _available_languages:
                available_languages_item = WorkgroupLanguage.from_dict(available_languages_item_data)

                available_languages.append(available_languages_item)

        base_map_url = d.pop("baseMapUrl", UNSET)

        can_create_legacy_service_links = d.pop("canCreateLegacyServiceLinks", UNSET)

        can_create_metadata = d.pop("canCreateMetadata", UNSET)

        code = d.pop("code", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        has_ags_scan = d.pop("hasAGSScan", UNSET)

        has_csw_client = d.pop("hasCswClient", UNSET)

        has_flash_scan = d.pop("hasFlashScan", UNSET)

        has_new_script_scan = d.pop("hasNewScriptScan", UNSET)

        has_scan_fme = d.pop("hasScanFme", UNSET)

        is_multilingual = d.pop("isMultilingual", UNSET)

        def _parse_keywords_casing(data: object) -> KeywordCasing | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_keyword_casing_value_type_0 = KeywordCasing(data)

                return componentsschemas_keyword_casing_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordCasing | str | Unset, data)

        keywords_casing = _parse_keywords_casing(d.pop("keywordsCasing", UNSET))

        _limits = d.pop("limits", UNSET)
        limits: WorkgroupLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = WorkgroupLimits.from_dict(_limits)

        def _parse_metadata_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata_language = _parse_metadata_language(d.pop("metadataLanguage", UNSET))

        theme_color = d.pop("themeColor", UNSET)

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

        workgroup.additional_properties = d
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
