from enum import StrEnum

class GradeCause(StrEnum):
    GRADED = "graded"
    OVERRIDE = "override"
    OVERRIDE_REMOVED = "override_removed"
    POLICY_CHANGED = "policy_changed"
    REJUDGED = "rejudged"
    RELEASED = "released"
    RULES_CHANGED = "rules_changed"

    def __str__(self) -> str:
        return str(self.value)
