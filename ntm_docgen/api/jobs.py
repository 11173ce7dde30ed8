"""The front door's jobs on a letter: copies, bulk letters, derived letters, imports,
checks and the register, each importing its feature only when it is called."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ntm_docgen.api.letters import PathLike

if TYPE_CHECKING:
    from ntm_docgen.bulk.preview import BulkCheck
    from ntm_docgen.bulk.run import BulkReport, ProgressFactory
    from ntm_docgen.check import FixResult
    from ntm_docgen.check.findings import Finding
    from ntm_docgen.copies.numbered import NumberedCopy
    from ntm_docgen.derive import DeriveResult
    from ntm_docgen.files.stop import Stop
    from ntm_docgen.importer import ImportResult
    from ntm_docgen.importer.watch import Watcher
    from ntm_docgen.letter.spec import BanSao, Spec
    from ntm_docgen.register.model import RegisterEntry
    from ntm_docgen.register.store import Register

# --- copies, bulk, derive, import ---------------------------------------------------------


def load_copy_spec(path: PathLike) -> BanSao:
    """Read and validate a copy spec (contract §3)."""
    from ntm_docgen.letter.spec import load_copy_spec as load

    return load(path)


def copy_spec_warnings(ban_sao: BanSao, original: PathLike | None = None) -> list[str]:
    """What a copy spec holds that its block would print as typed: a signer's name still the
    forms' placeholder, a recipient cut from the one before it at a comma, a ký hiệu of
    another form of copy (“SY-VP” on a TRÍCH SAO); with its ``original``, a date before the
    original's (said before a number is taken: the copy itself says it once made)."""
    from ntm_docgen.letter.addressing import copy_addressing
    from ntm_docgen.letter.copy_codes import code_notes

    said = [*copy_addressing(ban_sao), *code_notes(ban_sao)]
    if original is not None:
        from ntm_docgen.copies.dated import dated_before

        said += dated_before(Path(original), ban_sao)
    return said


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


def read_guidance(central: PathLike) -> Spec:
    """The letter from above as ``derive_file`` reads it (its number, date, issuer, trích yếu
    and text), for a clerk to hold the letter derived from it against it."""
    from ntm_docgen.derive.source import read_source

    return read_source(Path(central))[0]


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


class LetterEntry(NamedTuple):
    """What ``letter_entry`` reads of a written letter for the sổ."""

    #: its number and ký hiệu as printed; None when it prints none (a draft's ``Số: /KH-UBND``)
    number: tuple[int, str] | None
    #: the date, trích yếu, signer, recipients and Lưu (the fields it cannot read left empty)
    entry: RegisterEntry
    #: whether it was read by OCR (a scan): what it says is to be checked against the paper
    scanned: bool
    #: its number as the Số line prints it (``3/BC-UBND``, ``03/BC-UBND``); "" when none
    printed: str = ""


def letter_entry(path: PathLike) -> LetterEntry:
    """What a written letter prints, for its line in the sổ, read as ``import_letter`` reads
    it."""
    from ntm_docgen.register import recipients_of
    from ntm_docgen.register.model import RegisterEntry

    result = import_letter(path)
    spec = result.spec
    ngay = spec.get("ngay")
    number = (spec["so"], str(spec.get("ky_hieu") or "")) if isinstance(spec.get("so"), int) \
        else None
    entry = RegisterEntry(
        trich_yeu=str(spec.get("trich_yeu") or ""),
        ngay=ngay if isinstance(ngay, date) else None,
        nguoi_ky=str((spec.get("ky") or {}).get("ho_ten") or ""),
        noi_nhan=recipients_of([str(x) for x in spec.get("kinh_gui") or ()],
                               [str(x) for x in spec.get("noi_nhan") or ()]),
        luu=str(spec.get("luu") or ""))
    digits = result.so_printed or (f"{number[0]:02d}" if number else "")
    printed = f"{digits}/{number[1]}" if number and number[1] else digits
    return LetterEntry(number, entry, bool(result.ocr_pages), printed)
