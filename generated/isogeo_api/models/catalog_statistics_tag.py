from enum import StrEnum


class CatalogStatisticsTag(StrEnum):
    CONTACT = "contact"
    COORDINATE_SYSTEM = "coordinate-system"
    FORMAT = "format"
    KEYWORD = "keyword"
    KEYWORD_INSPIRE_THEME = "keyword:inspire-theme"

    def __str__(self) -> str:
        return str(self.value)
