FROM python:3.11-slim-bookworm
# the sandbox runs students' Python on Debian's /usr/bin/python3 and drops to a slot uid with util-linux's setpriv
RUN apt-get update \
    && apt-get install -y --no-install-recommends bubblewrap libseccomp2 gcc g++ libc6-dev openjdk-17-jdk-headless nodejs python3 util-linux curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/autograder
COPY pyproject.toml README.md ./
COPY app ./app
COPY tables ./tables
COPY jobs ./jobs
COPY seeds ./seeds
COPY piccolo_migrations ./piccolo_migrations
COPY piccolo_conf.py ./
RUN pip install --no-cache-dir .
ENV PICCOLO_CONF=piccolo_conf PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["uvicorn", "app.asgi:serve", "--factory", "--host", "0.0.0.0", "--port", "8000"]
