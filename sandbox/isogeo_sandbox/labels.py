"""Human labels of tags in the ``_lang`` language (facts §6.3); fr and en, es/pt fall back to en."""

from __future__ import annotations

TYPE_LABELS = {
    "fr": {
        "dataset": "Jeu de données",
        "vector-dataset": "Jeu de données vecteur",
        "raster-dataset": "Jeu de données raster",
        "no-geo-dataset": "Jeu de données non géographiques",
        "service": "Service",
        "resource": "Ressource",
    },
    "en": {
        "dataset": "Dataset",
        "vector-dataset": "Dataset (vector)",
        "raster-dataset": "Dataset (raster)",
        "no-geo-dataset": "Dataset (non-geographic)",
        "service": "Service",
        "resource": "Resource",
    },
}
ACTION_LABELS = {
    "fr": {"download": "Téléchargeable", "view": "Visualisable", "other": "Autre"},
    "en": {"download": "Download", "view": "View", "other": "Other"},
}
LINK_KIND_NAMES = {
    "fr": {
        "url": "Lien",
        "wfs": "Service WFS",
        "wms": "Service WMS",
        "wmts": "Service WMTS",
        "esriFeatureService": "Service ESRI Feature",
        "esriMapService": "Service ESRI Map",
        "esriTileService": "Service ESRI Tile",
        "data": "Données brutes",
    },
    "en": {
        "url": "Link",
        "wfs": "WFS service",
        "wms": "WMS service",
        "wmts": "WMTS service",
        "esriFeatureService": "ESRI Feature Service",
        "esriMapService": "ESRI Map Service",
        "esriTileService": "ESRI Tile Service",
        "data": "Raw data",
    },
}


def label_lang(lang: str | None) -> str:
    return "fr" if (lang or "fr") == "fr" else "en"
