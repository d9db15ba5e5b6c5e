from enum import StrEnum


class EventKind(StrEnum):
    CREATION = "creation"
    PUBLICATION = "publication"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
