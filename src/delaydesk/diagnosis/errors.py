"""Errors the diagnosis raises for input it cannot work with."""

from __future__ import annotations


class DiagnosisInputError(ValueError):
    """The text, language, signals or account facts given to diagnose() are not usable.

    The message is meant for people: the CLI prints it as the error line.
    """
