"""The project's exceptions: every failure a user can cause is one of these."""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ntm_docgen.i18n import N_, Said, _, ngettext, number, said, said_n, shortened, size

#: A surface's own words for a message of the catalog (None: the catalog's).
Tell = Callable[[Said], str | None]


class DocgenError(Exception):
    """Base of every error the command line reports as one message with exit status 1."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as it is, its fields and message, not built again by ``__init__`` (whose
        arguments are not ``args``): a bulk run's worker's error reaches the main one whole."""
        return _rebuilt, (type(self), self.args), self.__dict__

    def told_by(self, tell: Tell) -> str:
        """The message as another surface says it: each sentence in it that ``tell`` has words
        of its own for said in them (:meth:`Said.told`); ``str(self)`` when it has none."""
        text = self.args[0] if len(self.args) == 1 else None
        return text.told(tell) if isinstance(text, Said) else str(self)


def _rebuilt(kind: type[DocgenError], args: tuple[Any, ...]) -> DocgenError:
    """An error of ``kind`` with ``args``, its fields set afterwards from the pickle."""
    return kind.__new__(kind, *args)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input: where, what was expected, what was found."""

    path: str
    expected: str
    found: str = ""
    #: a key the input does not know: the known keys closest to it (None: another problem)
    close: tuple[str, ...] | None = field(default=None, compare=False)
    #: a field to fill, named by its label with the path beside it (``Place (dia_danh)``)
    named_as: str = field(default="", compare=False)

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> Said:
        """The problem as one message, said by its id with what was expected among its values
        (a message itself when the validation said it so)."""
        where = self.named_as or self.path or _("(top level)")
        if self.found:
            return said(N_("{where}: {expected}; found {found}"), where=where,
                        expected=self.expected, found=self.found)
        return said(N_("{where}: {expected}"), where=where, expected=self.expected)

    def told_by(self, tell: Tell) -> Problem:
        """The same problem, what was expected said by ``tell`` (:meth:`Said.told`)."""
        if not isinstance(self.expected, Said):
            return self
        return replace(self, expected=self.expected.told(tell))


class SpecError(DocgenError):
    """Raised when a spec (or a recipients, profile or copy file) fails validation.

    Carries every problem at once, sorted by path, and the file they were found in.
    """

    def __init__(self, problems: list[Problem], source: Path | str | None = None) -> None:
        self.problems = sorted(set(problems))
        self.source = str(source) if source is not None else None
        super().__init__(self._message(self.problems))

    def told_by(self, tell: Tell) -> str:
        return self._message([p.told_by(tell) for p in self.problems])

    def _message(self, problems: list[Problem]) -> str:
        count = len(problems)
        if self.source:
            head = ngettext("{count} problem in {source}:", "{count} problems in {source}:",
                            count).format(count=count, source=self.source)
        else:
            head = ngettext("{count} problem:", "{count} problems:", count).format(count=count)
        return "\n".join([head, *(f"  - {p}" for p in problems)])


class InputFileError(DocgenError):
    """Raised when an input file cannot be read: missing, not UTF-8, broken YAML, wrong kind."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def told_by(self, tell: Tell) -> str:
        reason = self.reason.told(tell) if isinstance(self.reason, Said) else self.reason
        return f"{self.path}: {reason}"


class FieldError(InputFileError):
    """Raised when the value of one field of a job (a key of its spec, or an option) does not
    fit the others or the input: a TRÍCH SAO without the parts it keeps. Carries the ``field``
    and its reason, in which the fields are placeholders (``{hinh_thuc}``) filled with
    ``names``, the command line's names of them; a front end with names of its own (the
    desk's labels) tells the same reason in them with :meth:`told`.

    >>> e = FieldError("trich", "{trich} names {part!r}; set {hinh_thuc}",
    ...                {"trich": "--trich", "hinh_thuc": "hinh_thuc"}, part="VII")
    >>> str(e), e.told({"hinh_thuc": "the form"})
    ("--trich: --trich names 'VII'; set hinh_thuc", "--trich names 'VII'; set the form")
    """

    def __init__(self, field: str, reason: str, names: Mapping[str, str], **values: Any) -> None:
        self.field = field
        self.names = dict(names)
        self.values = values
        self._reason = reason
        super().__init__(self.names.get(field, field), self.told({}))

    def told(self, names: Mapping[str, str]) -> str:
        """The reason with the fields called by ``names`` (the command line's names for the
        fields it leaves out)."""
        return self._reason.format(**{**self.names, **names}, **self.values)


class LimitError(InputFileError):
    """Raised when an input is larger, deeper or longer than a limit of
    ``ntm_docgen.files.limits`` allows; carries the environment variable that raises it.
    A limit on a size in bytes (``in_bytes``) tells the sizes in MB or GB (``i18n.size``)."""

    def __init__(self, path: Path | str, what: str, limit: int, env: str,
                 found: int | None = None, in_bytes: bool = False) -> None:
        self.limit = limit
        self.env = env
        self.found = found
        told = size if in_bytes else number
        if found is not None and told(found) == told(limit):
            found = None  # 100.02 MB over 100 MB: "over the limit", not "100 MB, over 100 MB"
        if found is None:
            reason = said(N_("{what} is over the limit of {limit}; if the file is genuine, "
                             "raise the limit with the environment variable {env}"),
                          what=what, limit=told(limit), env=env)
        else:
            reason = said(N_("{what} is {found}, over the limit of {limit}; if the file is "
                             "genuine, raise the limit with the environment variable {env}"),
                          what=what, found=told(found), limit=told(limit), env=env)
        super().__init__(path, reason)


class Interrupted(KeyboardInterrupt):
    """Raised in the main process when SIGINT or SIGTERM asks the tool to stop: not a
    DocgenError, so no per-letter handler swallows it; every ``finally`` on the way runs."""

    def __init__(self, signum: int, name: str) -> None:
        super().__init__(name)
        self.signum = signum
        self.name = name


class RowsError(InputFileError):
    """Raised when rows of a recipients list cannot make their letters (an empty kinh_gui, a
    value the letter refuses); carries every such row (``rows``: row number, its problems,
    each a message said by its id: :class:`Said`), found before any letter is written, so that
    none is. Rows with the same problems are told on one line."""

    def __init__(self, path: Path | str, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        self.rows = sorted(rows)
        super().__init__(path, self._reason(lambda problem: problem))

    def told_by(self, tell: Tell) -> str:
        return f"{self.path}: {self._reason(lambda p: p.told(tell) if isinstance(p, Said) else p)}"

    def _reason(self, told: Callable[[str], str]) -> str:
        """The head, then a line for the rows of each set of problems, each problem ``told``."""
        by_problem: dict[tuple[str, ...], list[int]] = {}
        for row, problems in self.rows:
            by_problem.setdefault(problems, []).append(row)
        lines = [said_n("row {rows}: {problem}", "rows {rows}: {problem}", len(numbers),
                        rows=row_ranges(numbers), problem="; ".join(told(p) for p in problems))
                 for problems, numbers in by_problem.items()]
        count = len(self.rows)
        head = said_n("{count} row of the list makes no letter, so no letter was written; fix "
                      "it in the list and run again:",
                      "{count} rows of the list make no letter, so no letter was written; fix "
                      "them in the list and run again:", count, count=count)
        return "\n".join([head, *(f"  - {line}" for line in lines)])


def row_ranges(numbers: list[int]) -> str:
    """Row numbers written short: ``2-5, 9, 11-12``.

    >>> row_ranges([2, 3, 4, 5, 9, 11, 12])
    '2-5, 9, 11-12'
    """
    spans: list[list[int]] = []
    for row in sorted(numbers):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


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


#: Where an exception class comes from -> what it means for a file the user gave.
_DAMAGED_FROM = ("zipfile", "zlib", "lxml", "pypdf", "pypdfium2", "PIL", "openpyxl", "docx",
                 "xml", "struct", "csv", "yaml", "json")


def failure_message(error: BaseException) -> str:
    """One sentence for a failure that is not a DocgenError, for the boundary of a front end
    (the command line, the desk): what happened and what to do, never a traceback.

    >>> failure_message(MemoryError())[:36]
    'there is not enough memory to finish'
    """
    if isinstance(error, MemoryError):
        return _("there is not enough memory to finish: an input is far larger than a letter "
                 "needs; check the files given")
    if isinstance(error, RecursionError):
        return _("an input is nested too deeply to be read; check the files given")
    if isinstance(error, UnicodeError):
        return _("a text could not be read or written as Unicode ({detail}); save the file "
                 "again as UTF-8").format(detail=error)
    module = type(error).__module__.split(".")[0]
    if module in _DAMAGED_FROM or isinstance(error, (EOFError, OverflowError)):
        return _("a file could not be read: it is damaged or is not what its name says "
                 "({kind}: {detail})").format(kind=type(error).__name__, detail=error)
    return _("internal error ({kind}: {detail}); please report it with the command and the "
             "files that caused it").format(kind=type(error).__name__, detail=error)


#: What the system says about a file, in the user's words (the rest: the system's own text).
_OS_MESSAGES = {
    errno.ENOENT: N_("{path}: no such file or folder"),
    errno.EACCES: N_("{path}: permission denied; check who may read and write it"),
    errno.EPERM: N_("{path}: permission denied; check who may read and write it"),
    errno.EISDIR: N_("{path} is a folder; give a file"),
    errno.ENOTDIR: N_("{path}: a part of this path is a file, not a folder"),
    errno.ENOSPC: N_("{path}: the disk is full"),
    errno.EROFS: N_("{path}: the disk is read-only"),
}
#: The same when the system names no file, or its reason alone.
_OS_REASONS = {
    errno.ENOSPC: N_("the disk is full"), errno.EROFS: N_("the disk is read-only"),
    errno.EACCES: N_("permission denied"), errno.EPERM: N_("permission denied"),
    errno.ENOENT: N_("no such file or folder"),
}


def os_reason(error: OSError) -> str:
    """Why the system refused, in the user's words where this knows them, else its own.

    >>> import errno, os
    >>> os_reason(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))) == _("the disk is full")
    True
    """
    known = _OS_REASONS.get(error.errno or 0)
    return _(known) if known else (error.strerror or str(error))


def os_message(error: OSError) -> str:
    """One line for a system error on a file, naming the file."""
    path = error.filename if error.filename is not None else ""
    if error.errno == errno.ENAMETOOLONG:  # a name no file has: quoted as data is
        path = shortened(path)
    template = _OS_MESSAGES.get(error.errno or 0)
    if template is not None and path:
        return _(template).format(path=path)
    if not path and (error.errno or 0) in _OS_REASONS:
        return _(_OS_REASONS[error.errno or 0])
    reason = os_reason(error)
    return _("{path}: {reason}").format(path=path, reason=reason) if path else reason
