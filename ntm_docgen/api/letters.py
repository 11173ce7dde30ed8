"""The front door's letters: a spec read and checked, a letter rendered, the type table,
provinces and the shipped profiles (``from ntm_docgen import load_spec, render``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ntm_docgen.errors import Problem
    from ntm_docgen.letter.spec import BanSao, Spec
    from ntm_docgen.vietnamese.loai import Loai

#: A file's path as the front door takes it.
PathLike = Path | str

# --- letters -----------------------------------------------------------------------------


def load_spec(path: PathLike) -> Spec:
    """Read and validate a letter spec (YAML or JSON); every problem is reported at once."""
    from ntm_docgen.letter.spec import load_spec as load

    return load(path)


def field_labels() -> dict[str, str]:
    """The label the desk's form shows above each field of a spec, by the field's path (rows
    and appendices without their index), as catalog ids: the words messages name fields by."""
    from ntm_docgen.letter.fieldlabels import LABELS

    return LABELS


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


def spec_warnings(spec: Spec, *, unread: bool = True) -> list[str]:
    """What renders but the decree's layout would not have (a name in capitals, ...);
    ``unread``: with the fields still “...” from a reading (the desk says those above its
    form, with the reading's notes)."""
    from ntm_docgen.letter.context import spec_warnings as warnings
    from ntm_docgen.letter.unread import NOTE

    return [w for w in warnings(spec) if unread or getattr(w, "msgid", None) != NOTE]


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


def numbering_refusal(spec: Spec) -> str | None:
    """Why ``render_numbered`` would give this letter no number (fields still “...”, a Giấy
    mời that says nothing), said before anything is asked or taken; None when it would."""
    from ntm_docgen.register.numbered import numbering_refusal as refusal

    return refusal(spec)


def render_numbered(spec: Spec, out: PathLike, *, db: str | None, today: date,
                    force: bool = False, pdf: bool = False) -> tuple[list[Path], list[str]]:
    """Like ``render``, with the number taken from the register and the letter recorded there;
    return the files and the numbers given (``01/KH-SNV``, then a ban_sao block's)."""
    from ntm_docgen.register.numbered import render_allocated

    return render_allocated(spec, out, db=db, today=today, force=force, pdf=pdf)


def numbering_warnings(spec: Spec | BanSao, *, today: date) -> list[str]:
    """What to say before the register numbers the letter (and its copy block), or a copy,
    today: a date in another year, whose series the number would come from, or a later day
    of this year (a letter is numbered and dated on the day it is issued)."""
    from ntm_docgen.letter.spec import Spec
    from ntm_docgen.register.numbered import ahead, other_year

    def dated(path: str, ngay: date | None) -> list[str]:
        return other_year(path, ngay, today) + ahead(path, ngay, today)

    if not isinstance(spec, Spec):  # a copy spec
        return dated("ngay", spec.ngay)
    copy = [] if spec.ban_sao is None else dated("ban_sao.ngay", spec.ban_sao.ngay)
    if spec.ban_sao is not None and spec.ngay is None:  # the letter is dated today as numbered
        from ntm_docgen.letter.spec_warnings import copied_before

        copy += copied_before("ban_sao.ngay", spec.ban_sao.ngay, today)
    return dated("ngay", spec.ngay) + copy


def series_warnings(spec: Spec | BanSao, *, db: str | None, each: bool = False) -> list[str]:
    """What to say before the register ``db`` numbers the letter (and its copy block), or a
    copy: a date well before the latest letter its series has numbered already, whose number
    would come after that letter's; a letter its series has numbered already (the same spec
    given again; ``each``: a bulk run's spec, its recipients not compared)."""
    from ntm_docgen import register
    from ntm_docgen.letter.spec import Spec
    from ntm_docgen.register.order import out_of_order
    from ntm_docgen.register.twice import numbered_before

    def told(path: str, arguments: dict) -> list[str]:
        return out_of_order(db, path, arguments) + numbered_before(db, path, arguments,
                                                                   each=each)

    if not isinstance(spec, Spec):  # a copy spec
        return told("ngay", register.for_copy(spec))
    said = told("ngay", register.for_spec(spec))
    if spec.ban_sao is not None:
        said += told("ban_sao.ngay", register.for_copy(spec.ban_sao))
    return said


def types() -> list[Loai]:
    """The type table (Phụ lục III): code, name and the layout each uses."""
    from ntm_docgen.vietnamese.loai import all_loai

    return list(all_loai())


def find_type(code_or_name: str) -> Loai | None:
    """The type for a code or name (``KH``, ``kế hoạch``, ``CV``), or None."""
    from ntm_docgen.vietnamese.loai import find_loai

    return find_loai(code_or_name)


def copy_form(code_or_name: str) -> str | None:
    """The copy form a code or name stands for (``SY``, ``sao lục`` -> ``SAO LỤC``), or None:
    a copy is no letter type, ``copy`` makes it."""
    from ntm_docgen.vietnamese.loai import copy_codes
    from ntm_docgen.vietnamese.text import nfc

    typed = " ".join(nfc(code_or_name).split()).casefold()
    return next((form for form, code in copy_codes().items()
                 if typed in (form.casefold(), code.casefold())), None)


def skeleton(loai: Loai | str, today: date) -> str:
    """The commented skeleton spec of ``new`` for that type; for a copy form (``SAO Y``, as
    ``copy_form`` gives it) the copy spec of ``copy``."""
    from ntm_docgen.letter.skeleton import copy_skeleton
    from ntm_docgen.letter.skeleton import skeleton as make

    return copy_skeleton(loai, today) if isinstance(loai, str) else make(loai, today)


def date_line(dia_danh: str, day: date | None, year: int, month: int | None = None) -> str:
    """Ô 4 as the letter prints it: ``Lạng Sơn, ngày 05 tháng 01 năm 2026`` (a draft leaves
    day and month blank, or the day alone when its ``month`` is given)."""
    from ntm_docgen.vietnamese.text import dia_danh_ngay

    return dia_danh_ngay(dia_danh, day, year, month)


def provinces() -> list[str]:
    """The 34 provinces of the 2025 list, as clerks write their names, in the Vietnamese
    alphabet's order, the six cities after them."""
    from ntm_docgen.vietnamese.donvi import provinces_in_order

    return provinces_in_order()


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
