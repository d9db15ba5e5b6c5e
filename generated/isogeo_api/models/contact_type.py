from enum import StrEnum


class ContactType(StrEnum):
    CUSTOM = "custom"
    GROUP = "group"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
