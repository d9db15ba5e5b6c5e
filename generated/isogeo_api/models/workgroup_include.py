from enum import StrEnum


class WorkgroupInclude(StrEnum):
    LIMITS = "limits"
    SYS_ABILITIES = "_abilities"

    def __str__(self) -> str:
        return str(self.value)
