# The API, migrate and worker image. Runtime dependencies only, from the lock file: no embedded servers (the compose
# stack runs PostgreSQL, Redis and SeaweedFS), no test tools.
FROM python:3.11-slim-bookworm
# the sandbox runs students' Python on Debian's /usr/bin/python3 and drops to a slot uid with util-linux's setpriv;
# bookworm's bubblewrap is 0.8 (--disable-userns); the packages come from the catalogue of languages (stdlib only)
COPY tables/enums.py /tmp/catalogue.py
RUN apt-get update \
    && apt-get install -y --no-install-recommends $(python3 /tmp/catalogue.py) \
    && rm -rf /var/lib/apt/lists/* /tmp/catalogue.py
RUN useradd --system --uid 10001 --user-group --home-dir /srv/autograder --shell /usr/sbin/nologin autograder
WORKDIR /srv/autograder
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY pyproject.toml README.md piccolo_conf.py ./
COPY app ./app
COPY tables ./tables
COPY jobs ./jobs
COPY seeds ./seeds
COPY piccolo_migrations ./piccolo_migrations
COPY deploy/worker-entrypoint.sh /usr/local/bin/worker-entrypoint
# editable: the `autograder` command, with the project (and piccolo_conf.py) where the code is
RUN pip install --no-cache-dir --no-deps -e . && chmod 0755 /usr/local/bin/worker-entrypoint
ENV PICCOLO_CONF=piccolo_conf PYTHONUNBUFFERED=1 PROMETHEUS_MULTIPROC_DIR=/tmp/prometheus DATA_DIR=/tmp/autograder
# api and migrate run as this user; the worker's compose service runs as root (it drops each sandbox to a slot uid)
USER autograder
EXPOSE 8000
CMD ["autograder", "api", "--host", "0.0.0.0", "--workers", "2"]
