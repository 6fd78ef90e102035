from enum import StrEnum

class Feedback(StrEnum):
    FULL = "full"
    NONE = "none"
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
