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
from .assignment_update_config_type_0 import AssignmentUpdateConfigType0
from .attach_question import AttachQuestion
from .attempt_status import AttemptStatus
from .audit_event_view import AuditEventView
from .audit_event_view_change import AuditEventViewChange
from .audit_kind import AuditKind
from .bulk_enroll import BulkEnroll
from .bulk_enroll_result import BulkEnrollResult
from .class_create import ClassCreate
from .class_detail import ClassDetail
from .class_detail_settings import ClassDetailSettings
from .class_invitation_accept import ClassInvitationAccept
from .class_role import ClassRole
from .class_settings import ClassSettings
from .class_update import ClassUpdate
from .class_update_settings_type_0 import ClassUpdateSettingsType0
from .comment_create import CommentCreate
from .comment_view import CommentView
from .compare_mode import CompareMode
from .deep_link_body import DeepLinkBody
from .effective_dates import EffectiveDates
from .enrollment_create import EnrollmentCreate
from .enrollment_detail import EnrollmentDetail
from .enrollment_offered import EnrollmentOffered
from .enrollment_summary import EnrollmentSummary
from .enrollment_update import EnrollmentUpdate
from .exam_session_view import ExamSessionView
from .exchange_request import ExchangeRequest
from .exchange_response import ExchangeResponse
from .export_format import ExportFormat
from .extension_set import ExtensionSet
from .extension_view import ExtensionView
from .feedback import Feedback
from .grade_cause import GradeCause
from .grade_event_view import GradeEventView
from .grade_snapshot import GradeSnapshot
from .gradebook import Gradebook
from .gradebook_column import GradebookColumn
from .gradebook_policy import GradebookPolicy
from .gradebook_row import GradebookRow
from .health_response_200 import HealthResponse200
from .invitation_accept import InvitationAccept
from .invitation_sent import InvitationSent
from .item_order import ItemOrder
from .jwks_response_200 import JwksResponse200
from .language import Language
from .language_view import LanguageView
from .late_policy import LatePolicy
from .late_policy_mode import LatePolicyMode
from .launch_body import LaunchBody
from .login_post_body import LoginPostBody
from .login_request import LoginRequest
from .login_response import LoginResponse
from .matched_region import MatchedRegion
from .me import Me
from .member_result import MemberResult
from .module_create import ModuleCreate
from .module_detail import ModuleDetail
from .module_order import ModuleOrder
from .module_update import ModuleUpdate
from .my_grades import MyGrades
from .override_create import OverrideCreate
from .override_remove import OverrideRemove
from .override_view import OverrideView
from .page_audit_event_view import PageAuditEventView
from .page_class_detail import PageClassDetail
from .page_comment_view import PageCommentView
from .page_create import PageCreate
from .page_enrollment_detail import PageEnrollmentDetail
from .page_extension_view import PageExtensionView
from .page_grade_event_view import PageGradeEventView
from .page_item import PageItem
from .page_language_view import PageLanguageView
from .page_module_detail import PageModuleDetail
from .page_override_view import PageOverrideView
from .page_platform_detail import PagePlatformDetail
from .page_question_summary import PageQuestionSummary
from .page_staff_submission_summary import PageStaffSubmissionSummary
from .page_submission_summary import PageSubmissionSummary
from .page_union_type_assignment_item_page_item import PageUnionTypeAssignmentItemPageItem
from .page_update import PageUpdate
from .page_user_summary import PageUserSummary
from .password_change import PasswordChange
from .password_reset_confirm import PasswordResetConfirm
from .password_reset_request import PasswordResetRequest
from .platform_create import PlatformCreate
from .platform_detail import PlatformDetail
from .platform_update import PlatformUpdate
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
from .question_insight import QuestionInsight
from .question_order import QuestionOrder
from .question_stats import QuestionStats
from .question_stats_verdict_histogram import QuestionStatsVerdictHistogram
from .question_summary import QuestionSummary
from .question_update import QuestionUpdate
from .ready_response_200 import ReadyResponse200
from .ready_response_200_additional_property_type_0 import ReadyResponse200AdditionalPropertyType0
from .registration_create import RegistrationCreate
from .registration_started import RegistrationStarted
from .rejudge_batch import RejudgeBatch
from .rejudge_item import RejudgeItem
from .rejudge_publish import RejudgePublish
from .rejudge_started import RejudgeStarted
from .rejudge_started_links import RejudgeStartedLinks
from .release import Release
from .role import Role
from .roster_import import RosterImport
from .roster_result import RosterResult
from .roster_row import RosterRow
from .roster_row_result import RosterRowResult
from .roster_sync_result import RosterSyncResult
from .roster_sync_started import RosterSyncStarted
from .rotate_key_response_201 import RotateKeyResponse201
from .run_accepted import RunAccepted
from .run_accepted_links import RunAcceptedLinks
from .run_code import RunCode
from .run_code_tests_type_1 import RunCodeTestsType1
from .run_code_tests_type_2_type_1 import RunCodeTestsType2Type1
from .run_code_tests_type_3_type_1 import RunCodeTestsType3Type1
from .run_detail import RunDetail
from .run_mode import RunMode
from .run_status import RunStatus
from .run_test_result import RunTestResult
from .score_delivery import ScoreDelivery
from .similar_pair import SimilarPair
from .similarity_report_view import SimilarityReportView
from .snapshot_assignment import SnapshotAssignment
from .snapshot_grade import SnapshotGrade
from .snapshot_question import SnapshotQuestion
from .snapshot_student import SnapshotStudent
from .staff_submission_summary import StaffSubmissionSummary
from .student_dates import StudentDates
from .student_ref import StudentRef
from .submission_accepted import SubmissionAccepted
from .submission_accepted_links import SubmissionAcceptedLinks
from .submission_detail import SubmissionDetail
from .submission_summary import SubmissionSummary
from .submit_code import SubmitCode
from .sync_state import SyncState
from .test_case_create import TestCaseCreate
from .test_case_detail import TestCaseDetail
from .test_case_update import TestCaseUpdate
from .test_case_view import TestCaseView
from .test_insight import TestInsight
from .test_kind import TestKind
from .test_result_view import TestResultView
from .tool_config import ToolConfig
from .tool_config_canvas_developer_key import ToolConfigCanvasDeveloperKey
from .update_assignment_question import UpdateAssignmentQuestion
from .user_create import UserCreate
from .user_created import UserCreated
from .user_settings import UserSettings
from .user_summary import UserSummary
from .user_update import UserUpdate
from .validation_state import ValidationState
from .verdict import Verdict
from .visibility import Visibility
from .wrong_answer import WrongAnswer

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
    "AssignmentUpdateConfigType0",
    "AttachQuestion",
    "AttemptStatus",
    "AuditEventView",
    "AuditEventViewChange",
    "AuditKind",
    "BulkEnroll",
    "BulkEnrollResult",
    "ClassCreate",
    "ClassDetail",
    "ClassDetailSettings",
    "ClassInvitationAccept",
    "ClassRole",
    "ClassSettings",
    "ClassUpdate",
    "ClassUpdateSettingsType0",
    "CommentCreate",
    "CommentView",
    "CompareMode",
    "DeepLinkBody",
    "EffectiveDates",
    "EnrollmentCreate",
    "EnrollmentDetail",
    "EnrollmentOffered",
    "EnrollmentSummary",
    "EnrollmentUpdate",
    "ExamSessionView",
    "ExchangeRequest",
    "ExchangeResponse",
    "ExportFormat",
    "ExtensionSet",
    "ExtensionView",
    "Feedback",
    "Gradebook",
    "GradebookColumn",
    "GradebookPolicy",
    "GradebookRow",
    "GradeCause",
    "GradeEventView",
    "GradeSnapshot",
    "HealthResponse200",
    "InvitationAccept",
    "InvitationSent",
    "ItemOrder",
    "JwksResponse200",
    "Language",
    "LanguageView",
    "LatePolicy",
    "LatePolicyMode",
    "LaunchBody",
    "LoginPostBody",
    "LoginRequest",
    "LoginResponse",
    "MatchedRegion",
    "Me",
    "MemberResult",
    "ModuleCreate",
    "ModuleDetail",
    "ModuleOrder",
    "ModuleUpdate",
    "MyGrades",
    "OverrideCreate",
    "OverrideRemove",
    "OverrideView",
    "PageAuditEventView",
    "PageClassDetail",
    "PageCommentView",
    "PageCreate",
    "PageEnrollmentDetail",
    "PageExtensionView",
    "PageGradeEventView",
    "PageItem",
    "PageLanguageView",
    "PageModuleDetail",
    "PageOverrideView",
    "PagePlatformDetail",
    "PageQuestionSummary",
    "PageStaffSubmissionSummary",
    "PageSubmissionSummary",
    "PageUnionTypeAssignmentItemPageItem",
    "PageUpdate",
    "PageUserSummary",
    "PasswordChange",
    "PasswordResetConfirm",
    "PasswordResetRequest",
    "PlatformCreate",
    "PlatformDetail",
    "PlatformUpdate",
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
    "QuestionInsight",
    "QuestionOrder",
    "QuestionStats",
    "QuestionStatsVerdictHistogram",
    "QuestionSummary",
    "QuestionUpdate",
    "ReadyResponse200",
    "ReadyResponse200AdditionalPropertyType0",
    "RegistrationCreate",
    "RegistrationStarted",
    "RejudgeBatch",
    "RejudgeItem",
    "RejudgePublish",
    "RejudgeStarted",
    "RejudgeStartedLinks",
    "Release",
    "Role",
    "RosterImport",
    "RosterResult",
    "RosterRow",
    "RosterRowResult",
    "RosterSyncResult",
    "RosterSyncStarted",
    "RotateKeyResponse201",
    "RunAccepted",
    "RunAcceptedLinks",
    "RunCode",
    "RunCodeTestsType1",
    "RunCodeTestsType2Type1",
    "RunCodeTestsType3Type1",
    "RunDetail",
    "RunMode",
    "RunStatus",
    "RunTestResult",
    "ScoreDelivery",
    "SimilarityReportView",
    "SimilarPair",
    "SnapshotAssignment",
    "SnapshotGrade",
    "SnapshotQuestion",
    "SnapshotStudent",
    "StaffSubmissionSummary",
    "StudentDates",
    "StudentRef",
    "SubmissionAccepted",
    "SubmissionAcceptedLinks",
    "SubmissionDetail",
    "SubmissionSummary",
    "SubmitCode",
    "SyncState",
    "TestCaseCreate",
    "TestCaseDetail",
    "TestCaseUpdate",
    "TestCaseView",
    "TestInsight",
    "TestKind",
    "TestResultView",
    "ToolConfig",
    "ToolConfigCanvasDeveloperKey",
    "UpdateAssignmentQuestion",
    "UserCreate",
    "UserCreated",
    "UserSettings",
    "UserSummary",
    "UserUpdate",
    "ValidationState",
    "Verdict",
    "Visibility",
    "WrongAnswer",
)
