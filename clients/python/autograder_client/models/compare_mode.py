from enum import StrEnum

class CompareMode(StrEnum):
    CASE_INSENSITIVE = "case_insensitive"
    EXACT = "exact"
    IGNORE_TRAILING_WHITESPACE = "ignore_trailing_whitespace"
    NUMERIC_TOLERANCE = "numeric_tolerance"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
