from enum import StrEnum


class SessionStatus(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    STARTED = "started"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
