from enum import StrEnum


class ShareInclude(StrEnum):
    GROUPS = "groups"

    def __str__(self) -> str:
        return str(self.value)
