import os

from piccolo.conf.apps import AppConfig

from tables.analytics import ProblemAnalytics, SubmissionAnalysis
from tables.audit import AuditEvent
from tables.content import Assignment, ContentItem, Page
from tables.courses import Class, Enrollment, Module
from tables.exams import ExamSession, Extension
from tables.grades import GradeEvent, QuestionGrade
from tables.insight import SimilarityPair, SimilarityReport, TestFailure, WrongAnswerCluster, WrongOutput
from tables.lti import (
    LtiContext,
    LtiCursor,
    LtiDeployment,
    LtiLaunchCode,
    LtiLineItem,
    LtiLoginState,
    LtiMembership,
    LtiPlatform,
    LtiRegistration,
    LtiResourceLink,
    LtiScoreOutbox,
    LtiToolKey,
    LtiUser,
)
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.reviews import ScoreOverride, SubmissionComment
from tables.runs import CodeRun
from tables.submissions import AssignmentProgress, BlobOutbox, SubmissionAttempt, TestResult
from tables.users import AccountToken, RevokedToken, User

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

APP_CONFIG = AppConfig(
    app_name="tables",
    migrations_folder_path=os.path.join(ROOT, "piccolo_migrations"),
    table_classes=[
        User,
        Class,
        Enrollment,
        Module,
        ContentItem,
        Assignment,
        Page,
        Question,
        TestCase,
        AssignmentQuestion,
        AssignmentProgress,
        SubmissionAttempt,
        TestResult,
        BlobOutbox,
        SubmissionAnalysis,
        ProblemAnalytics,
        CodeRun,
        ExamSession,
        Extension,
        ScoreOverride,
        SubmissionComment,
        RevokedToken,
        AccountToken,
        SimilarityReport,
        SimilarityPair,
        WrongOutput,
        WrongAnswerCluster,
        TestFailure,
        LtiPlatform,
        LtiDeployment,
        LtiToolKey,
        LtiLoginState,
        LtiUser,
        LtiContext,
        LtiResourceLink,
        LtiMembership,
        LtiLaunchCode,
        LtiLineItem,
        LtiScoreOutbox,
        LtiCursor,
        LtiRegistration,
        QuestionGrade,
        GradeEvent,
        AuditEvent,
    ],
    commands=[],
)
