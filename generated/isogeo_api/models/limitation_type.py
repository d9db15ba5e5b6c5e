from enum import StrEnum


class LimitationType(StrEnum):
    LEGAL = "legal"
    SECURITY = "security"

    def __str__(self) -> str:
        return str(self.value)
