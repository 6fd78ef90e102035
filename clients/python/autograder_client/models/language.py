from enum import StrEnum

class Language(StrEnum):
    C = "c"
    CPP = "cpp"
    JAVA = "java"
    JAVASCRIPT = "javascript"
    PYTHON = "python"

    def __str__(self) -> str:
        return str(self.value)
