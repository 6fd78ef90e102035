async def load_demo_seed() -> None:
    """Load the demo data (filled in with the schema)."""
