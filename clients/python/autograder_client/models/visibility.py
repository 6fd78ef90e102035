from enum import StrEnum

class Visibility(StrEnum):
    AFTER_DUE = "after_due"
    HIDDEN = "hidden"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
