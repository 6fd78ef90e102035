from enum import StrEnum

class ValidationState(StrEnum):
    INVALID = "invalid"
    PENDING = "pending"
    UNCHECKED = "unchecked"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
