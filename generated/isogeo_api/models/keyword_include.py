from enum import StrEnum


class KeywordInclude(StrEnum):
    COUNT = "count"
    SYS_ABILITIES = "_abilities"
    THESAURUS = "thesaurus"

    def __str__(self) -> str:
        return str(self.value)
