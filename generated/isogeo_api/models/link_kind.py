from enum import StrEnum


class LinkKind(StrEnum):
    DATA = "data"
    ESRI_FEATURE_SERVICE = "esriFeatureService"
    ESRI_MAP_SERVICE = "esriMapService"
    ESRI_TILE_SERVICE = "esriTileService"
    URL = "url"
    WFS = "wfs"
    WMS = "wms"
    WMTS = "wmts"

    def __str__(self) -> str:
        return str(self.value)
