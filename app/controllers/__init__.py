"""One Controller per resource; API_CONTROLLERS are mounted under /api."""

from app.controllers.assignments import AssignmentController
from app.controllers.audit import AuditController
from app.controllers.auth import AuthController
from app.controllers.classes import ClassController
from app.controllers.exams import ExamController
from app.controllers.grades import GradesController
from app.controllers.insight import InsightController
from app.controllers.items import ItemController, PageController
from app.controllers.languages import LanguageController
from app.controllers.lti import ClassLtiController, LtiController
from app.controllers.lti_registration import LtiRegistrationController
from app.controllers.modules import ModuleController
from app.controllers.questions import QuestionController, TestCaseController
from app.controllers.rejudges import RejudgeController
from app.controllers.reviews import ReviewController
from app.controllers.roster import RosterController
from app.controllers.runs import QuestionRunController, RunController
from app.controllers.staff_tools import AssignmentToolsController, QuestionToolsController
from app.controllers.submissions import AssignmentSubmissionController, ProgressController, SubmissionController
from app.controllers.users import UserController

API_CONTROLLERS: list = [
    AuthController,
    ClassController,
    ModuleController,
    ItemController,
    PageController,
    AssignmentController,
    QuestionController,
    TestCaseController,
    ProgressController,
    AssignmentSubmissionController,
    SubmissionController,
    QuestionToolsController,
    AssignmentToolsController,
    RejudgeController,
    QuestionRunController,
    RunController,
    LanguageController,
    ExamController,
    ReviewController,
    GradesController,
    UserController,
    RosterController,
    InsightController,
    LtiController,
    LtiRegistrationController,
    ClassLtiController,
    AuditController,
]
