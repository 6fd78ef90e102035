from enum import StrEnum

class RunCodeTestsType2Type1(StrEnum):
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
