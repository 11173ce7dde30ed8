"""The project's exceptions: every failure a user can cause is one of these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class DocgenError(Exception):
    """Base of every error the command line reports as one message with exit status 1."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input: where, what was expected, what was found."""

    path: str
    expected: str
    found: str = ""

    def __str__(self) -> str:
        where = self.path or "(top level)"
        text = f"{where}: {self.expected}"
        if self.found:
            text += f"; found {self.found}"
        return text


class SpecError(DocgenError):
    """Raised when a spec (or a recipients, profile or copy file) fails validation.

    Carries every problem at once, sorted by path, and the file they were found in.
    """

    def __init__(self, problems: list[Problem], source: Path | str | None = None) -> None:
        self.problems = sorted(set(problems))
        self.source = str(source) if source is not None else None
        super().__init__(self._message())

    def _message(self) -> str:
        where = f" in {self.source}" if self.source else ""
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}{where}:"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class InputFileError(DocgenError):
    """Raised when an input file cannot be read: missing, not UTF-8, broken YAML, wrong kind."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class OutputExistsError(DocgenError):
    """Raised when an output file exists and ``--force`` was not given."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path} already exists; pass --force to overwrite it")


class TemplateError(DocgenError):
    """Raised when a template is missing, or a template refers to a value that is not there."""


class ConversionError(DocgenError):
    """Raised when LibreOffice is missing or fails to turn a DOCX into a PDF."""


class RegisterError(DocgenError):
    """Raised when the register cannot give, record or show a number: bad input, or a database
    that is locked, corrupt, unreachable or not writable. The register is left unchanged."""
