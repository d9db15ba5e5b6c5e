from enum import StrEnum


class ThesaurusCode(StrEnum):
    GROUP_THEME = "group-theme"
    INSPIRE_THEME = "inspire-theme"
    ISO19115_TOPIC = "iso19115-topic"
    ISOGEO = "isogeo"

    def __str__(self) -> str:
        return str(self.value)
