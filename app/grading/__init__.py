"""Grading's shared core: the grade ledger (every change of a counted grade) used by the API and the workers."""
