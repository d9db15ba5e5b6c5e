"""French and English labels for the API's codes (metadata types, contact roles, restrictions...).

The API returns codes (``pointOfContact``, ``vectorDataset``, ``patentPending``); the back-office
shows labels. :class:`IsogeoTranslator` holds the official SDK's FR/EN tables, with three fixes:

* event kinds are keyed by the API's values (``creation``, ``update``, ``publication``); the SDK's
  ``published`` key still works;
* ``frequencyShortTypes`` had ``M`` twice (months, then minutes overwrote it): ``M`` is months,
  minutes are ``frequencyTypes["minutes"]``;
* ``formatTypes`` also knows ``noGeoDataset`` / ``no-geo-dataset`` (labels of our own, the SDK
  has none: "Données non géographiques", "Non-geographic dataset"), and limitation types have
  their own subdomain, ``limitationTypes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from isogeo.errors import InvalidInputError

__all__ = ["LABELS", "IsogeoTranslator"]

_FR: dict[str, dict[str, str]] = {
    "restrictions": {
        "none": " ",
        "copyright": "Copyright",
        "patent": "Brevet",
        "patentPending": "Brevet en attente",
        "trademark": "Marque déposée",
        "license": "Licence",
        "intellectualPropertyRights": "Droits de propriété intellectuelle",
        "restricted": "Limité",
        "other": "Autre",
    },
    "limitations": {
        "title": "Limitations",
        "add": "Ajouter une nouvelle limitation",
        "edit": "Editer la limitation",
        "restriction": "Restriction :",
        "description": "Description :",
        "type": "Type :",
        "directive": "Directive :",
        "legal": "Légale",
        "security": "Sécurité",
    },
    "limitationTypes": {"legal": "Légale", "security": "Sécurité"},
    "conditions": {"license": "Licence :", "noLicense": "Pas de licence associée"},
    "constraintType": {"none": " ", "access": "Accès", "usage": "Usage"},
    "formatTypes": {
        "dataset": "Jeux de données",
        "vectorDataset": "Vecteur",
        "vector-dataset": "Vecteur",
        "rasterDataset": "Raster",
        "raster-dataset": "Raster",
        "noGeoDataset": "Données non géographiques",
        "no-geo-dataset": "Données non géographiques",
        "resource": "Ressources",
        "series": "Ensemble de données",
        "service": "Service géographique",
    },
    "roles": {
        "author": "Auteur",
        "pointOfContact": "Point de contact",
        "custodian": "Administrateur",
        "distributor": "Distributeur",
        "originator": "Créateur",
        "owner": "Propriétaire",
        "principalInvestigator": "Analyste principal",
        "processor": "Responsable du traitement",
        "publisher": "Éditeur (publication)",
        "resourceProvider": "Fournisseur",
        "user": "Utilisateur",
    },
    "frequencyTypes": {
        "frequencyUpdateHelp": "Tous les ",
        "years": "an(s)",
        "months": "mois",
        "weeks": "semaine(s)",
        "days": "jour(s)",
        "hours": "heure(s)",
        "minutes": "minute(s)",
        "seconds": "seconde(s)",
    },
    "frequencyShortTypes": {
        "Y": "an(s)",
        "M": "mois",
        "W": "semaine(s)",
        "D": "jour(s)",
        "H": "heure(s)",
        "S": "seconde(s)",
    },
    "events": {
        "creation": "Création",
        "update": "Mise à jour",
        "publication": "Publication",
        "published": "Publication",
    },
    "quality": {
        "specification": "Spécification",
        "conformant": "Conformité",
        "isConform": "Conforme",
        "isNotConform": "Non conforme",
        "topologicalConsistency": "Cohérence topologique",
    },
}

_EN: dict[str, dict[str, str]] = {
    "restrictions": {
        "none": " ",
        "copyright": "Copyright",
        "patent": "Patent",
        "patentPending": "Patent pending",
        "trademark": "Trademark",
        "license": "License",
        "intellectualPropertyRights": "Intellectual property rights",
        "restricted": "Restricted",
        "other": "Other",
    },
    "limitations": {
        "title": "Limitations",
        "add": "Add new limitation",
        "edit": "Edit limitation",
        "restriction": "Restriction:",
        "description": "Description:",
        "type": "Type:",
        "directive": "Directive:",
        "legal": "Legal",
        "security": "Security",
    },
    "limitationTypes": {"legal": "Legal", "security": "Security"},
    "conditions": {"license": "License:", "noLicense": "No attached license"},
    "constraintType": {"none": " ", "access": "Access", "usage": "Usage"},
    "formatTypes": {
        "dataset": "Dataset",
        "vectorDataset": "Vector",
        "vector-dataset": "Vector",
        "rasterDataset": "Raster",
        "raster-dataset": "Raster",
        "noGeoDataset": "Non-geographic dataset",
        "no-geo-dataset": "Non-geographic dataset",
        "resource": "Resources",
        "series": "Series",
        "service": "Service",
    },
    "roles": {
        "author": "Author",
        "pointOfContact": "Point of contact",
        "custodian": "Custodian",
        "distributor": "Distributor",
        "originator": "Originator",
        "owner": "Owner",
        "principalInvestigator": "Principal investigator",
        "processor": "Processor",
        "publisher": "Publisher",
        "resourceProvider": "Resource provider",
        "user": "User",
    },
    "frequencyTypes": {
        "frequencyUpdateHelp": "Every ",
        "years": "year(s)",
        "months": "month(s)",
        "weeks": "week(s)",
        "days": "day(s)",
        "hours": "hour(s)",
        "minutes": "minute(s)",
        "seconds": "second(s)",
    },
    "frequencyShortTypes": {
        "Y": "year(s)",
        "M": "month(s)",
        "W": "week(s)",
        "D": "day(s)",
        "H": "hour(s)",
        "S": "second(s)",
    },
    "events": {
        "creation": "Creation",
        "update": "Update",
        "publication": "Publication",
        "published": "Publication",
    },
    "quality": {
        "specification": "Specification",
        "conformant": "Conformity",
        "isConform": "Conformant",
        "isNotConform": "Not conformant",
        "topologicalConsistency": "Topological consistency",
    },
}


def _frozen(table: dict[str, dict[str, str]]) -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({name: MappingProxyType(labels) for name, labels in table.items()})


LABELS: Mapping[str, Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {"fr": _frozen(_FR), "en": _frozen(_EN)}
)
"""``LABELS[lang][subdomain][code]`` → label, read-only."""

# API languages without their own table get English, as in the SDK.
_FALLBACK = {"es": "en", "pt": "en"}


class IsogeoTranslator:
    """Labels of API codes in French or English.

    ``lang`` is ``"fr"`` or ``"en"`` (any case); ``"es"`` and ``"pt"``, which the API accepts
    but the tables do not cover, get English. Other values are refused.

    >>> IsogeoTranslator("FR").tr("roles", "pointOfContact")
    'Point de contact'
    >>> IsogeoTranslator("en").tr("formatTypes", "vectorDataset")
    'Vector'
    >>> IsogeoTranslator("fr").tr("roles", "someNewRole")  # unknown code: shown as is
    'someNewRole'
    """

    def __init__(self, lang: str = "FR") -> None:
        key = lang.lower() if isinstance(lang, str) else lang
        key = _FALLBACK.get(key, key) if isinstance(key, str) else key
        if key not in LABELS:
            raise InvalidInputError("lang", lang, ["fr", "en", "es", "pt"])
        self.lang: str = key
        self.translations: Mapping[str, Mapping[str, str]] = LABELS[key]

    def __repr__(self) -> str:
        return f"IsogeoTranslator(lang={self.lang!r})"

    @property
    def subdomains(self) -> tuple[str, ...]:
        """The label families this translator knows (``roles``, ``restrictions``...)."""
        return tuple(self.translations)

    def labels(self, subdomain: str) -> Mapping[str, str]:
        """Every code → label of one subdomain, e.g. to fill a drop-down list.

        >>> IsogeoTranslator("en").labels("limitationTypes")["security"]
        'Security'
        """
        if subdomain not in self.translations:
            raise InvalidInputError("subdomain", subdomain, self.subdomains)
        return self.translations[subdomain]

    def tr(self, subdomain: str, string_to_translate: str = "", *, default: str | None = None) -> str:
        """The label of ``string_to_translate`` in ``subdomain``.

        An unknown code (for instance a value the API added later) gives ``default``, or the code
        itself when no default is given — the SDK returned the text ``"String not found"``. An
        unknown subdomain is refused.
        """
        labels = self.labels(subdomain)
        code = str(string_to_translate)  # enum members read as their value
        if code in labels:
            return labels[code]
        return code if default is None else default
