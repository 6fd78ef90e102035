"""S3 blob storage through the minio SDK; code is stored under its sha256, so the same code is the same object."""

from __future__ import annotations

import hashlib
import io
from urllib.parse import urlparse

import urllib3
from minio import Minio
from minio.error import S3Error

from app.settings import Settings


class BlobStoreUnavailable(RuntimeError):
    """S3 did not answer."""


def code_key(sha256: str) -> str:
    return f"code/{sha256[:2]}/{sha256}"


class BlobStore:
    def __init__(self, settings: Settings, endpoint_url: str | None = None) -> None:
        url = urlparse(endpoint_url or settings.s3_address)
        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=2.0, read=15.0),
            retries=urllib3.Retry(total=1, backoff_factor=0.1, status_forcelist=[502, 503, 504]),
            maxsize=16,
        )
        self.bucket = settings.s3_bucket
        self.client = Minio(
            url.netloc,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            secure=url.scheme == "https",
            region=settings.s3_region,
            http_client=http,
        )

    def ensure_bucket(self) -> None:
        if not self.client.bucket_exists(self.bucket):
            self.client.make_bucket(self.bucket)

    def ping(self) -> None:
        try:
            self.client.bucket_exists(self.bucket)
        except (urllib3.exceptions.HTTPError, S3Error, OSError) as exc:
            raise BlobStoreUnavailable(str(exc)) from exc

    def put_code(self, code: bytes) -> tuple[str, str]:
        """Store `code` under its content address and answer (key, sha256)."""
        sha256 = hashlib.sha256(code).hexdigest()
        key = code_key(sha256)
        try:
            self.client.put_object(self.bucket, key, io.BytesIO(code), len(code), content_type="text/plain")
        except (urllib3.exceptions.HTTPError, S3Error, OSError) as exc:
            raise BlobStoreUnavailable(str(exc)) from exc
        return key, sha256

    def get(self, key: str) -> bytes:
        try:
            response = self.client.get_object(self.bucket, key)
        except (urllib3.exceptions.HTTPError, OSError, S3Error) as exc:  # S3Error: missing, say (NoSuchKey)
            raise BlobStoreUnavailable(str(exc)) from exc
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def exists(self, key: str) -> bool:
        try:
            self.client.stat_object(self.bucket, key)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchObject", "NotFound"):
                return False
            raise
        return True
