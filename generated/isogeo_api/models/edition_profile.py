from enum import StrEnum


class EditionProfile(StrEnum):
    CSW = "csw"
    DAEMON = "daemon"
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
