from enum import StrEnum

class AuditKind(StrEnum):
    ADMIN_EDIT = "admin_edit"
    ASSIGNMENT_QUESTION = "assignment_question"
    ASSIGNMENT_SETTINGS = "assignment_settings"
    CLASS_SETTINGS = "class_settings"
    ENROLLMENT_ADDED = "enrollment_added"
    ENROLLMENT_REMOVED = "enrollment_removed"
    ENROLLMENT_ROLE = "enrollment_role"
    EXTENSION = "extension"
    EXTENSION_REMOVED = "extension_removed"
    LTI_KEY = "lti_key"
    LTI_PLATFORM = "lti_platform"
    LTI_REGISTRATION_URL = "lti_registration_url"
    OVERRIDE = "override"
    OVERRIDE_REMOVED = "override_removed"
    QUESTION = "question"
    REJUDGE_PUBLISH = "rejudge_publish"
    RELEASE = "release"
    ROSTER_IMPORT = "roster_import"
    SIMILARITY_RUN = "similarity_run"
    TEST_CASE = "test_case"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
