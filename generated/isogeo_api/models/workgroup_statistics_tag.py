from enum import StrEnum


class WorkgroupStatisticsTag(StrEnum):
    CATALOG = "catalog"
    CONTACT = "contact"
    COORDINATE_SYSTEM = "coordinate-system"
    FORMAT = "format"
    KEYWORD = "keyword"
    KEYWORD_INSPIRE_THEME = "keyword:inspire-theme"
    OWNER = "owner"

    def __str__(self) -> str:
        return str(self.value)
