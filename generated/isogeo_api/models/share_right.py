from enum import StrEnum


class ShareRight(StrEnum):
    RESHARE = "reshare"

    def __str__(self) -> str:
        return str(self.value)
