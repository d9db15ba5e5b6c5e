"""Write bodies carry ``null`` only where the caller meant it.

The spec lets write schemas take ``null`` for optional fields (the API reads it as "no value"; the
official SDK sends every key, ``null`` when unset). Our generated models keep UNSET apart from
``None``: an unset field is left out of the body, an explicit ``None`` is sent as ``null``.
"""

from __future__ import annotations

from typing import Any

import pytest

from isogeo.resources.applications import _creation as application_creation
from isogeo.resources.contacts import _creation_body as contact_creation
from isogeo.resources.feature_attributes import _creation_body as attribute_creation
from isogeo.resources.shares import _creation as share_creation
from isogeo_api.models import (
    ApplicationWrite,
    CatalogWrite,
    ContactCreate,
    FeatureAttributeWrite,
    FormatWrite,
    MetadataCreate,
    ServiceLayerCreate,
    ServiceLayerUpdate,
    ShareType,
    ShareWrite,
    WorkgroupUpdate,
)

MINIMAL: list[tuple[Any, dict[str, Any], str]] = [
    (ApplicationWrite, {"name": "App"}, "url"),
    (CatalogWrite, {"name": "Catalogue"}, "code"),
    (ContactCreate, {"name": "Contact"}, "email"),
    (FeatureAttributeWrite, {"name": "NOM"}, "alias"),
    (FormatWrite, {"code": "gpkg", "name": "GeoPackage"}, "type_"),
    (MetadataCreate, {"title": "Titre"}, "abstract"),
    (ServiceLayerCreate, {"id": "layer"}, "title"),
    (ServiceLayerUpdate, {"id": "layer"}, "title"),
    (ShareWrite, {"name": "Partage", "type_": ShareType.GROUP}, "rights"),
    (WorkgroupUpdate, {}, "metadata_language"),
]


def nulls(body: dict[str, Any]) -> list[str]:
    return sorted(key for key, value in body.items() if value is None)


@pytest.mark.parametrize(("model", "required", "optional"), MINIMAL, ids=[m[0].__name__ for m in MINIMAL])
def test_unset_fields_are_left_out_and_explicit_none_is_sent(
    model: Any, required: dict[str, Any], optional: str
) -> None:
    assert nulls(model(**required).to_dict()) == []
    explicit = model(**required, **{optional: None}).to_dict()
    assert nulls(explicit) == [next(k for k in explicit if explicit[k] is None)]
    assert len(nulls(explicit)) == 1


def test_overlay_creation_bodies_send_no_null() -> None:
    bodies = [
        application_creation("Portail", "group", False, None, None, False, None).to_dict(),
        contact_creation("Direction de l'eau", {"email": "eau@example.org", "phone": None}).to_dict(),
        attribute_creation("NOM_COM", {"alias": "Nom"}).to_dict(),
        share_creation("Partage", "group", None).to_dict(),
    ]

    for body in bodies:
        assert nulls(body) == [], body
    assert "url" not in bodies[0]
