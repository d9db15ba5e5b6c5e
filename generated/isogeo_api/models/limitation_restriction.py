from enum import StrEnum


class LimitationRestriction(StrEnum):
    COPYRIGHT = "copyright"
    INTELLECTUAL_PROPERTY_RIGHTS = "intellectualPropertyRights"
    LICENSE = "license"
    OTHER = "other"
    PATENT = "patent"
    PATENT_PENDING = "patentPending"
    TRADEMARK = "trademark"

    def __str__(self) -> str:
        return str(self.value)
