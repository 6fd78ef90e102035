"""One Controller per resource; API_CONTROLLERS are mounted under /api."""

from app.controllers.auth import AuthController
from app.controllers.classes import ClassController
from app.controllers.items import ItemController
from app.controllers.modules import ModuleController
from app.controllers.questions import QuestionController
from app.controllers.staff import StaffController
from app.controllers.submissions import SubmissionController

API_CONTROLLERS: list = [
    AuthController,
    ClassController,
    ModuleController,
    ItemController,
    QuestionController,
    SubmissionController,
    StaffController,
]
