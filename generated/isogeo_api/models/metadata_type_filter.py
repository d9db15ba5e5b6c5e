from enum import StrEnum


class MetadataTypeFilter(StrEnum):
    DATASET = "dataset"
    NO_GEO_DATASET = "no-geo-dataset"
    RASTER_DATASET = "raster-dataset"
    RESOURCE = "resource"
    SERVICE = "service"
    VECTOR_DATASET = "vector-dataset"

    def __str__(self) -> str:
        return str(self.value)
