def ping(value: str) -> str:
    """A trivial job: proves that enqueue -> worker -> result round-trips."""
    return f"pong:{value}"
