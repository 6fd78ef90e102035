"""Autograder API: Litestar app, services and adapters."""
