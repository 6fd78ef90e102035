from enum import StrEnum

class AttemptStatus(StrEnum):
    ERROR = "error"
    GRADED = "graded"
    QUEUED = "queued"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
