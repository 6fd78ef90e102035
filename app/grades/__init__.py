"""grades."""
