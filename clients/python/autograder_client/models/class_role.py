from enum import StrEnum

class ClassRole(StrEnum):
    INSTRUCTOR = "instructor"
    STUDENT = "student"
    TA = "ta"

    def __str__(self) -> str:
        return str(self.value)
