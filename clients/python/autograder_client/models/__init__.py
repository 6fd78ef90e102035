""" Contains all the data models used in inputs/outputs """

from .accepted import Accepted
from .assignment_config import AssignmentConfig
from .assignment_create import AssignmentCreate
from .assignment_detail import AssignmentDetail
from .assignment_detail_config import AssignmentDetailConfig
from .assignment_grades import AssignmentGrades
from .assignment_item import AssignmentItem
from .assignment_item_config import AssignmentItemConfig
from .assignment_mode import AssignmentMode
from .assignment_question_view import AssignmentQuestionView
from .assignment_stats import AssignmentStats
from .assignment_update import AssignmentUpdate
from .attach_question import AttachQuestion
from .attempt_status import AttemptStatus
from .bulk_enroll import BulkEnroll
from .bulk_enroll_result import BulkEnrollResult
from .class_create import ClassCreate
from .class_detail import ClassDetail
from .class_detail_settings import ClassDetailSettings
from .class_role import ClassRole
from .class_settings import ClassSettings
from .class_update import ClassUpdate
from .comment_create import CommentCreate
from .comment_view import CommentView
from .compare_mode import CompareMode
from .effective_dates import EffectiveDates
from .enrollment_create import EnrollmentCreate
from .enrollment_detail import EnrollmentDetail
from .enrollment_summary import EnrollmentSummary
from .enrollment_update import EnrollmentUpdate
from .exam_session_view import ExamSessionView
from .export_format import ExportFormat
from .extension_set import ExtensionSet
from .extension_view import ExtensionView
from .feedback import Feedback
from .gradebook import Gradebook
from .gradebook_column import GradebookColumn
from .gradebook_policy import GradebookPolicy
from .gradebook_row import GradebookRow
from .health_response_200 import HealthResponse200
from .invitation_accept import InvitationAccept
from .invitation_sent import InvitationSent
from .item_order import ItemOrder
from .language import Language
from .language_view import LanguageView
from .late_policy import LatePolicy
from .late_policy_mode import LatePolicyMode
from .login_request import LoginRequest
from .login_response import LoginResponse
from .me import Me
from .module_create import ModuleCreate
from .module_detail import ModuleDetail
from .module_order import ModuleOrder
from .module_update import ModuleUpdate
from .my_grades import MyGrades
from .override_create import OverrideCreate
from .override_view import OverrideView
from .page_class_detail import PageClassDetail
from .page_comment_view import PageCommentView
from .page_create import PageCreate
from .page_enrollment_detail import PageEnrollmentDetail
from .page_extension_view import PageExtensionView
from .page_item import PageItem
from .page_language_view import PageLanguageView
from .page_module_detail import PageModuleDetail
from .page_override_view import PageOverrideView
from .page_question_summary import PageQuestionSummary
from .page_staff_submission_summary import PageStaffSubmissionSummary
from .page_submission_summary import PageSubmissionSummary
from .page_union_type_assignment_item_page_item import PageUnionTypeAssignmentItemPageItem
from .page_update import PageUpdate
from .page_user_summary import PageUserSummary
from .password_change import PasswordChange
from .password_reset_confirm import PasswordResetConfirm
from .password_reset_request import PasswordResetRequest
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .profile_update import ProfileUpdate
from .profile_update_settings_type_0 import ProfileUpdateSettingsType0
from .progress_detail import ProgressDetail
from .progress_save import ProgressSave
from .publish import Publish
from .question_create import QuestionCreate
from .question_detail import QuestionDetail
from .question_grade import QuestionGrade
from .question_order import QuestionOrder
from .question_stats import QuestionStats
from .question_stats_verdict_histogram import QuestionStatsVerdictHistogram
from .question_summary import QuestionSummary
from .question_update import QuestionUpdate
from .ready_response_200 import ReadyResponse200
from .ready_response_200_additional_property_type_0 import ReadyResponse200AdditionalPropertyType0
from .rejudge_batch import RejudgeBatch
from .rejudge_item import RejudgeItem
from .rejudge_started import RejudgeStarted
from .rejudge_started_links import RejudgeStartedLinks
from .release import Release
from .role import Role
from .roster_import import RosterImport
from .roster_result import RosterResult
from .roster_row import RosterRow
from .roster_row_result import RosterRowResult
from .run_accepted import RunAccepted
from .run_accepted_links import RunAcceptedLinks
from .run_code import RunCode
from .run_code_tests_type_1 import RunCodeTestsType1
from .run_code_tests_type_2_type_1 import RunCodeTestsType2Type1
from .run_code_tests_type_3_type_1 import RunCodeTestsType3Type1
from .run_detail import RunDetail
from .run_test_result import RunTestResult
from .staff_submission_summary import StaffSubmissionSummary
from .student_dates import StudentDates
from .submission_accepted import SubmissionAccepted
from .submission_accepted_links import SubmissionAcceptedLinks
from .submission_detail import SubmissionDetail
from .submission_summary import SubmissionSummary
from .submit_code import SubmitCode
from .test_case_create import TestCaseCreate
from .test_case_detail import TestCaseDetail
from .test_case_update import TestCaseUpdate
from .test_case_view import TestCaseView
from .test_kind import TestKind
from .test_result_view import TestResultView
from .update_assignment_question import UpdateAssignmentQuestion
from .user_create import UserCreate
from .user_created import UserCreated
from .user_settings import UserSettings
from .user_summary import UserSummary
from .user_update import UserUpdate
from .verdict import Verdict
from .visibility import Visibility

__all__ = (
    "Accepted",
    "AssignmentConfig",
    "AssignmentCreate",
    "AssignmentDetail",
    "AssignmentDetailConfig",
    "AssignmentGrades",
    "AssignmentItem",
    "AssignmentItemConfig",
    "AssignmentMode",
    "AssignmentQuestionView",
    "AssignmentStats",
    "AssignmentUpdate",
    "AttachQuestion",
    "AttemptStatus",
    "BulkEnroll",
    "BulkEnrollResult",
    "ClassCreate",
    "ClassDetail",
    "ClassDetailSettings",
    "ClassRole",
    "ClassSettings",
    "ClassUpdate",
    "CommentCreate",
    "CommentView",
    "CompareMode",
    "EffectiveDates",
    "EnrollmentCreate",
    "EnrollmentDetail",
    "EnrollmentSummary",
    "EnrollmentUpdate",
    "ExamSessionView",
    "ExportFormat",
    "ExtensionSet",
    "ExtensionView",
    "Feedback",
    "Gradebook",
    "GradebookColumn",
    "GradebookPolicy",
    "GradebookRow",
    "HealthResponse200",
    "InvitationAccept",
    "InvitationSent",
    "ItemOrder",
    "Language",
    "LanguageView",
    "LatePolicy",
    "LatePolicyMode",
    "LoginRequest",
    "LoginResponse",
    "Me",
    "ModuleCreate",
    "ModuleDetail",
    "ModuleOrder",
    "ModuleUpdate",
    "MyGrades",
    "OverrideCreate",
    "OverrideView",
    "PageClassDetail",
    "PageCommentView",
    "PageCreate",
    "PageEnrollmentDetail",
    "PageExtensionView",
    "PageItem",
    "PageLanguageView",
    "PageModuleDetail",
    "PageOverrideView",
    "PageQuestionSummary",
    "PageStaffSubmissionSummary",
    "PageSubmissionSummary",
    "PageUnionTypeAssignmentItemPageItem",
    "PageUpdate",
    "PageUserSummary",
    "PasswordChange",
    "PasswordResetConfirm",
    "PasswordResetRequest",
    "Problem",
    "ProblemErrorsItem",
    "ProfileUpdate",
    "ProfileUpdateSettingsType0",
    "ProgressDetail",
    "ProgressSave",
    "Publish",
    "QuestionCreate",
    "QuestionDetail",
    "QuestionGrade",
    "QuestionOrder",
    "QuestionStats",
    "QuestionStatsVerdictHistogram",
    "QuestionSummary",
    "QuestionUpdate",
    "ReadyResponse200",
    "ReadyResponse200AdditionalPropertyType0",
    "RejudgeBatch",
    "RejudgeItem",
    "RejudgeStarted",
    "RejudgeStartedLinks",
    "Release",
    "Role",
    "RosterImport",
    "RosterResult",
    "RosterRow",
    "RosterRowResult",
    "RunAccepted",
    "RunAcceptedLinks",
    "RunCode",
    "RunCodeTestsType1",
    "RunCodeTestsType2Type1",
    "RunCodeTestsType3Type1",
    "RunDetail",
    "RunTestResult",
    "StaffSubmissionSummary",
    "StudentDates",
    "SubmissionAccepted",
    "SubmissionAcceptedLinks",
    "SubmissionDetail",
    "SubmissionSummary",
    "SubmitCode",
    "TestCaseCreate",
    "TestCaseDetail",
    "TestCaseUpdate",
    "TestCaseView",
    "TestKind",
    "TestResultView",
    "UpdateAssignmentQuestion",
    "UserCreate",
    "UserCreated",
    "UserSettings",
    "UserSummary",
    "UserUpdate",
    "Verdict",
    "Visibility",
)
