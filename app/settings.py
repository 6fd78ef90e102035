"""One typed settings object, read once from the environment (a `.env` file fills in what the environment lacks)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import msgspec
from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# 32 bytes or more (RFC 7518 asks at least the hash's size for HS256); production refuses this one and shorter ones
DEFAULT_SECRET = "dev-only-jwt-secret-change-me-0123456789"
MIN_SECRET_BYTES = 32


class SettingsError(RuntimeError):
    """The environment cannot make a valid configuration."""


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    app_env: str = "development"
    database_url: str | None = None
    redis_url: str | None = None
    s3_endpoint_url: str | None = None
    s3_access_key: str = "autograder"
    s3_secret_key: str = "autograder-secret"
    s3_bucket: str = "submissions"
    s3_region: str = "us-east-1"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = msgspec.field(default_factory=lambda: os.cpu_count() or 1)
    jwt_secret: str = DEFAULT_SECRET
    jwt_ttl_seconds: int = 28800
    data_dir: str = ".data"
    log_level: str = "INFO"
    cors_origins: str = ""
    max_code_bytes: int = 65536
    max_body_bytes: int = 1048576
    submit_rate_per_minute: int = 30  # per student and question
    submit_total_rate_per_minute: int = 60  # per student, all questions together
    run_rate_per_minute: int = 20  # per student, all questions together
    run_question_rate_per_minute: int = 10  # per student and question
    autosave_rate_per_minute: int = 120  # per student, all questions together
    longpolls_per_user: int = 8  # waits (`?wait=`) at once; beyond, a wait answers at once with the current state
    # one credential's requests worked on at once per API process (a browser opens at most 6 to a host); more wait
    # their turn holding nothing (app/common/fair_share.py); 0 turns it off
    requests_per_caller: int = 6
    login_free_failures: int = 5
    login_email_free_failures: int = 20
    login_address_failures: int = 100
    login_max_delay_seconds: int = 900
    smtp_url: str | None = None
    mail_from: str = "Autograder <autograder@localhost>"
    public_url: str | None = None
    # where the links in mails and LTI launches land: a frontend's own pages, or by default this product's pages
    frontend_url: str | None = None
    frontend_invitation_url: str = "{frontend}/invitation?token={token}"
    frontend_password_reset_url: str = "{frontend}/password-reset?token={token}"
    # an LTI launch's landing (`{token}`: its one-time code for POST /api/lti/exchange); by default the product's own
    # landing page, under FRONTEND_URL when one is set (a frontend that serves the API under /api)
    frontend_lti_landing_url: str = "{frontend}/api/lti/landing?lti_code={token}"
    grading_lease_seconds: int = 60
    # a student's attempts graded at once in one lane; the rest wait their turn behind other students' (no refusal)
    grading_inflight_per_student: int = 2
    sweep_interval_seconds: int = 15
    max_grading_tries: int = 3
    sandbox_slots: int = 32
    sandbox_base_uid: int = 62000
    query_count_header: bool = False
    embedded_postgres_port: int = 54329
    embedded_redis_port: int = 63799
    embedded_s3_port: int = 8333
    metrics_token: str = ""
    embedded_smtp_port: int = 8025
    # LTI 1.3 (a launch lands where FRONTEND_LTI_LANDING_URL, above, says): the secret the tool's
    # private keys are encrypted with (derived from JWT_SECRET when empty), and how often workers look for scores
    lti_key_secret: str = ""
    lti_poll_seconds: float = 1.0

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def database_address(self) -> str:
        """The configured URL, or where the embedded server listens."""
        return self.database_url or f"postgresql://postgres@127.0.0.1:{self.embedded_postgres_port}/autograder"

    @property
    def redis_address(self) -> str:
        return self.redis_url or f"redis://127.0.0.1:{self.embedded_redis_port}/0"

    @property
    def s3_address(self) -> str:
        return self.s3_endpoint_url or f"http://127.0.0.1:{self.embedded_s3_port}"

    @property
    def smtp_address(self) -> str:
        return self.smtp_url or f"smtp://127.0.0.1:{self.embedded_smtp_port}"

    @property
    def public_address(self) -> str:
        """Where people open the product: the base of the links in invitation and reset mails."""
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def public_host(self) -> str:
        """The host name people reach the product by (Piccolo Admin's allowed host behind a proxy)."""
        return urlsplit(self.public_address).hostname or self.host

    @property
    def served_over_tls(self) -> bool:
        """PUBLIC_URL is https: cookies are Secure and Piccolo Admin runs in production mode."""
        return self.public_address.startswith("https://")

    @property
    def frontend_address(self) -> str:
        """The base of the pages a person opens from a mail: `FRONTEND_URL`, else the product itself."""
        return (self.frontend_url or self.public_address).rstrip("/")

    @property
    def data_path(self) -> Path:
        path = Path(self.data_dir)
        return path if path.is_absolute() else PROJECT_ROOT / path

    def require_production_secrets(self) -> None:
        """Refuse to run in production with a missing or default secret, naming the variable."""
        if not self.is_production:
            return
        defaults = {
            "JWT_SECRET": (self.jwt_secret, DEFAULT_SECRET),
            "S3_SECRET_KEY": (self.s3_secret_key, "autograder-secret"),
        }
        for name, (value, default) in defaults.items():
            if not value or value == default:
                raise SettingsError(f"{name} must be set to a non-default secret when APP_ENV=production")
        for name, value in {"JWT_SECRET": self.jwt_secret, "METRICS_TOKEN": self.metrics_token}.items():
            if value and len(value.encode()) < MIN_SECRET_BYTES:
                raise SettingsError(f"{name} must be at least {MIN_SECRET_BYTES} bytes when APP_ENV=production")
        services = {
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "S3_ENDPOINT_URL": self.s3_endpoint_url,
        }
        for name, url in services.items():
            if not url:
                raise SettingsError(f"{name} must be set when APP_ENV=production (no embedded services)")


def _from_env(env: dict[str, str]) -> Settings:
    fields = {}
    for name in Settings.__struct_fields__:
        raw = env.get(name.upper())
        if raw is not None and raw != "":
            fields[name] = raw
    try:
        return msgspec.convert(fields, Settings, strict=False)
    except msgspec.ValidationError as exc:
        raise SettingsError(f"invalid setting: {exc}") from exc


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment after loading `.env`, which never overrides)."""
    if env is None:
        load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    return _from_env(env)


@cache
def get_settings() -> Settings:
    return load_settings()
