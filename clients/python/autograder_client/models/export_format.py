from enum import StrEnum

class ExportFormat(StrEnum):
    CANVAS = "canvas"
    CSV = "csv"
    MOODLE = "moodle"

    def __str__(self) -> str:
        return str(self.value)
