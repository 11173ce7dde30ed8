"""The library's front door: every job of the tool as one function.

The command line and the desk call these (or a feature package), never each other. Each
function imports its feature when it is called, so ``import ntm_docgen`` stays cheap::

    from datetime import date
    from ntm_docgen import load_spec, render

    letter = load_spec("ke-hoach.yaml")
    render(letter, "ke-hoach.docx", today=date.today())

Errors are ``ntm_docgen.errors.DocgenError`` subclasses with a message for the user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ntm_docgen.bulk.preview import BulkCheck
    from ntm_docgen.bulk.run import BulkReport, ProgressFactory
    from ntm_docgen.check import FixResult
    from ntm_docgen.check.findings import Finding
    from ntm_docgen.copies.numbered import NumberedCopy
    from ntm_docgen.derive import DeriveResult
    from ntm_docgen.errors import Interrupted, Problem
    from ntm_docgen.files.stop import Stop
    from ntm_docgen.importer import ImportResult
    from ntm_docgen.importer.watch import Watcher
    from ntm_docgen.letter.spec import BanSao, Spec
    from ntm_docgen.register.store import Register
    from ntm_docgen.vietnamese.loai import Loai

PathLike = Path | str

#: The environment through which ``serve`` hands the desk its settings (``…HOST``, ``…PORT``).
DESK_ENV = "NTM_DOCGEN_DESK_"
#: Set by the desk once its log has named the pages it gave up as it stopped: ``serve`` then
#: says no more of them.
DESK_GIVEN_UP = DESK_ENV + "GIVEN_UP"

# --- letters -----------------------------------------------------------------------------


def load_spec(path: PathLike) -> Spec:
    """Read and validate a letter spec (YAML or JSON); every problem is reported at once."""
    from ntm_docgen.letter.spec import load_spec as load

    return load(path)


def read_spec_data(path: PathLike) -> dict[str, Any]:
    """A spec file's plain data, not yet validated (the desk opens it as a draft to fix)."""
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.i18n import N_, said
    from ntm_docgen.letter.spec import read_data

    data = read_data(path)
    if not isinstance(data, dict):
        raise InputFileError(path, said(N_("is not a spec: it should hold keys such as loai, "
                                     "co_quan, trich_yeu")))
    return data


def parse_spec(data: Any, source: PathLike | None = None) -> Spec:
    """Validate spec data already in memory (a dict, as a spec file holds)."""
    from ntm_docgen.letter.spec import parse_spec as parse

    return parse(data, source=source)


def spec_problems(data: Any) -> list[Problem]:
    """Every problem of spec data, each with its field path (``ky.quyen_han[1]``), in the
    words ``render`` prints; empty when the data is a valid spec."""
    from ntm_docgen.errors import SpecError
    from ntm_docgen.letter.spec import parse_spec as parse

    try:
        parse(data)
    except SpecError as e:
        return list(e.problems)
    return []


def copy_problems(spec: Spec) -> list[Problem]:
    """What keeps a letter's copy block (``ban_sao``) from being made: a copy is made of an
    issued letter, so a draft without its number and date has none."""
    from ntm_docgen.letter.spec import unissued_copy

    return unissued_copy(spec)


def spec_warnings(spec: Spec) -> list[str]:
    """What renders but the decree's layout would not have (a name in capitals, ...)."""
    from ntm_docgen.letter.context import spec_warnings as warnings

    return warnings(spec)


def render(spec: Spec, out: PathLike, *, today: date, force: bool = False,
           pdf: bool = False) -> list[Path]:
    """Write the letter (with its phụ lục and ban_sao) as .docx, and a PDF beside it when
    ``pdf``; return the files written. ``today`` gives a draft's year."""
    from ntm_docgen.letter.render import render_spec

    return render_spec(spec, out, today=today, force=force, pdf=pdf)


def render_bytes(spec: Spec, *, today: date) -> bytes:
    """The letter as the bytes of a .docx, written nowhere (for previews)."""
    from ntm_docgen.letter.render import render_docx

    return render_docx(spec, today)


def render_numbered(spec: Spec, out: PathLike, *, db: str | None, today: date,
                    force: bool = False, pdf: bool = False) -> tuple[list[Path], list[str]]:
    """Like ``render``, with the number taken from the register and the letter recorded there;
    return the files and the numbers given (``01/KH-SNV``, then a ban_sao block's)."""
    from ntm_docgen.register.numbered import render_allocated

    return render_allocated(spec, out, db=db, today=today, force=force, pdf=pdf)


def types() -> list[Loai]:
    """The type table (Phụ lục III): code, name and the layout each uses."""
    from ntm_docgen.vietnamese.loai import all_loai

    return list(all_loai())


def find_type(code_or_name: str) -> Loai | None:
    """The type for a code or name (``KH``, ``kế hoạch``, ``CV``), or None."""
    from ntm_docgen.vietnamese.loai import find_loai

    return find_loai(code_or_name)


def skeleton(loai: Loai, today: date) -> str:
    """The commented skeleton spec of ``new`` for that type."""
    from ntm_docgen.letter.skeleton import skeleton as make

    return make(loai, today)


def date_line(dia_danh: str, day: date | None, year: int) -> str:
    """Ô 4 as the letter prints it: ``Lạng Sơn, ngày 05 tháng 01 năm 2026`` (a draft leaves
    day and month blank)."""
    from ntm_docgen.vietnamese.text import dia_danh_ngay

    return dia_danh_ngay(dia_danh, day, year)


def provinces() -> list[str]:
    """The 34 provinces of the 2025 list, as clerks write their names, in alphabetical order."""
    from vietnam_provinces import Province

    from ntm_docgen.vietnamese.donvi import province_name
    from ntm_docgen.vietnamese.text import strip_diacritics

    return sorted({province_name(p) for p in Province.iter_all()},
                  key=lambda name: (name.startswith("Thành phố"), strip_diacritics(name)))


def profiles() -> dict[str, dict[str, Any]]:
    """The shipped profiles (data/profiles/) by name, as plain data: an issuer, its place and
    its signer, for a new letter or a derived one. A file is parsed again only when it
    changed (the desk lists them on every page that starts a letter)."""
    from ntm_docgen.files.resources import data_dir, load_yaml_file

    found = {}
    for path in sorted((data_dir() / "profiles").glob("*.yaml")):
        data = load_yaml_file(path)
        if isinstance(data, dict):
            found[path.stem] = data
    return found


def profile_problems(data: Any) -> list[Problem]:
    """What is wrong with ``data`` as a profile (contract §5), every problem at once; [] if
    it is one."""
    from ntm_docgen.derive.profile import parse_profile
    from ntm_docgen.errors import SpecError

    try:
        parse_profile(data)
    except SpecError as e:
        return list(e.problems)
    return []


def profile_path(name: str) -> Path:
    """The file of a shipped profile (``lang-son``)."""
    from ntm_docgen.files.resources import data_dir

    return data_dir() / "profiles" / f"{name}.yaml"


# --- copies, bulk, derive, import ---------------------------------------------------------


def load_copy_spec(path: PathLike) -> BanSao:
    """Read and validate a copy spec (contract §3)."""
    from ntm_docgen.letter.spec import load_copy_spec as load

    return load(path)


def parse_copy_spec(data: Any) -> BanSao:
    """Validate copy spec data already in memory (contract §3)."""
    from ntm_docgen.letter.spec import parse_copy_spec as parse

    return parse(data)


def copy_document(original: PathLike, ban_sao: BanSao, out: PathLike, *, today: date,
         trich: str | None = None, dien_tu: bool = False, sign: PathLike | bytes | None = None,
         sign_pass: str | None = None, allocate: bool = False, db: str | None = None,
         force: bool = False, issued_only: bool = False) -> NumberedCopy:
    """SAO Y, SAO LỤC or TRÍCH SAO (``trich``: the parts kept) of a .docx or .pdf original;
    ``sign`` a .p12 file or its bytes (kept in memory); ``issued_only`` refuses an original
    that has no number yet (a draft)."""
    from ntm_docgen.copies.numbered import copy_document as make

    certificate = sign if isinstance(sign, bytes) else Path(sign) if sign else None
    return make(Path(original), ban_sao, Path(out), today=today, trich=trich,
                         dien_tu=dien_tu, sign=certificate,
                         sign_pass=sign_pass, allocate=allocate, db=db, force=force,
                         issued_only=issued_only)


def run_bulk(spec: PathLike, out_dir: PathLike, *, today: date, recipients: PathLike | None = None,
         province: str | None = None, pdf: bool = False, merged: PathLike | None = None,
         jobs: int | None = None, so_rieng: bool = False, db: str | None = None,
         force: bool = False, progress: ProgressFactory | None = None,
         stop: Stop | None = None, pdf_jobs: int | None = None) -> BulkReport:
    """One letter per recipient of a CSV/XLSX file, or per commune of ``province``;
    ``stop`` (``bulk_stop()``), asked from another thread, kills the LibreOffices making its
    PDFs at once, no other caller's; ``pdf_jobs`` LibreOffices make them (default ``jobs``,
    else one per core)."""
    from ntm_docgen.bulk.run import no_progress
    from ntm_docgen.bulk.run import run_bulk as run

    return run(Path(spec), Path(out_dir), recipients=Path(recipients) if recipients
                    else None, province=province, pdf=pdf,
                    merged=Path(merged) if merged else None, jobs=jobs, so_rieng=so_rieng,
                    db=db, force=force, today=today, progress=progress or no_progress,
                    stop=stop, pdf_jobs=pdf_jobs)


def bulk_stop(error: Callable[[], BaseException]) -> Stop:
    """A bulk run's stop for ``run_bulk``: ``stop()`` from any thread; the run raises
    ``error()`` where it meets it."""
    from ntm_docgen.files.stop import Stop

    return Stop(error)


def bulk_rows(spec: PathLike, *, today: date, recipients: PathLike | None = None,
              province: str | None = None, first: int = 3) -> BulkCheck:
    """Before a bulk run: every recipient with what is wrong with its row (nothing written),
    and the first letters as .docx bytes."""
    from ntm_docgen.bulk.preview import check_rows

    return check_rows(Path(spec), today=today, recipients=Path(recipients) if recipients
                      else None, province=province, first=first)


def derive_file(central: PathLike, profile: PathLike, form: str, *, today: date,
           ngay: date | None = None, so: int | None = None,
           han: date | None = None) -> DeriveResult:
    """The local implementing letter (``form``: cong-van, huong-dan, ke-hoach) for a guidance
    from above, as spec data with the warnings to check."""
    from ntm_docgen.derive import derive_file as derive

    return derive(Path(central), Path(profile), form, ngay=ngay, so=so, han=han,
                       today=today)


def derive_forms() -> Sequence[str]:
    """The forms ``derive`` writes."""
    from ntm_docgen.derive import FORMS

    return FORMS


def import_letter(path: PathLike) -> ImportResult:
    """Read an existing letter back into spec data, with a warning for what could not be read."""
    from ntm_docgen.importer import import_letter as read

    return read(Path(path))


def watching_ocr(watcher: Watcher) -> AbstractContextManager[None]:
    """Inside this block (in this thread), ``watcher`` is told how many scanned pages a reading
    (``import_letter``, ``derive_file``, a TRÍCH SAO of a PDF) reads by OCR before it reads
    any, then as each begins, and asked between runs of Tesseract (it may raise to stop)."""
    from ntm_docgen.importer.watch import watching

    return watching(watcher)


def spec_file_text(data: dict[str, Any], path: PathLike, header: str = "",
                   notes: Mapping[str, str] | None = None) -> str:
    """Spec data as the text of a spec file: JSON for a ``.json`` name, else commented YAML,
    each of ``notes`` (by field path) a comment above its field, written empty if absent (a
    JSON file holds no comment: ``notes`` are for YAML)."""
    import json

    if Path(path).suffix.lower() == ".json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    from ntm_docgen.importer.output import dump_spec

    return dump_spec(data, header, notes)


# --- check and register -------------------------------------------------------------------


def check_file(path: PathLike) -> list[Finding]:
    """Every departure of a .docx from the decree's layout, in page order."""
    from ntm_docgen.check import check_file as check

    return check(path)


def comment_file(path: PathLike, out: PathLike, *, force: bool = False) -> list[Finding]:
    """Check a .docx and write a copy with each finding as a Word comment on its element."""
    from ntm_docgen.check import comment_file as comment

    return comment(path, out, force=force)


def fix_file(path: PathLike, out: PathLike, *, force: bool = False) -> FixResult:
    """Write a copy with the mechanical findings repaired (fonts, sizes, margins, padding)."""
    from ntm_docgen.check import fix_file as fix

    return fix(path, out, force=force)


def open_register(db: str | None = None, timeout: float | None = None) -> Register:
    """The sổ đăng ký văn bản đi (a context manager): a SQLite file or a PostgreSQL URL;
    ``None`` is NTM_DOCGEN_DB, then the user's data folder."""
    from ntm_docgen.register.model import DEFAULT_TIMEOUT
    from ntm_docgen.register.store import Register

    return Register(db, DEFAULT_TIMEOUT if timeout is None else timeout)


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



# --- dates and files -----------------------------------------------------------------------


def parse_date(text: str) -> date:
    """A date as clerks write it (``31/12/2026``, ``5/1/2026``) or ISO (``2026-12-31``);
    ValueError otherwise."""
    from ntm_docgen.vietnamese.text import parse_date as parse

    return parse(text)


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


def write_file(path: PathLike, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` whole or not at all (a temporary name renamed into place)."""
    from ntm_docgen.files.output import write_bytes

    return write_bytes(path, data, force=force)
