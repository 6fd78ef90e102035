"""`python -m app.bucket`: create the S3 bucket if it is missing (retrying while S3 finishes starting)."""

import time

from app.adapters.blobstore import BlobStore
from app.settings import get_settings


def main() -> None:
    store = BlobStore(get_settings())
    for attempt in range(60):
        try:
            store.ensure_bucket()
            return
        except Exception:
            if attempt == 59:
                raise
            time.sleep(0.5)


if __name__ == "__main__":
    main()
