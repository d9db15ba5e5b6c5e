from enum import StrEnum


class ContactRole(StrEnum):
    AUTHOR = "author"
    CUSTODIAN = "custodian"
    DISTRIBUTOR = "distributor"
    ORIGINATOR = "originator"
    OWNER = "owner"
    POINT_OF_CONTACT = "pointOfContact"
    PRINCIPAL_INVESTIGATOR = "principalInvestigator"
    PROCESSOR = "processor"
    PUBLISHER = "publisher"
    RESOURCE_PROVIDER = "resourceProvider"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
