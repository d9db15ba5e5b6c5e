from enum import StrEnum


class ServiceLayerType(StrEnum):
    GROUP = "group"
    LAYER = "layer"
    TABLE = "table"

    def __str__(self) -> str:
        return str(self.value)
