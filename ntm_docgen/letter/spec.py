"""Load a letter spec (YAML or JSON, contract §1 and §3) into frozen, validated objects."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.datafile import read_data as read_data  # the spec's reader
from ntm_docgen.letter.fieldlabels import labelled
from ntm_docgen.letter.model import COPY_KEYS as COPY_KEYS
from ntm_docgen.letter.model import DO_KHAN as DO_KHAN
from ntm_docgen.letter.model import DO_MAT as DO_MAT
from ntm_docgen.letter.model import LETTER_KEYS, BanSao, Spec
from ntm_docgen.letter.model import ChuKy as ChuKy
from ntm_docgen.letter.model import CoQuan as CoQuan
from ntm_docgen.letter.model import PhuLuc as PhuLuc
from ntm_docgen.letter.schema import Checker, describe
from ntm_docgen.letter.spec_blocks import normalise_quyen_han as normalise_quyen_han
from ntm_docgen.letter.spec_blocks import parse_ban_sao
from ntm_docgen.letter.spec_blocks import parse_chu_ky as parse_chu_ky
from ntm_docgen.letter.spec_blocks import parse_co_quan as parse_co_quan
from ntm_docgen.letter.spec_fields import spec_fields
from ntm_docgen.vietnamese.loai import find_loai

#: The names of Spec's fields, for ``respec``.
_SPEC_FIELDS = frozenset(Spec.__dataclass_fields__)


def load_spec(path: Path | str) -> Spec:
    """Read and validate a letter spec file."""
    data = read_data(path)
    return parse_spec(data, source=Path(path))


#: An empty copy spec, told with where to start.
COPY_EMPTY = N_("the copy spec is empty; start from `ntm-docgen new SY`")


def load_copy_spec(path: Path | str) -> BanSao:
    """Read and validate a copy spec file (contract §3)."""
    return parse_copy_spec(read_data(path), source=Path(path))


def parse_copy_spec(data: Any, source: Path | str | None = None) -> BanSao:
    """Validate plain data as a copy spec; raise SpecError listing every problem (a letter's
    spec given for it, as one problem saying so)."""
    if isinstance(data, dict) and "hinh_thuc" not in data and _LETTER_ONLY & set(data):
        keys = ", ".join(k for k in ("loai", "trich_yeu", "noi_dung") if k in data)
        told = _("this file describes a letter (it has {keys}), not a copy: a copy's file holds "
                 "hinh_thuc (SAO Y, SAO LỤC or TRÍCH SAO), co_quan, dia_danh, ky and noi_nhan")
        if isinstance(data.get("ban_sao"), dict):
            told += _("; its ban_sao block describes a copy: save that block alone in a file "
                      "of its own")
        raise SpecError([Problem("", told.format(keys=keys))], source)
    if data is None:  # an empty file: what to start from, not "expected a mapping"
        raise SpecError([Problem("", _(COPY_EMPTY))], source)
    check = Checker()
    copy = parse_ban_sao(check, data, "")
    if check.problems or copy is None:
        raise SpecError(check.problems or [Problem("", _(COPY_EMPTY))], source)
    return copy


#: Keys only a letter's spec has: a copy spec holding them is a letter's.
_LETTER_ONLY = {"loai", "trich_yeu", "noi_dung"}


def parse_spec(data: Any, source: Path | str | None = None) -> Spec:
    """Validate plain data as a letter spec; raise SpecError listing every problem."""
    check = Checker()
    if data is None:
        empty = said(N_("the spec is empty; start from `ntm-docgen new KH`"))
        raise SpecError([Problem("", empty)], source)
    if isinstance(data, dict) and "hinh_thuc" in data and not _LETTER_ONLY & set(data):
        raise SpecError([Problem("", _(  # a copy's spec given for a letter
            "this file describes a copy ({form}), not a letter: give it where a copy is made "
            "with the original beside it, or describe the letter with loai, trich_yeu and "
            "noi_dung").format(form=data["hinh_thuc"]))], source)
    top = check.mapping(data, "", LETTER_KEYS, {"loai", "dia_danh"})
    if not isinstance(data, dict):  # a list, a text: its one problem, none of each key's
        raise SpecError(check.problems, source)
    if isinstance(data, dict):
        # a missing block is reported by the fields it must hold
        if data.get("co_quan") is None:
            check.missing("co_quan.ten")
        if data.get("ky") is None:
            check.missing("ky.chuc_vu")
            check.missing("ky.ho_ten")

    loai = None
    loai_text = check.text(top, "loai", "")
    if loai_text:
        loai = find_loai(loai_text)
        if loai is None:
            check.fail("loai", said(N_("unknown type; use a Phụ lục III code (HD, KH, BC, QĐ, "
                                       "TB, TTr, GM, ...), its name, or CV for a công văn "
                                       "(`ntm-docgen types` lists them)")), describe(loai_text))
    fields = spec_fields(check, top, loai, LETTER_KEYS - {"loai"})
    if check.problems or loai is None or fields["co_quan"] is None or fields["ky"] is None:
        raise SpecError(check.problems or [Problem("", said(N_("incomplete spec")))], source)
    return Spec(loai=loai, **fields)


def unissued_copy(spec: Spec) -> list[Problem]:
    """A copy is made of an issued letter (with its số and ngày): a draft's copy block is a
    problem of its ``ban_sao.hinh_thuc``."""
    if spec.ban_sao is None or (spec.so is not None and spec.ngay is not None):
        return []
    return [Problem("ban_sao.hinh_thuc", _(
        "a copy is made only of an issued letter, and this one has no number and date yet: "
        "leave the copy block empty, issue the letter first (the register gives its number), "
        "then make the copy"), named_as=labelled("ban_sao.hinh_thuc"))]


def respec(base: Spec, data: dict[str, Any], keys: Collection[str],
           source: Path | str | None = None) -> Spec:
    """``base`` with the top-level ``keys`` of ``data`` validated again and the rest kept: a bulk
    letter's recipient changes a few fields, and only those are checked for each letter. The
    same problems as ``parse_spec`` in those fields; ``data`` must hold the other keys as
    ``base`` was parsed from."""
    check = Checker()
    fields = spec_fields(check, data, base.loai, keys)
    if check.problems or fields.get("co_quan", base.co_quan) is None \
            or fields.get("ky", base.ky) is None:
        raise SpecError(check.problems or [Problem("", said(N_("incomplete spec")))], source)
    # ``replace(base, **fields)`` without its checks and its frozen __init__ (every letter of a
    # bulk run passes here): the same fields, ``fields`` naming only Spec's own
    assert fields.keys() <= _SPEC_FIELDS, fields.keys() - _SPEC_FIELDS
    spec = object.__new__(Spec)
    spec.__dict__.update(base.__dict__)
    spec.__dict__.update(fields)
    return spec
