from enum import StrEnum


class BulkAction(StrEnum):
    ADD = "add"
    DELETE = "delete"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
