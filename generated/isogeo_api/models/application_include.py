from enum import StrEnum


class ApplicationInclude(StrEnum):
    GROUPS = "groups"
    SYS_ABILITIES = "_abilities"

    def __str__(self) -> str:
        return str(self.value)
