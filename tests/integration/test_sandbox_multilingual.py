"""Multilingual workgroups in the sandbox: title and abstract per ``_lang``, ``translations``,
keyword texts per language, and the seed the official SDK's multilingual tests read."""

from __future__ import annotations

import pytest

from isogeo_sandbox.info import THESAURUS_GROUP_THEME
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

EXPECTED = {
    "fr": ("Fiche complète", "Résumé en français"),
    "en": ("Title in english", "English summary"),
    "es": ("Hoja de metadatos completa", "Resumen en español"),
}


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_the_multilingual_fixture_answers_in_the_language_asked(sandbox: SandboxHandle, lang: str) -> None:
    md_id = sandbox.info["metadata"]["complete_multilingual"]
    with sandbox.user() as user:
        md = user.get(f"/resources/{md_id}", params={"_lang": lang, "_include": "translations"}).json()

    assert (md["title"], md["abstract"]) == EXPECTED[lang]
    assert md["_fieldsLanguage"] == lang
    assert {t["languageCode"]: (t["title"], t["abstract"]) for t in md["translations"]} == EXPECTED


def test_a_language_without_translation_gets_the_creation_language(sandbox: SandboxHandle) -> None:
    md_id = sandbox.info["metadata"]["complete_multilingual"]
    with sandbox.user() as user:
        md = user.get(f"/resources/{md_id}", params={"_lang": "pt"}).json()

    assert (md["title"], md["_fieldsLanguage"]) == ("Fiche complète", "fr")


def test_a_monolingual_metadata_has_no_translations(sandbox: SandboxHandle) -> None:
    md_id = sandbox.info["metadata"]["vector"]
    with sandbox.user() as user:
        md = user.get(f"/resources/{md_id}", params={"_lang": "en", "_include": "translations"}).json()

    assert md["translations"] == [] and "_fieldsLanguage" not in md


def test_writes_in_each_language_keep_the_others(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["multilingual"]
    root = {"type": "vectorDataset", "editionProfile": "manual"}  # what every update body carries
    with sandbox.user() as user:
        created = user.post(
            f"/groups/{wg}/resources",
            params={"_lang": "fr"},
            json={"title": "Titre", "abstract": "Résumé", "type": "vectorDataset"},
        ).json()
        md_id = created["_id"]
        put = user.put(
            f"/resources/{md_id}",
            params={"_lang": "es"},
            json={**root, "title": "Título", "geometry": "Point"},
        )
        patched = user.patch(
            f"/resources/{md_id}", params={"_lang": "en"}, json={**root, "abstract": "Summary"}
        )
        read = {
            lang: user.get(f"/resources/{md_id}", params={"_lang": lang, "_include": "translations"}).json()
            for lang in ("fr", "es", "en")
        }
        user.delete(f"/resources/{md_id}")

    assert put.status_code == patched.status_code == 200
    assert (read["fr"]["title"], read["fr"]["abstract"], read["fr"]["geometry"]) == (
        "Titre",
        "Résumé",
        "Point",
    )
    assert (read["es"]["title"], read["es"]["abstract"], read["es"]["_fieldsLanguage"]) == (
        "Título",
        None,
        "es",
    )
    assert (read["en"]["title"], read["en"]["abstract"]) == (None, "Summary")
    assert [t["languageCode"] for t in read["en"]["translations"]] == ["fr", "es", "en"]


def test_the_translated_group_theme_has_a_text_per_language(sandbox: SandboxHandle) -> None:
    keyword_id = sandbox.info["keywords"]["group_theme_translated"]
    with sandbox.user() as user:
        texts = {
            lang: user.get(f"/keywords/{keyword_id}", params={"_lang": lang}).json()["text"]
            for lang in ("fr", "en", "es", "pt")
        }
        found = user.get(
            f"/thesauri/{THESAURUS_GROUP_THEME}/keywords", params={"text": "PitouES", "_lang": "es"}
        ).json()

    assert texts == {"fr": "PitouFR", "en": "PitouEN", "es": "PitouES", "pt": "PitouPT"}
    assert [k["_id"] for k in found] == [keyword_id]


def test_the_multilingual_workgroup_is_shared_with_the_group_application(sandbox: SandboxHandle) -> None:
    info = sandbox.info
    md_id = info["metadata"]["complete_multilingual"]
    with sandbox.group() as group:
        page = group.get("/resources/search", params={"_id": md_id, "_lang": "en"}).json()
    with sandbox.user() as user:
        workgroup = user.get(f"/groups/{info['workgroups']['multilingual']}").json()

    assert [r["title"] for r in page["results"]] == ["Title in english"]
    assert workgroup["isMultilingual"] is True
    assert [lang["code"] for lang in workgroup["availableLanguages"]] == ["fr", "en", "es"]
