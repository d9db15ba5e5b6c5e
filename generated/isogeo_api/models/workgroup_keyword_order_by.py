from enum import StrEnum


class WorkgroupKeywordOrderBy(StrEnum):
    COUNT_GROUP = "count.group"
    COUNT_ISOGEO = "count.isogeo"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
