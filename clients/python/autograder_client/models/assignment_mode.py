from enum import StrEnum

class AssignmentMode(StrEnum):
    EXAM = "exam"
    PRACTICE = "practice"

    def __str__(self) -> str:
        return str(self.value)
