"""devserver."""
