"""One Controller per resource; API_CONTROLLERS are mounted under /api."""

API_CONTROLLERS: list = []
