from enum import StrEnum


class LinkAction(StrEnum):
    DOWNLOAD = "download"
    OTHER = "other"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
