from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update import ContactUpdate


T = TypeVar("T", bound="WorkgroupUpdate")


@_attrs_define
class WorkgroupUpdate:
    """Body of WG-4 (JSON). The SDK sends the whole workgroup as read; the API ignores
    server-managed fields (`_id`, `limits`...).

        Example:
            {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email': 'sig@example.org'}, 'areKeywordsRestricted':
                True, 'canCreateMetadata': True, 'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor':
                '#4499A1'}

    """

    contact: ContactUpdate | Unset = UNSET
    """ Body of CTC-4, with the **read** names. Server-managed fields sent along (as the SDK does
    when it sends a contact back as read) are ignored.
     """
    are_keywords_restricted: bool | Unset = UNSET
    can_create_legacy_service_links: bool | Unset = UNSET
    can_create_metadata: bool | Unset = UNSET
    code: str | Unset = UNSET
    keywords_casing: KeywordCasing | Unset = UNSET
    metadata_language: str | Unset = UNSET
    theme_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        are_keywords_restricted = self.are_keywords_restricted

        can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata = self.can_create_metadata

        code = self.code

        keywords_casing: str | Unset = UNSET
        if not isinstance(self.keywords_casing, Unset):
            keywords_casing = self.keywords_casing.value

        metadata_language = self.metadata_language

        theme_color = self.theme_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact is not UNSET:
            field_dict["contact"] = contact
        if are_keywords_restricted is not UNSET:
            field_dict["areKeywordsRestricted"] = are_keywords_restricted
        if can_create_legacy_service_links is not UNSET:
            field_dict["canCreateLegacyServiceLinks"] = can_create_legacy_service_links
        if can_create_metadata is not UNSET:
            field_dict["canCreateMetadata"] = can_create_metadata
        if code is not UNSET:
            field_dict["code"] = code
        if keywords_casing is not UNSET:
            field_dict["keywordsCasing"] = keywords_casing
        if metadata_language is not UNSET:
            field_dict["metadataLanguage"] = metadata_language
        if theme_color is not UNSET:
            field_dict["themeColor"] = theme_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_update import ContactUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _contact = d.pop("contact", UNSET)
        contact: ContactUpdate | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactUpdate.from_dict(_contact)

        are_keywords_restricted = d.pop("areKeywordsRestricted", UNSET)

        can_create_legacy_service_links = d.pop("canCreateLegacyServiceLinks", UNSET)

        can_create_metadata = d.pop("canCreateMetadata", UNSET)

        code = d.pop("code", UNSET)

        _keywords_casing = d.pop("keywordsCasing", UNSET)
        keywords_casing: KeywordCasing | Unset
        if isinstance(_keywords_casing, Unset):
            keywords_casing = UNSET
        else:
            keywords_casing = KeywordCasing(_keywords_casing)

        metadata_language = d.pop("metadataLanguage", UNSET)

        theme_color = d.pop("themeColor", UNSET)

        workgroup_update = cls(
            contact=contact,
            are_keywords_restricted=are_keywords_restricted,
            can_create_legacy_service_links=can_create_legacy_service_links,
            can_create_metadata=can_create_metadata,
            code=code,
            keywords_casing=keywords_casing,
            metadata_language=metadata_language,
            theme_color=theme_color,
        )

        workgroup_update.additional_properties = d
        return workgroup_update

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
