from enum import StrEnum


class KeywordOrderBy(StrEnum):
    COUNT_ISOGEO = "count.isogeo"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
