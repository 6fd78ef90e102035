from enum import StrEnum

class RunMode(StrEnum):
    STDIN = "stdin"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
