from enum import StrEnum


class LicenseInclude(StrEnum):
    COUNT = "count"
    SYS_ABILITIES = "_abilities"

    def __str__(self) -> str:
        return str(self.value)
