from enum import StrEnum


class MetadataType(StrEnum):
    NO_GEO_DATASET = "noGeoDataset"
    RASTER_DATASET = "rasterDataset"
    RESOURCE = "resource"
    SERVICE = "service"
    VECTOR_DATASET = "vectorDataset"

    def __str__(self) -> str:
        return str(self.value)
