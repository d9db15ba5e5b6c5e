from enum import StrEnum


class BulkIgnoreReason(StrEnum):
    ALREADY_PRESENT = "alreadyPresent"
    FORBIDDEN = "forbidden"
    INVALID = "invalid"
    NOT_APPLICABLE = "notApplicable"
    NOT_FOUND = "notFound"

    def __str__(self) -> str:
        return str(self.value)
