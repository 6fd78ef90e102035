from __future__ import annotations

from litestar import Controller, get
from litestar.datastructures import State

from app.common.readiness import check_services
from app.errors import ServiceUnavailable


class HealthController(Controller):
    tags = ["health"]

    @get("/health", exclude_from_auth=True)
    async def health(self) -> dict[str, str]:
        """Liveness: the process answers; touches nothing else."""
        return {"status": "ok"}

    @get("/ready", exclude_from_auth=True)
    async def ready(self, state: State) -> dict[str, dict[str, str] | str]:
        """Readiness: PostgreSQL, Redis and S3 all answer; otherwise 503 naming what is down."""
        services = await check_services(redis=state.redis, blobstore=state.blobstore)
        down = sorted(name for name, result in services.items() if result != "ok")
        if down:
            raise ServiceUnavailable(f"not ready: {', '.join(down)} down", down=down, services=services)
        return {"status": "ready", "services": services}
