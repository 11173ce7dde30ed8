"""The front door's support for the front ends: previews and PDFs, the LibreOffices kept
running, stopping on a signal, private folders, outputs written whole, dates as clerks type them."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ntm_docgen.api.letters import PathLike

if TYPE_CHECKING:
    from ntm_docgen.errors import InputFileError, Interrupted

# --- previews ---------------------------------------------------------------------------


def pdf_bytes(docx: bytes) -> bytes:
    """The PDF of a .docx given as bytes, as it will print (through LibreOffice), paginated as
    ``render --pdf`` paginates a letter."""
    from ntm_docgen.files.pdf import pdf_bytes as convert
    from ntm_docgen.letter.paginate import letter_pdf

    return letter_pdf(docx, convert)


def preview_pages(document: bytes, *, dpi: int | None = None,
                  marks: Sequence[tuple[str, str]] = (),
                  pages: Sequence[int] | None = None) -> list[bytes]:
    """The pages of a .docx or .pdf (given as bytes) as PNG images, exactly as printed;
    ``marks`` (label, text) draws a numbered box round the first place each text is found
    (an empty text frames the first page); ``pages`` (from 1): only those pages."""
    from ntm_docgen.files.pages import DPI, Mark, page_images

    pdf = document if document[:5] == b"%PDF-" else pdf_bytes(document)
    return page_images(pdf, dpi=dpi or DPI, marks=[Mark(label, text) for label, text in marks],
                       pages=pages)


def page_of(pdf: bytes, text: str) -> int | None:
    """The page (from 1) of a PDF (given as bytes) where ``text`` is first printed, as
    ``preview_pages`` marks it; None when no page prints it."""
    from ntm_docgen.files.pages import page_of as found

    return found(pdf, text)


def page_count(pdf: bytes) -> int:
    """How many pages a PDF (given as bytes) has."""
    from ntm_docgen.files.pages import page_count as count

    return count(pdf)


def warm_offices(count: int) -> int:
    """Start ``count`` LibreOffice processes kept running for every PDF this process makes
    (previews, ``--pdf``); how many are ready (0 without LibreOffice or its ``uno``)."""
    from ntm_docgen.files.office import shared_pool

    pool = shared_pool(count)
    if pool is None:
        return 0
    pool.warm()
    return pool.size


def close_offices() -> None:
    """Stop the LibreOffice processes ``warm_offices`` started, without waiting for them (a
    desk that leaves work unfinished as it stops: each stops its LibreOffice on its own)."""
    from ntm_docgen.files.office import close_shared_pool

    close_shared_pool(wait=False)


def pdf_font_warnings() -> list[str]:
    """A warning when the PDFs made here are set in another font than the decree's Times New
    Roman (not installed: fontconfig gives one of the same widths in its place)."""
    from ntm_docgen.files.fonts import pdf_font_warnings as said

    return said()



# --- dates and files -----------------------------------------------------------------------


def parse_date(text: str) -> date:
    """A date as clerks write it (``31/12/2026``, ``5/1/2026``) or ISO (``2026-12-31``);
    ValueError otherwise."""
    from ntm_docgen.vietnamese.typeddate import parse_date as parse

    return parse(text)


def early_year(text: str) -> str | None:
    """What to do with a date ``parse_date`` refused for its year (before 1945: ``0026`` typed
    for 2026), for a message after the date; None when its year is not the fault."""
    from ntm_docgen.letter.schema import early_year as told
    from ntm_docgen.vietnamese.typeddate import YearError, parse_date

    try:
        parse_date(text)
    except YearError as e:
        return told(e.year)
    except ValueError:
        pass
    return None


def stop_on_signals() -> AbstractContextManager[None]:
    """Within the block SIGINT, SIGTERM and SIGHUP raise ``errors.Interrupted`` (main thread
    only), so workers, LibreOffice and temporary folders are cleaned up on the way out."""
    from ntm_docgen.files.signals import stop_on_signals as stopping

    return stopping()


def stopped_by_signal() -> Interrupted | None:
    """The stop a signal asked for within ``stop_on_signals`` where code that swallows a
    ``KeyboardInterrupt`` (uvicorn's ``run``) lost it; None when no signal came."""
    from ntm_docgen.files.signals import stopped

    return stopped()


def check_output(path: PathLike, force: bool = False) -> Path:
    """The output path if it may be written (absent, or ``force``); otherwise the error."""
    from ntm_docgen.files.output import check_output as check_path

    return check_path(path, force)


def private_folder(prefix: str) -> AbstractContextManager[Path]:
    """A new folder in the temporary folder only this user can read (its name beginning with
    ``prefix``), held by this process while the block runs and removed afterwards."""
    from ntm_docgen.files.folderlock import private_folder as made

    return made(prefix)


def private_folder_in_use(folder: PathLike) -> bool:
    """Whether a living process (another desk on this computer) holds a folder that
    ``private_folder`` made."""
    from ntm_docgen.files.folderlock import in_use

    return in_use(Path(folder))


def sweep_private_folders() -> list[Path]:
    """Remove the private folders the tool makes in the temporary folder (a desk's uploads
    and scans, a bulk run's PDFs, a preview's PDF) that no living process holds: left by one
    killed; those removed."""
    from ntm_docgen.files.folderlock import PREFIXES, sweep_folders

    return [path for prefix in PREFIXES for path in sweep_folders(prefix)]


def file_refused(path: PathLike, takes: Sequence[str] | None = None) -> InputFileError | None:
    """The refusal of a file whose content is not what its name says (empty, locked by a
    password, another kind under this name), with the fix; None otherwise: the one rule
    every reader holds its input to (``files.misnamed.refused``; ``takes``: the endings the
    job reads, None for any)."""
    from ntm_docgen.files.misnamed import refused

    return refused(Path(path), takes)


def file_ending(path: PathLike) -> str | None:
    """The ending the content of the file at ``path`` has (``.pdf``, ``.docx``, ``.png`` …),
    whatever its name; None when its kind is none the tool knows."""
    from ntm_docgen.files.misnamed import ending_of

    return ending_of(Path(path))


def write_file(path: PathLike, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` whole or not at all (a temporary name renamed into place)."""
    from ntm_docgen.files.output import write_bytes

    return write_bytes(path, data, force=force)


def plain_letters(text: str) -> str:
    """``text`` without its Vietnamese marks (``Đ`` → ``D``), as file names want it."""
    from ntm_docgen.vietnamese.text import strip_diacritics

    return strip_diacritics(text)


def so_hieu(so: int | None, ky_hieu: str) -> str:
    """A letter's number as it is cited: ``01/QĐ-UBND`` (the decree's leading zero)."""
    from ntm_docgen.vietnamese.text import so_hieu as cited

    return cited(so, ky_hieu)
