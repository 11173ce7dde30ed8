"""The sổ đăng ký văn bản đi: numbers given in order, never twice, on SQLite or PostgreSQL.

The front door for ``render --allocate``, ``copy --allocate`` and ``bulk --so-rieng``::

    from ntm_docgen import register
    with register.issuing(db, **register.for_spec(spec)) as so:
        out = render(dataclasses.replace(spec, so=so.so), path)   # may fail
        register.record(db, so.id, out)                            # file + SHA-256

The number is given (committed) before the letter is rendered, so no other clerk can get it
while LibreOffice runs; if the block raises, the number stays in the register marked
cancelled, with the error in its ghi chú, and is never given again (Điều 15).
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import importlib
import os
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_docgen.i18n import N_, _, retold, said, written_in
from ntm_docgen.register.model import (
    CHE_DO,
    DEFAULT_TIMEOUT,
    ENV_DB,
    Allocation,
    RegisterEntry,
    RegisterError,
    Row,
    default_db,
)
from ntm_docgen.register.series import check_co_quan, resolve_loai

if TYPE_CHECKING:
    from ntm_docgen.letter.spec import BanSao, Spec
    from ntm_docgen.register.store import Register

__all__ = [
    "CHE_DO", "DEFAULT_TIMEOUT", "ENV_DB", "Allocation", "Register", "RegisterEntry",
    "RegisterError", "Row", "allocate", "cancel", "default_db", "for_copy", "for_spec",
    "issuing", "kept_file", "kept_in_database", "record", "resolve_db", "resolve_loai",
    "sha256_file",
]

Db = str | os.PathLike[str] | None

#: Names whose modules load SQLAlchemy: imported on first use, so that every other
#: ``ntm-docgen`` command starts without paying for the database layer.
_LAZY = {"Register": "store", "sha256_file": "lines", "resolve_db": "backends"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The registers open in this thread for an ``issuing`` block, by (db, timeout): ``record`` and
#: ``cancel`` inside the block use the open one instead of connecting again.
_ISSUING = threading.local()


def _register(db: Db, timeout: float) -> Register:
    from ntm_docgen.register.store import Register

    return Register(db, timeout)


@contextlib.contextmanager
def _open(db: Db, timeout: float) -> Iterator[Register]:
    """The register the current ``issuing`` block holds for ``db``, else a new one, closed
    after use."""
    held = getattr(_ISSUING, "open", {}).get((str(db), timeout))
    if held is not None:
        yield held
        return
    with _register(db, timeout) as reg:
        yield reg


def allocate(db: Db = None, *, co_quan: str, loai_code: str, nam: int | None = None,
             don_vi: str | None = None, ky_hieu: str | None = None, mat: bool = False,
             entry: RegisterEntry | None = None, timeout: float = DEFAULT_TIMEOUT) -> Allocation:
    """Give the next number of the series and write its line (committed on return)."""
    with _register(db, timeout) as reg:
        return reg.allocate(co_quan, loai_code, nam=nam, don_vi=don_vi, ky_hieu=ky_hieu,
                            mat=mat, entry=entry)


#: Inside ``kept_in_database()``: ``record`` keeps the file's bytes in the register's database.
_KEPT_IN_DB: contextvars.ContextVar[bool] = contextvars.ContextVar("kept_in_db", default=False)


@contextlib.contextmanager
def kept_in_database() -> Iterator[None]:
    """While the block runs (in this thread), :func:`record` keeps each file's bytes in the
    register's database and names it there by its file name, the file itself being the
    caller's to remove: the office desk, which keeps everything in its database."""
    token = _KEPT_IN_DB.set(True)
    try:
        yield
    finally:
        _KEPT_IN_DB.reset(token)


def record(db: Db, id: int, tep: Path | str, sha256: str | None = None,
           timeout: float = DEFAULT_TIMEOUT) -> None:
    """Attach the written file and its SHA-256 (computed when not given) to number ``id``;
    inside :func:`kept_in_database`, its bytes too."""
    with _open(db, timeout) as reg:
        if _KEPT_IN_DB.get():
            from ntm_docgen.register.kept import keep

            keep(reg, id, tep)
        else:
            reg.record(id, tep, sha256)


def kept_file(db: Db, sha256: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[str, bytes] | None:
    """The name and bytes of the letter kept in the register's database under ``sha256``
    (see :func:`kept_in_database`), or None."""
    from ntm_docgen.register.kept import kept

    with _open(db, timeout) as reg:
        return kept(reg, sha256)


def cancel(db: Db, id: int, ly_do: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Mark number ``id`` cancelled; it stays in the register and is never given again."""
    with _open(db, timeout) as reg:
        reg.cancel(id, ly_do)


@contextlib.contextmanager
def issuing(db: Db = None, *, co_quan: str, loai_code: str, nam: int | None = None,
            don_vi: str | None = None, ky_hieu: str | None = None, mat: bool = False,
            entry: RegisterEntry | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> Iterator[Allocation]:
    """Give a number for the block; if the block fails, mark it cancelled and re-raise.
    :func:`record` and :func:`cancel` of the same register inside the block use its
    connection."""
    with _register(db, timeout) as reg:
        given = reg.allocate(co_quan, loai_code, nam=nam, don_vi=don_vi, ky_hieu=ky_hieu,
                             mat=mat, entry=entry)
        held = _ISSUING.__dict__.setdefault("open", {})
        key = (str(db), timeout)
        outer = held.get(key)
        held[key] = reg
        try:
            yield given
        except BaseException as e:
            # the note is Vietnamese, as the sổ is: the failure the clerk read in her
            # language is quoted in Vietnamese too
            told = retold(str(e).strip(), "vi")
            with contextlib.suppress(RegisterError), written_in("vi"):
                reg.cancel(given.id, _not_made(e, told)[:300])
            raise
        finally:
            if outer is None:
                held.pop(key, None)
            else:
                held[key] = outer


def _not_made(e: BaseException, told: str) -> str:
    """The ghi chú of a number whose letter could not be made: the problem in the clerk's
    words, never the name of an exception class; ``told``: what the error says, in the
    note's language.

    >>> from ntm_docgen.i18n import language_kept, set_language
    >>> with language_kept():
    ...     set_language("en")
    ...     _not_made(KeyboardInterrupt(), "")
    'the letter could not be made: the run was stopped before the file was written'

    A file is named as the clerk named it, not by the folder a desk kept it in:

    >>> from ntm_docgen.errors import InputFileError
    >>> with language_kept():
    ...     set_language("en")
    ...     e = InputFileError("/tmp/ntm-desk-doc-x1/kh.pdf", "page 1 has no room")
    ...     _not_made(e, str(e))
    'the letter could not be made: kh.pdf: page 1 has no room'
    """
    if isinstance(e, (KeyboardInterrupt, SystemExit)):
        problem = _("the run was stopped before the file was written")
    elif isinstance(e, OSError) and e.errno == errno.ENOSPC:
        problem = _("the disk is full")
    elif isinstance(e, OSError) and e.errno in (errno.EACCES, errno.EPERM):
        problem = _("no permission to write {path}").format(path=e.filename or "")
    elif isinstance(e, OSError) and e.strerror:
        problem = f"{e.strerror}: {e.filename}" if e.filename else e.strerror
    else:
        problem = told or _("an unexpected fault in the program")
        path = getattr(e, "path", None)
        if isinstance(path, str) and os.sep in path:  # the file as she named it, not where
            problem = problem.replace(path, os.path.basename(path))  # a server kept it
    return _("the letter could not be made: {problem}").format(problem=problem)


def for_spec(spec: Spec, so_luong_ban: int | None = None) -> dict:
    """The arguments of :func:`allocate`/:func:`issuing` for a letter spec (contract §1)."""
    from ntm_docgen.letter.context import luu_text  # loaded already by the letter's render

    if not spec.co_quan.viet_tat:
        raise RegisterError(said(N_("co_quan.viet_tat: the register needs the issuer's "
                                    "abbreviation (UBND, SNV) to number the letter; add it to the "
                                    "spec")))
    return {
        "co_quan": check_co_quan(spec.co_quan.viet_tat, "co_quan.viet_tat"),
        "loai_code": spec.loai.ma or "CV",
        "nam": spec.ngay.year if spec.ngay else (spec.nam or date.today().year),
        "don_vi": spec.don_vi,
        "ky_hieu": spec.ky_hieu_,
        "mat": spec.do_mat is not None,
        "entry": RegisterEntry(
            trich_yeu=spec.trich_yeu or "", ngay=spec.ngay, nguoi_ky=spec.ky.ho_ten,
            noi_nhan=recipients(spec), luu=luu_text(spec.luu, spec.don_vi),
            so_luong_ban=so_luong_ban),
    }


def recipients(spec: Spec) -> tuple[str, ...]:
    """Where the letter goes, as the register names it: the Kính gửi addressees (whom a
    ``Như trên`` points to), then the rest of the Nơi nhận."""
    return recipients_of(spec.kinh_gui, spec.noi_nhan)


def recipients_of(kinh_gui: Sequence[str], noi_nhan: Sequence[str]) -> tuple[str, ...]:
    """``recipients`` of a letter's Kính gửi and Nơi nhận lists.

    >>> recipients_of(["Các xã;"], ["Như trên", "Lưu trữ tỉnh"])
    ('Các xã', 'Lưu trữ tỉnh')

    A letter issued to be sent to a list (its Kính gửi ``{{ kinh_gui }}``) goes to each
    recipient of that list, not to a placeholder (contract13 #5):

    >>> recipients_of(["{{ kinh_gui }}"], ["Như trên", "UBND tỉnh (b/c)"])[1:]
    ('UBND tỉnh (b/c)',)

    An item's parts (``Văn phòng UBND tỉnh:`` / ``+ CVP, PCVP`` / ``+ Trung tâm PVHCC``) are
    one recipient, its parts in brackets:

    >>> recipients_of([], ["Văn phòng UBND tỉnh:", "+ CVP, PCVP", "+ Trung tâm PVHCC", "Sở A"])
    ('Văn phòng UBND tỉnh (CVP, PCVP; Trung tâm PVHCC)', 'Sở A')
    """
    grouped: list[list[str]] = []  # each recipient, then its parts
    for x in noi_nhan:
        if x.startswith("+ ") and grouped:
            grouped[-1].append(x[2:])
        else:
            grouped.append([x.rstrip(": ")])
    items = [f"{head} ({'; '.join(parts)})" if parts else head for head, *parts in grouped]
    if not kinh_gui:
        return tuple(_listed(x) for x in items)
    rest = (_listed(x) for x in items if not x.casefold().startswith("như trên"))
    return (*(_listed(x.rstrip(" ;.,")) for x in kinh_gui), *rest)


def _listed(item: str) -> str:
    """A recipient as the sổ names it: one a bulk list fills (``{{ kinh_gui }}``) as such."""
    return _("each recipient of the list it is sent to") if "{{" in item else item


def for_copy(ban_sao: BanSao, trich_yeu: str = "", so_luong_ban: int | None = None) -> dict:
    """The arguments of :func:`allocate`/:func:`issuing` for a copy (contract §3): SY/SL/TrS."""
    if not ban_sao.co_quan.viet_tat:
        raise RegisterError(said(N_("co_quan.viet_tat: the register needs the copying body's "
                                    "abbreviation (VP, UBND) to number the copy; add it to the "
                                    "copy spec")))
    return {
        "co_quan": check_co_quan(ban_sao.co_quan.viet_tat, "co_quan.viet_tat"),
        "loai_code": ban_sao.ma,
        "nam": ban_sao.ngay.year if ban_sao.ngay else (ban_sao.nam or date.today().year),
        "ky_hieu": ban_sao.ky_hieu_,
        "entry": RegisterEntry(
            trich_yeu=trich_yeu, ngay=ban_sao.ngay, nguoi_ky=ban_sao.ky.ho_ten,
            # the Lưu the copy block prints (``letter/copyblock.py``: VT when none is given)
            noi_nhan=recipients_of((), ban_sao.noi_nhan), luu=ban_sao.luu or "VT",
            so_luong_ban=so_luong_ban),
    }
