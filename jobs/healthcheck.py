"""`python -m jobs.healthcheck`: exit 0 when Redis answers and a worker of this host is registered."""

import socket
import sys

from rq import Worker

from app.adapters.queue import redis_connection
from app.settings import get_settings


def main() -> int:
    connection = redis_connection(get_settings().redis_address)
    host = socket.gethostname()
    return 0 if any(host in worker.name for worker in Worker.all(connection=connection)) else 1


if __name__ == "__main__":
    sys.exit(main())
