from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from isogeo.translator import LABELS, IsogeoTranslator
from isogeo_api.models import ContactRole, EventKind, LimitationRestriction, LimitationType, MetadataType


@pytest.mark.parametrize(
    ("lang", "subdomain", "code", "expected"),
    [
        ("FR", "roles", "pointOfContact", "Point de contact"),
        ("EN", "roles", "pointOfContact", "Point of contact"),
        ("fr", "roles", "custodian", "Administrateur"),
        ("fr", "roles", "publisher", "Éditeur (publication)"),
        ("en", "roles", "principalInvestigator", "Principal investigator"),
        ("fr", "restrictions", "patentPending", "Brevet en attente"),
        ("en", "restrictions", "intellectualPropertyRights", "Intellectual property rights"),
        ("fr", "formatTypes", "vectorDataset", "Vecteur"),
        ("fr", "formatTypes", "vector-dataset", "Vecteur"),
        ("en", "formatTypes", "service", "Service"),
        ("fr", "formatTypes", "service", "Service géographique"),
        ("en", "formatTypes", "noGeoDataset", "Non-geographic dataset"),
        ("fr", "events", "publication", "Publication"),
        ("fr", "events", "published", "Publication"),  # the SDK's key
        ("fr", "events", "update", "Mise à jour"),
        ("en", "limitationTypes", "legal", "Legal"),
        ("fr", "limitations", "security", "Sécurité"),
        ("fr", "frequencyShortTypes", "M", "mois"),  # the SDK's table overwrote it with minutes
        ("en", "frequencyTypes", "minutes", "minute(s)"),
        ("fr", "quality", "isNotConform", "Non conforme"),
        ("en", "conditions", "noLicense", "No attached license"),
        ("en", "constraintType", "access", "Access"),
    ],
)
def test_labels(lang: str, subdomain: str, code: str, expected: str) -> None:
    assert IsogeoTranslator(lang).tr(subdomain, code) == expected


@pytest.mark.parametrize(
    ("subdomain", "enum"),
    [
        ("roles", ContactRole),
        ("restrictions", LimitationRestriction),
        ("limitationTypes", LimitationType),
        ("events", EventKind),
        ("formatTypes", MetadataType),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_api_value_has_a_label(lang: str, subdomain: str, enum: type) -> None:
    translator = IsogeoTranslator(lang)
    for member in enum:  # type: ignore[attr-defined]
        assert member.value in translator.labels(subdomain), f"{lang}/{subdomain}: {member.value}"
        assert translator.tr(subdomain, member) == translator.labels(subdomain)[member.value]


def test_both_languages_cover_the_same_codes() -> None:
    assert LABELS["fr"].keys() == LABELS["en"].keys()
    for subdomain in LABELS["fr"]:
        assert LABELS["fr"][subdomain].keys() == LABELS["en"][subdomain].keys(), subdomain


def test_unknown_codes_come_back_as_is_or_as_the_default() -> None:
    translator = IsogeoTranslator("fr")
    assert translator.tr("roles", "newRole") == "newRole"
    assert translator.tr("roles", "newRole", default="?") == "?"


def test_unknown_subdomains_are_refused_with_the_known_ones() -> None:
    with pytest.raises(InvalidInputError, match=r"^subdomain='role'.*expected one of: restrictions, "):
        IsogeoTranslator("fr").tr("role", "author")


@pytest.mark.parametrize(("lang", "expected"), [("es", "en"), ("PT", "en"), ("Fr", "fr")])
def test_api_languages_without_a_table_get_english(lang: str, expected: str) -> None:
    assert IsogeoTranslator(lang).lang == expected


@pytest.mark.parametrize("lang", ["de", "", "french", None])
def test_other_languages_are_refused(lang: object) -> None:
    with pytest.raises(InvalidInputError, match=r"^lang="):
        IsogeoTranslator(lang)  # type: ignore[arg-type]


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        LABELS["fr"]["roles"]["author"] = "x"  # type: ignore[index]
    assert repr(IsogeoTranslator()) == "IsogeoTranslator(lang='fr')"
