from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    ES = "es"
    FR = "fr"
    PT = "pt"

    def __str__(self) -> str:
        return str(self.value)
