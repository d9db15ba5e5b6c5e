from enum import StrEnum


class UserInclude(StrEnum):
    MEMBERSHIPS = "memberships"
    SYS_ABILITIES = "_abilities"

    def __str__(self) -> str:
        return str(self.value)
