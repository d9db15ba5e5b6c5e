from enum import StrEnum


class BulkTarget(StrEnum):
    ABSTRACT = "abstract"
    CATALOGS = "catalogs"
    CODE_PAGE = "codePage"
    COLLECTION_CONTEXT = "collectionContext"
    COLLECTION_METHOD = "collectionMethod"
    CONTACTS = "contacts"
    DISTANCE = "distance"
    KEYWORDS = "keywords"
    SCALE = "scale"
    TITLE = "title"
    VALIDITY_COMMENT = "validityComment"
    VALID_FROM = "validFrom"

    def __str__(self) -> str:
        return str(self.value)
