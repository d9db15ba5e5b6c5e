from enum import StrEnum


class SearchOrderBy(StrEnum):
    CREATED = "created"
    MODIFIED = "modified"
    RELEVANCE = "relevance"
    SYS_CREATED = "_created"
    SYS_MODIFIED = "_modified"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
