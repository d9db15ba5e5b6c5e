from enum import StrEnum


class KeywordCasing(StrEnum):
    CAPITALIZED = "capitalized"
    LOWERCASE = "lowercase"
    MIXEDCASE = "mixedcase"
    UPPERCASE = "uppercase"

    def __str__(self) -> str:
        return str(self.value)
