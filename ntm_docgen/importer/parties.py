"""Parties signing side by side at a letter's end (a Biên bản: ``ĐD SỞ CÔNG THƯƠNG`` and
``ĐD CÔNG TY ...``, each over its signer): which party signs for the letter, and its lines."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.signtitles import signs_here
from ntm_docgen.importer.signzone import Signature, bare_party, looks_like_name, party_label

_PARTY = re.compile(r"^(dai dien|d\.?d)\.?\s+")  # ĐẠI DIỆN, ĐD. before a party's name


def read_across(kept: list[str], sig: Signature) -> list[str]:
    """The signing party's lines when two parties' signatures, side by side, were read across
    their rows: their titles on two lines one under the other with no name between them
    (``ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ`` / ``ĐẠI DIỆN SỞ CÔNG THƯƠNG`` / ``PHÓ GIÁM ĐỐC`` / ``XÂY
    DỰNG HẠ TẦNG CƠ SỞ`` / two names). The party is the first whose title names no enterprise
    (as in ``first_party``), its title with the signer's title read under the two (a title of
    the decree's, ``PHÓ GIÁM ĐỐC``, not the rest of a company's name) as one title of two
    lines, and the first name read under them, the left column's in the row's reading order;
    the other party's title goes to ``sig.others``. Any other column as it is.

    >>> sig = Signature()
    >>> read_across(["ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ", "ĐẠI DIỆN SỞ CÔNG THƯƠNG Ữ", "PHÓ GIÁM ĐỐC",
    ...              "XÂY DỰNG HẠ TẦNG", "Hoàng Văn Thuân", "Phạm Xuân Phường"], sig), sig.others
    (['ĐẠI DIỆN SỞ CÔNG THƯƠNG\\nPHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'], ['ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ'])
    >>> read_across(["ĐD SỞ A", "Lê Văn An", "ĐD CÔNG TY B", "Trần Bình"], Signature())
    ['ĐD SỞ A', 'Lê Văn An', 'ĐD CÔNG TY B', 'Trần Bình']
    """
    at = next((i for i in range(len(kept) - 1)
               if party_label(kept[i]) and party_label(kept[i + 1])), None)
    if at is None or any(looks_like_name(x) for x in kept[:at]):
        return kept
    pair = kept[at:at + 2]
    party = 1 if enterprise_s(pair[0]) and not enterprise_s(pair[1]) else 0
    under = kept[at + 2:]
    named = next((i for i, x in enumerate(under) if looks_like_name(x)), None)
    if named is None:
        return kept
    title = next((x for x in under[:named] if signs_here(x) and not party_label(x)), None)
    label = _without_lone_letter(pair[party])
    sig.others.append(pair[1 - party])
    return [f"{label}\n{title}" if title else label, under[named]]


def first_party(kept: list[str], titles: list[str], sig: Signature) -> list[str]:
    """The signing party's name when several parties sign side by side, each its title and
    its name (a Biên bản: ``ĐD SỞ CÔNG THƯƠNG`` / name, ``ĐD CÔNG TY ...`` / name), as a
    list of one: the first party's, or the first whose title names no enterprise when an
    enterprise's representative signs on the left (``ĐẠI DIỆN CÔNG TY`` / name, ``TRƯỞNG
    ĐOÀN`` / name: the company inspected signs beside the issuer's team). That party's title
    is put first in ``titles``; the other parties' titles go to ``sig.others``. Empty for one
    signer.

    >>> sig = Signature()
    >>> first_party(["ĐD SỞ A", "Lê Văn An", "ĐD CÔNG TY B", "Trần Bình"],
    ...             ["ĐD SỞ A", "ĐD CÔNG TY B"], sig), sig.others
    (['Lê Văn An'], ['ĐD CÔNG TY B'])
    >>> sig, titles = Signature(), ["ĐẠI DIỆN CÔNG TY", "TRƯỞNG ĐOÀN"]
    >>> first_party(["ĐẠI DIỆN CÔNG TY", "Lê Văn An", "TRƯỞNG ĐOÀN", "Trần Bình"],
    ...             titles, sig), titles, sig.others
    (['Trần Bình'], ['TRƯỞNG ĐOÀN', 'ĐẠI DIỆN CÔNG TY'], ['ĐẠI DIỆN CÔNG TY'])
    >>> first_party(["PHÓ GIÁM ĐỐC", "Lê Văn An"], ["PHÓ GIÁM ĐỐC"], Signature())
    []
    """
    if len(titles) < 2 or sig.quyen_han:
        return []
    at = [kept.index(t) for t in titles]
    between = [x for x in kept[at[0] + 1:at[1]] if looks_like_name(x)]
    if len(between) != 1 or not any(looks_like_name(x) for x in kept[at[1] + 1:]):
        return []
    party = 0
    if enterprise_s(titles[0]) and len(titles) == 2 and not enterprise_s(titles[1]):
        party, sig.passed = 1, titles[0]
        between = [x for x in kept[at[1] + 1:] if looks_like_name(x)][:1]
    titles[:] = [titles[party], *titles[:party], *titles[party + 1:]]
    sig.others.extend(titles[1:])
    return between


def party_named(kept: list[str]) -> list[str]:
    """``Đại diện`` alone over the party's name (a Biên bản's table of signatures typed in
    sentence case): one title, ``Đại diện Sở Công Thương``.

    >>> party_named(["Đại diện", "Sở Công Thương", "Lê Văn An", "Đại diện", "UBND xã An"])
    ['Đại diện Sở Công Thương', 'Lê Văn An', 'Đại diện UBND xã An']
    >>> party_named(["ĐD SỞ A", "Lê Văn An"])
    ['ĐD SỞ A', 'Lê Văn An']
    """
    out: list[str] = []
    for line in kept:
        if out and bare_party(out[-1]) and (not looks_like_name(line) or names_a_body(line)):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def names_a_body(line: str) -> bool:
    """The line opens with a body's or an enterprise's first word (``Sở Công Thương``, ``Công
    ty CP An``), which no person's name does (data/nhap.yaml: dau_ten, dau_ten_doanh_nghiep).

    >>> names_a_body("Sở Công Thương"), names_a_body("Công ty CP An"), names_a_body("Lê Văn An")
    (True, True, False)
    """
    words = f"{key(line.strip())} "
    heads = [*rules()["dau_ten"], *rules()["dau_ten_doanh_nghiep"]]
    return any(words.startswith(f"{key(w)} ") for w in heads)


def enterprise_s(title: str) -> bool:
    """A party's title that names an enterprise (``ĐẠI DIỆN CÔNG TY``, ``ĐD CÔNG TY CP AN``).

    >>> enterprise_s("ĐẠI DIỆN CÔNG TY"), enterprise_s("ĐD SỞ CÔNG THƯƠNG")
    (True, False)
    """
    words = _PARTY.sub("", key(title).strip())
    return any(f"{words} ".startswith(f"{key(w)} ") for w in rules()["dau_ten_doanh_nghiep"])


def _without_lone_letter(title: str) -> str:
    """A party's title without a lone letter read after it (``ĐẠI DIỆN SỞ CÔNG THƯƠNG Ữ``: the
    seal's ring), which no word of a title is.

    >>> _without_lone_letter("ĐẠI DIỆN SỞ CÔNG THƯƠNG Ữ"), _without_lone_letter("ĐD SỞ A")
    ('ĐẠI DIỆN SỞ CÔNG THƯƠNG', 'ĐD SỞ A')
    """
    words = title.split()
    if len(words) > 3 and len(words[-1]) == 1 and words[-1].isalpha():
        words = words[:-1]
    return " ".join(words)
