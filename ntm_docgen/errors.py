"""The project's exceptions: every failure a user can cause is one of these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ntm_docgen.i18n import _, ngettext


class DocgenError(Exception):
    """Base of every error the command line reports as one message with exit status 1."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input: where, what was expected, what was found."""

    path: str
    expected: str
    found: str = ""

    def __str__(self) -> str:
        where = self.path or _("(top level)")
        if self.found:
            return _("{where}: {expected}; found {found}").format(
                where=where, expected=self.expected, found=self.found)
        return _("{where}: {expected}").format(where=where, expected=self.expected)


class SpecError(DocgenError):
    """Raised when a spec (or a recipients, profile or copy file) fails validation.

    Carries every problem at once, sorted by path, and the file they were found in.
    """

    def __init__(self, problems: list[Problem], source: Path | str | None = None) -> None:
        self.problems = sorted(set(problems))
        self.source = str(source) if source is not None else None
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        if self.source:
            head = ngettext("{count} problem in {source}:", "{count} problems in {source}:",
                            count).format(count=count, source=self.source)
        else:
            head = ngettext("{count} problem:", "{count} problems:", count).format(count=count)
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
        super().__init__(_("{path} already exists; pass --force to overwrite it")
                         .format(path=self.path))


class TemplateError(DocgenError):
    """Raised when a template is missing, or a template refers to a value that is not there."""


class ConversionError(DocgenError):
    """Raised when LibreOffice is missing or fails to turn a DOCX into a PDF."""


class RegisterError(DocgenError):
    """Raised when the register cannot give, record or show a number: bad input, or a database
    that is locked, corrupt, unreachable or not writable. The register is left unchanged."""
