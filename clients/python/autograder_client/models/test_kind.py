from enum import StrEnum

class TestKind(StrEnum):
    CALL = "call"
    CHECKER = "checker"
    IO = "io"

    def __str__(self) -> str:
        return str(self.value)
