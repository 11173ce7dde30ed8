"""What every command shares: error translation, the date type and the common options."""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from ntm_docgen.cli.translated import option
from ntm_docgen.errors import DocgenError, Interrupted, failure_message, os_message
from ntm_docgen.i18n import N_, _, shortened

F = TypeVar("F", bound=Callable[..., Any])
#: Set to 1 to see the traceback of an unexpected error instead of its one-line message.
DEBUG_ENV = "NTM_DOCGEN_DEBUG"

def reports_errors(func: F) -> F:
    """The one boundary of every command: each failure becomes one message on stderr, exit
    status 1 (2 for usage errors, raised by click); SIGINT/SIGTERM stop the command cleanly
    with status 128 + the signal's number. Never a traceback (unless NTM_DOCGEN_DEBUG=1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ntm_docgen.api import stop_on_signals

        try:
            with stop_on_signals():
                return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except DocgenError as e:
            raise click.ClickException(str(e)) from e
        except Interrupted as e:
            raise _stopped(e) from e
        except KeyboardInterrupt as e:
            click.echo(_("Error: stopped by SIGINT"), err=True)
            raise click.exceptions.Exit(130) from e
        except BrokenPipeError:
            raise  # the reader stopped reading (``| head``): click ends quietly, as it does
        except OSError as e:
            raise click.ClickException(os_message(e)) from e
        except Exception as e:
            stop = _interrupted_within(e)
            if stop is not None:  # a stop Python wrapped (a class being made as a module loads)
                raise _stopped(stop) from e
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            raise click.ClickException(failure_message(e)) from e

    return wrapper  # type: ignore[return-value]


def _stopped(stop: Interrupted) -> click.exceptions.Exit:
    click.echo(_("Error: stopped by {signal}; the files already written are whole, "
                 "nothing half-written is left").format(signal=stop.name), err=True)
    return click.exceptions.Exit(128 + stop.signum)


def _interrupted_within(error: BaseException) -> Interrupted | None:
    """The ``Interrupted`` that ``error`` was raised from, if any (Python raises a RuntimeError
    from an exception raised while a class is made)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, Interrupted):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__
    return None


#: The two ways a date may be given: the clerks' and ISO.
DATE_METAVAR = "DD/MM/YYYY"
_DATE_SHAPE = re.compile(r"(?<!\s)\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*")


class DateType(click.ParamType):
    """A date on the command line: ``31/12/2026``, ``5/1/2026`` or ``2026-12-31``."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return DATE_METAVAR

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from ntm_docgen.api import parse_date
        try:
            return parse_date(str(value))
        except ValueError:
            from ntm_docgen.api import early_year

            if year := early_year(str(value)):
                self.fail(f"{value}: {year}", param, ctx)
            if _DATE_SHAPE.fullmatch(str(value)):
                message = _("{value} is not a day of the calendar; check the day and the month "
                            "(DD/MM/YYYY, or YYYY-MM-DD)")
            else:
                message = _("{value} is not a date; write it as DD/MM/YYYY (31/12/2026) or "
                            "YYYY-MM-DD (2026-12-31)")
            self.fail(message.format(value=value), param, ctx)


DATE = DateType()


def date_option(*names: str, help: str) -> Callable[[F], F]:  # noqa: A002 - click's own word
    """An option taking a date (``DD/MM/YYYY`` or ``YYYY-MM-DD``)."""
    return option(*names, type=DATE, metavar=DATE_METAVAR, help=help)  # type: ignore[no-any-return]


#: The register used by --allocate / --so-rieng (resolved by ntm_docgen.register).
db_option = option("--db", metavar=N_("FILE|URL"),
                   help=N_("The register: a SQLite file or a postgresql:// URL (default: "
                           "NTM_DOCGEN_DB, then the user's data folder)."))

force_option = option("--force", is_flag=True, help=N_("Overwrite the output if it exists."))


#: The names a written spec may have: YAML, or JSON (written as JSON).
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def spec_text(data: dict[str, Any], path: Any, header: str) -> str:
    """A spec to write at ``path``: JSON for a ``.json`` name, else commented YAML.

    A name that is not a spec file is a usage error (exit 2) raised before anything is written.
    """
    path = Path(path)
    if path.suffix.lower() not in SPEC_SUFFIXES:
        raise click.UsageError(_("{name}: a spec is written as .yaml, .yml or .json")
                               .format(name=given_name(path)))
    from ntm_docgen.api import spec_file_text

    return spec_file_text(data, path, header)


@contextlib.contextmanager
def folder_told(*outputs: Path) -> Iterator[None]:
    """Tell on stderr, once the block has written its output, each output's folder that did
    not exist and was made for it, named as typed: a mistyped folder's name makes a new folder,
    where the clerk would not look for her letter; nothing is said when the writing fails."""
    missing = []
    for out in outputs:
        folder = Path(out).parent
        if not folder.exists() and folder not in missing:
            missing.append(folder)
    yield
    for folder in missing:
        if folder.is_dir():
            click.echo(_("created the folder {folder}, which did not exist").format(
                folder=folder), err=True)


def echo_warnings(warnings: Any) -> None:
    """Each warning on stderr, after the word the user reads as a warning."""
    for warning in warnings:
        click.echo(_("warning: {warning}").format(warning=warning), err=True)


def output_kind(path: Path, option_name: str, suffixes: tuple[str, ...]) -> None:
    """A usage error unless ``path`` ends in one of ``suffixes`` (``.csv``, ``.xlsx``)."""
    if path.suffix.lower() not in suffixes:
        raise click.UsageError(_("{option} must be a {kinds} file, not {name}").format(
            option=option_name, kinds=" / ".join(suffixes), name=given_name(path)))


def docx_output(path: Path, option_name: str = "-o", pdf_flag: bool = True) -> None:
    """A usage error unless ``path`` names a .docx; a .pdf name is told how to get a PDF."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return
    if suffix == ".pdf" and pdf_flag:
        raise click.UsageError(
            _("{option} must be a .docx file, not {name}; for a PDF as well, use "
              "{option} {docx} --pdf").format(option=option_name, name=path.name,
                                              docx=path.with_suffix(".docx").name))
    raise click.UsageError(_("{option} must be a .docx file, not {name}")
                           .format(option=option_name, name=given_name(path)))


def given_name(path: Path) -> str:
    """The name of ``path`` as a message says it: ``.`` (the folder she is in) has no name of
    its own, and is said as she typed it."""
    return path.name or str(path)


def not_the_input(given: Path, source: Path, option_name: str = "-o") -> None:
    """A usage error when the output ``given`` is the file the command reads: the original
    is never written over, not even with --force (a copy or a report of it would replace it)."""
    try:
        same = given.exists() and os.path.samefile(given, source)
    except OSError:
        same = False
    if same or given.resolve() == source.resolve():
        raise click.UsageError(_("{option} {name} is the file being read; the original is never "
                                 "written over: give the output another name").format(
                                     option=option_name, name=given))


#: Zip packages a command may be given, named by their suffix (any other zip is called ZIP).
_PACKAGES = (".docx", ".xlsx", ".pptx", ".odt", ".ods")
#: Names under which the reading of the file says what a zip package given is (a .docx
#: under a .doc name: rename it to .docx).
_WORD_97 = (".doc", ".rtf")


class InputFile(click.Path):
    """An input file that must exist (exit 1 with one message, as every command says it), and
    for a command that reads only some kinds, be one of them (``kinds``: suffixes with dot).
    The command checks it (``check_value``) after the whole command line has parsed."""

    def __init__(self, kinds: tuple[str, ...] = (), what: str = "") -> None:
        # A folder is told by check_value as a missing file is (exit 1), not by click.
        super().__init__(path_type=Path)
        self.kinds = kinds
        self.what = what

    def check_value(self, value: Path) -> None:
        """Called by the command once the command line has parsed (usage errors come first)."""
        need_file(value, self.kinds, self.what)


def need_file(path: Path, kinds: tuple[str, ...] = (), what: str = "") -> Path:
    """``path`` if it is a file of one of ``kinds`` (any, when empty); otherwise the message
    every command gives (exit 1). ``what`` (marked with ``N_()``) says what the command reads."""
    try:
        folder, there = path.is_dir(), path.exists()
    except OSError as e:  # a name longer than the system takes (ENAMETOOLONG), a loop of links
        raise click.ClickException(_("{path}: cannot be opened ({reason})").format(
            path=shortened(path), reason=e.strerror or e)) from e
    if folder:
        raise click.ClickException(_("{path} is a folder; give a file").format(path=path))
    if not there:
        raise click.ClickException(_("{path}: no such file").format(path=path))
    if kinds:
        kind = file_kind(path)
        if kind is not None and f".{kind.lower()}" not in kinds:
            raise click.ClickException(_("{path} is a {kind} file; {what}")
                                       .format(path=path, kind=kind, what=_(what)))
    return path


def file_kind(path: Path) -> str | None:
    """PDF, DOCX, XLSX ... (a zip package, by its suffix) from the file's first bytes; None
    for anything else (text, an old .doc: the features tell those apart)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError:
        return None
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        suffix = path.suffix.lower()
        if suffix in _PACKAGES:
            return suffix[1:].upper()
        if suffix in _WORD_97:  # a .docx under a .doc name: told so
            return None
        from ntm_docgen import api

        return (api.file_ending(path) or ".zip")[1:].upper()  # a .docx named .pdf: DOCX
    return None


#: What a command that reads a spec says of a Word or PDF file given in its place.
SPEC_ONLY = N_("a spec is a YAML or JSON file (.yaml, .yml, .json); `ntm-docgen import` reads "
               "a letter into one")


def spec_input(what: str = SPEC_ONLY) -> InputFile:
    """An input that must be a spec: a PDF or Word file given in its place is told so."""
    return InputFile(SPEC_SUFFIXES, what)


class Year(click.IntRange):
    """A year of four digits; one of two ("25") is told to be written in full ("2025")."""

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 2:
            self.fail(_("{value} is not a year: write it in full, with four digits ({full})")
                      .format(value=value.strip(), full=2000 + int(value)), param, ctx)
        if isinstance(value, str) and not value.strip().isdigit():  # "abc", "2026.0"
            self.fail(_("{value} is not a year: write it with four digits (2026)").format(
                value=value.strip()), param, ctx)
        return super().convert(value, param, ctx)
