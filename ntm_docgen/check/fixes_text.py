"""Repairs of a letter's words for `check --fix`: text typed in a legacy font read as Unicode,
Unicode composed (NFC), a mark put in place of another (a ký hiệu's dash, the colon after
"Điều 1"), a line ended with its mark, a title put in capitals. Each changes only the text nodes
that hold what it mends, every run's formatting as it was."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from ntm_docgen.check.props import NS, w
from ntm_docgen.vietnamese.legacy import to_unicode
from ntm_docgen.vietnamese.text import nfc, upper_vi


def legacy_to_unicode(runs: Iterable[tuple[etree._Element, str, str]]) -> None:
    """Convert the text of each ``(run, encoding, font)`` typed in a legacy font to Unicode;
    a soft hyphen (ư in TCVN3 once LibreOffice has read a .doc) becomes its letter."""
    for run, encoding, font in runs:
        for hyphen in run.findall(w("softHyphen")) if encoding == "tcvn3" else ():
            letter = etree.Element(w("t"))
            letter.text = "\u00ad"
            hyphen.addprevious(letter)
            run.remove(hyphen)
        for text in run.iter(w("t")):
            if text.text:
                text.text = to_unicode(text.text, encoding, font)


def nfc_text(roots: Iterable[etree._Element]) -> None:
    """Compose every text node to NFC (TCVN 6909:2001)."""
    for root in roots:
        for t in root.iter(w("t")):
            if t.text and nfc(t.text) != t.text:
                t.text = nfc(t.text)


def replace_text(runs: list[etree._Element], pattern: str, repl: str) -> None:
    """Rewrite the text of a line held by ``runs``: ``re.sub(pattern, repl)`` over their text.

    The change goes into the one text node that holds the match when there is one; otherwise
    the whole line moves into the first node that prints a letter or a sign (the line has
    one formatting: a blank run before it may be set otherwise, Sóc Trăng's " " in 14 pt
    before "Số:" set in 13 pt by so.size).
    """
    nodes = [t for r in _unique(runs) for t in r.iterfind("w:t", NS)]
    for node in nodes:
        if node.text and re.search(pattern, node.text):
            node.text = re.sub(pattern, repl, node.text)
            return
    whole = "".join(t.text or "" for t in nodes)
    new = re.sub(pattern, repl, whole)
    if nodes and new != whole:
        kept = next((t for t in nodes if (t.text or "").strip()), nodes[0])
        for node in nodes:
            node.text = new if node is kept else ""


def end_with(runs: list[etree._Element], mark: str) -> None:
    """End the line held by ``runs`` with ``mark`` (its last text, trailing spaces dropped)."""
    nodes = [t for r in _unique(runs) for t in r.iterfind("w:t", NS) if (t.text or "").strip()]
    if nodes:
        nodes[-1].text = (nodes[-1].text or "").rstrip() + mark


def translate_text(runs: list[etree._Element], table: dict[str, str]) -> None:
    """Put each character of ``table`` in the text of ``runs`` in place of its key: one
    character for another, so the change never straddles two text nodes."""
    chars = str.maketrans(table)
    for node in (t for r in _unique(runs) for t in r.iterfind("w:t", NS)):
        if node.text:
            node.text = node.text.translate(chars)


def replace_mark(runs: list[etree._Element], pattern: str, mark: str) -> None:
    """Replace the span of group 1 of ``pattern``'s first match in the text of ``runs`` by
    ``mark``, in the node that holds it, every other letter and run as it was ("Điều 1:"
    -> "Điều 1."). A span split over nodes is left as it is."""
    nodes = [t for r in _unique(runs) for t in r.iterfind("w:t", NS)]
    found = re.search(pattern, "".join(t.text or "" for t in nodes))
    if found is None:
        return
    start, end, at = found.start(1), found.end(1), 0
    for node in nodes:
        text = node.text or ""
        if at <= start and end <= at + len(text):
            node.text = text[:start - at] + mark + text[end - at:]
            return
        at += len(text)


def upper_text(runs: list[etree._Element]) -> None:
    """Put the text of ``runs`` in capitals, node by node (a title typed in lower case)."""
    for node in (t for r in _unique(runs) for t in r.iterfind("w:t", NS)):
        if node.text:
            node.text = upper_vi(node.text)


def _unique(runs: Iterable[etree._Element]) -> list[etree._Element]:
    return list({id(r): r for r in runs}.values())  # each run once, in the order first seen
