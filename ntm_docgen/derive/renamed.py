"""Bodies merged away named by their successor in a letter dated after the merger (the Bộ Lao
động - Thương binh và Xã hội reported to in a letter of December 2025 is the Bộ Nội vụ), outside
what the letter cites, told (data/derive/doi_ten.yaml)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, partial
from typing import Any

from ntm_docgen.derive.rules import citation_spans
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, said
from ntm_docgen.vietnamese.text import nfc, ngay_so


@cache
def _changes() -> tuple[tuple[date, str, re.Pattern[str], dict[str, tuple[str, bool]]], ...]:
    """Each change of doi_ten.yaml: its first day, its act, a pattern of the old names and
    each old name's successor, or the successors its work was split among (``chia``: True),
    keyed by the name folded."""
    out = []
    for entry in load_data("derive/doi_ten.yaml")["doi_ten"]:
        successor_of: dict[str, tuple[str, bool]] = {}
        named = [(new, olds, False) for new, olds in entry["thay"].items()]
        named += [(" ".join(str(x["viec"]).split()), x["ten"], True)
                  for x in entry.get("chia") or []]
        parts = []
        for new, olds, split in named:
            for old in olds:
                successor_of[_key(nfc(old))] = (nfc(new), split)
                words = [re.escape(w) for w in re.split(r"\s*[-–—]\s*|\s+", nfc(old))]
                parts.append(r"\s*[-–—]?\s*".join(words))
        parts.sort(key=len, reverse=True)
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)
        out.append((entry["tu"], nfc(entry["nguon"]), pattern, successor_of))
    return tuple(out)


def _key(name: str) -> str:
    """A name folded for lookup: no dashes, one space, any case.

    >>> _key("Bộ Lao động – thương binh và Xã hội") == _key("Bộ Lao động Thương binh và Xã hội")
    True
    """
    return " ".join(re.sub(r"[-–—]", " ", name).split()).casefold()


#: the words before a body the letter reports or sends to, or asks ("… báo cáo Bộ …", "gửi về
#: Sở …"); a body named otherwise ("thẩm quyền giải quyết của Sở Giao thông vận tải", the name
#: of a list another body published) keeps its name
_TOWARD = re.compile(r"(?<!\w)(?:báo cáo|về|gửi|cho|đề nghị|giao)\s+$", re.IGNORECASE)
#: a title in quotation marks ("báo cáo “Kết quả … gửi Sở Kế hoạch và Đầu tư”"): as issued
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _rename(line: str, day: date, done: dict[str, tuple[str, str, bool]], *,
            anywhere: bool = False) -> str:
    """``line`` with the bodies gone on ``day`` named by their successors outside its
    citations, where it reports or sends to them (``anywhere``: a line of the Kính gửi or the
    Nơi nhận); each name changed is kept in ``done`` (old: successor, act, False), and each
    body whose work was split, left as it is, too (old: the successors, act, True).

    >>> day, done = date(2025, 12, 15), {}
    >>> _rename("báo cáo Sở Giao thông vận tải; thẩm quyền của Sở Giao thông vận tải", day, done)
    'báo cáo Sở Xây dựng; thẩm quyền của Sở Giao thông vận tải'
    >>> _rename("gửi về Sở Lao động - Thương binh và Xã hội", day, done)
    'gửi về Sở Lao động - Thương binh và Xã hội'

    A title in quotation marks is the title as issued:

    >>> _rename('gửi báo cáo “Kết quả thẩm định gửi Sở Kế hoạch và Đầu tư” về Sở Kế hoạch và '
    ...         'Đầu tư', day, done)
    'gửi báo cáo “Kết quả thẩm định gửi Sở Kế hoạch và Đầu tư” về Sở Tài chính'
    """
    for tu, act, pattern, successor_of in _changes():
        if day < tu:
            continue
        quoted = [m.span() for m in _QUOTED.finditer(line)]

        def swap(found: re.Match[str], *, at: int, act: str = act,
                 successor_of: dict[str, tuple[str, bool]] = successor_of,
                 quoted: list[tuple[int, int]] = quoted) -> str:
            if not anywhere and not _TOWARD.search(found.string[:found.start()]):
                return found[0]
            if any(a < at + found.start() < b for a, b in quoted):  # a title quoted stays
                return found[0]
            new, split = successor_of[_key(found[0])]
            done.setdefault(found[0], (new, act, split))
            return found[0] if split else new

        pieces, last = [], 0
        for start, end in [*citation_spans(line), (len(line), len(line))]:
            pieces += [pattern.sub(partial(swap, at=last), line[last:start]), line[start:end]]
            last = end
        line = "".join(pieces)
    return line


def rename_gone(spec: dict[str, Any], day: date) -> list[str]:
    """The body, phụ lục, Kính gửi and Nơi nhận of a letter dated ``day`` with the bodies
    merged away by then named by their successors (a line named twice once), told.

    >>> spec = {"noi_dung": "tham mưu UBND tỉnh báo cáo Bộ Kế hoạch và Đầu tư.",
    ...         "noi_nhan": ["- Bộ Kế hoạch và Đầu tư (b/c);", "- Bộ Tài chính (b/c);"]}
    >>> told = rename_gone(spec, date(2025, 12, 15)); spec["noi_dung"], spec["noi_nhan"]
    ('tham mưu UBND tỉnh báo cáo Bộ Tài chính.', ['- Bộ Tài chính (b/c);'])
    >>> spec = {"noi_dung": "báo cáo Sở Kế hoạch và Đầu tư."}
    >>> rename_gone(spec, date(2024, 12, 15)), spec["noi_dung"]
    ([], 'báo cáo Sở Kế hoạch và Đầu tư.')
    """
    done: dict[str, tuple[str, str, bool]] = {}
    for part in [spec, *(spec.get("phu_luc") or [])]:
        if part.get("noi_dung"):
            part["noi_dung"] = "\n".join(_rename(x, day, done)
                                         for x in str(part["noi_dung"]).split("\n"))
    for key in ("kinh_gui", "noi_nhan"):
        if isinstance(spec.get(key), list):
            given = [str(x) for x in spec[key]]
            lines: list[str] = []
            for line in given:  # a line renamed into one it lists already is left out; two
                new = _rename(line, day, done, anywhere=True)  # parts alike ("+ Lãnh đạo
                if new == line or (new not in lines and new not in given):  # Sở") both kept
                    lines.append(new)
            spec[key] = lines
    return [said(N_("{old} no longer exists on {day}, the letter's date: its work was split "
                    "({act}) among {new}; the letter still names {old}: write instead the body "
                    "whose work the letter's matter is before sending"),
                 old=old, day=ngay_so(day), new=new, act=act) if split else
            said(N_("{old} no longer exists on {day}, the letter's date: its work went to {new} "
                    "({act}), and the letter names {new} in its place outside what it cites; "
                    "check that the work named is {new}'s before sending"),
                 old=old, day=ngay_so(day), new=new, act=act)
            for old, (new, act, split) in done.items()]
