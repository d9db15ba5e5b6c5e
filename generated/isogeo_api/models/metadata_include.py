from enum import StrEnum


class MetadataInclude(StrEnum):
    CONDITIONS = "conditions"
    CONTACTS = "contacts"
    CONTEXT = "context"
    COORDINATE_SYSTEM = "coordinate-system"
    EVENTS = "events"
    FEATURE_ATTRIBUTES = "feature-attributes"
    KEYWORDS = "keywords"
    LAYERS = "layers"
    LIMITATIONS = "limitations"
    LINKS = "links"
    OPERATIONS = "operations"
    SERVICE_LAYERS = "serviceLayers"
    SPECIFICATIONS = "specifications"
    SYS_ABILITIES = "_abilities"
    SYS_CREATOR = "_creator"
    TAGS = "tags"
    TRANSLATIONS = "translations"

    def __str__(self) -> str:
        return str(self.value)
