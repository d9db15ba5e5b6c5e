from enum import StrEnum


class GeoRelation(StrEnum):
    CONTAINS = "contains"
    DISJOINT = "disjoint"
    EQUALS = "equals"
    INTERSECTS = "intersects"
    OVERLAPS = "overlaps"
    WITHIN = "within"

    def __str__(self) -> str:
        return str(self.value)
