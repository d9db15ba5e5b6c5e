from enum import StrEnum


class ShareType(StrEnum):
    APPLICATION = "application"
    GROUP = "group"

    def __str__(self) -> str:
        return str(self.value)
