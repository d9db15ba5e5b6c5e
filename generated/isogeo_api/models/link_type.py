from enum import StrEnum


class LinkType(StrEnum):
    HOSTED = "hosted"
    LINK = "link"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
