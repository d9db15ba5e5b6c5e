from enum import StrEnum


class ShareInclude(StrEnum):
    GROUPS = "groups"
    SYS_ABILITIES = "_abilities"

    def __str__(self) -> str:
        return str(self.value)
