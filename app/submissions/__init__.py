"""submissions."""
