"""Piccolo table classes, one module per domain."""
