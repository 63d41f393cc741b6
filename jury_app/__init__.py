"""Jury App core: contest storage, import, scoring, results and documents — no Qt here."""

__version__ = "0.1.0"
