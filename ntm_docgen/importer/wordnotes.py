"""What a Word file holds beside its body's text: its footnotes and endnotes (each note's text
and the words its mark follows) and the changes tracked and comments no one has dealt with yet
(the text is read as its changes accepted, the comments left out: importer/docxtext.py), told
as the importer's warnings; and the pages a phụ lục is printed on, portrait or landscape, kept
as its ``ngang`` where the layout's own rule would print it otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree

from ntm_docgen.files.revisions import COMMENTS, GONE, PRINTED, pending
from ntm_docgen.i18n import N_, _, shortened
from ntm_docgen.letter.layout_rules import PORTRAIT_MAX_COLUMNS
from ntm_docgen.letter.markup import widest_table
from ntm_docgen.vietnamese.text import nfc

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: The notes a warning quotes in full; the rest are counted.
NOTES_TOLD = 6
#: The words before a note's mark a warning quotes, to find it by.
BEFORE_WORDS = 6
FOOTNOTE = N_("footnote {number} of the Word file was not read into the letter, which has no "
              "place for notes: “{text}”, its mark after “{before}”; write it into the body "
              "where the letter needs it")
ENDNOTE = N_("endnote {number} of the Word file was not read into the letter, which has no "
             "place for notes: “{text}”, its mark after “{before}”; write it into the body "
             "where the letter needs it")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def word_told(document: Any) -> list[str]:
    """The warnings for ``document`` (python-docx's): its notes, its pending changes."""
    parts = _related(document)
    return [*_notes(document.element.body, parts), *_pending(document.element, parts)]


def _related(document: Any) -> dict[str, list[etree._Element]]:
    """The parsed parts the main part relates to, by the end of their relationship type."""
    out: dict[str, list[etree._Element]] = {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        kind = "/" + rel.reltype.rsplit("/", 1)[-1]
        try:
            out.setdefault(kind, []).append(etree.fromstring(rel.target_part.blob, parser))
        except (etree.XMLSyntaxError, ValueError):
            continue  # a damaged part: what opening the file tells
    return out


def _notes(body: etree._Element, parts: dict[str, list[etree._Element]]) -> list[str]:
    told: list[str] = []
    for kind, tag, said in (("/footnotes", "footnote", FOOTNOTE),
                            ("/endnotes", "endnote", ENDNOTE)):
        texts = {note.get(w("id")): " ".join(_text(note).split())
                 for root in parts.get(kind, []) for note in root.iterchildren(w(tag))}
        marks = [m for m in body.iter(w(f"{tag}Reference"))
                 if not any(a.tag in GONE for a in m.iterancestors())]
        for number, mark in enumerate(marks, 1):
            text = texts.get(mark.get(w("id")), "")
            if not text:
                continue
            if len(told) == NOTES_TOLD:
                told.append(_("{count} more notes of the Word file were not read into the "
                              "letter either").format(count=len(marks) - number + 1))
                break
            told.append(_(said).format(number=number, text=shortened(text, 160, at_word=True),
                                       before=_before(mark)))
    return told


def _before(mark: etree._Element) -> str:
    """The last words of the paragraph's text before a note's mark."""
    paragraph = next(mark.iterancestors(w("p")), None)
    if paragraph is None:
        return ""
    words: list[str] = []
    for node in paragraph.iter(w("t"), w("footnoteReference"), w("endnoteReference")):
        if node is mark:
            break
        if node.tag == w("t") and not any(a.tag in GONE for a in node.iterancestors()):
            words.extend((node.text or "").split())
    shown = " ".join(words[-BEFORE_WORDS:])
    return ("…" if len(words) > BEFORE_WORDS else "") + nfc(shown)


def _pending(main: etree._Element, parts: dict[str, list[etree._Element]]) -> list[str]:
    printed = [root for kind in PRINTED for root in parts.get(kind, [])]
    comments = parts.get(COMMENTS, [None])[0]
    found = pending([main, *printed], comments)
    if not found:
        return []
    return [_("the Word file still holds {pending}: it was read as its changes accepted, "
              "without its comments; check the letter read against the one issued").format(
        pending=found.told())]


def _text(element: etree._Element) -> str:
    return nfc("".join(t.text or "" for t in element.iter(w("t"))))


def landscape_lines(body: etree._Element) -> dict[str, bool]:
    """Each paragraph's text (spaces collapsed, the first of a text) and whether the section it
    stands in prints landscape (``w:pgSz`` with ``w:orient="landscape"``, or wider than high)."""
    from ntm_docgen.importer.docxtext import paragraph_text

    out: dict[str, bool] = {}
    section: list[str] = []
    for paragraph in body.iter(w("p")):
        text = " ".join(nfc(paragraph_text(paragraph)).split())
        if text:
            section.append(text)
        ends = paragraph.find(f"{w('pPr')}/{w('sectPr')}")
        if ends is not None:
            _sized(out, section, ends)
            section = []
    final = body.find(w("sectPr"))
    if final is not None:
        _sized(out, section, final)
    return out


def _sized(out: dict[str, bool], texts: list[str], section: etree._Element) -> None:
    size = section.find(w("pgSz"))
    wide = size is not None and (size.get(w("orient")) == "landscape" or
                                 _twips(size.get(w("w"))) > _twips(size.get(w("h"))) > 0)
    for text in texts:
        out.setdefault(text, wide)


def _twips(value: str | None) -> int:
    return int(value) if value is not None and value.isdigit() and len(value) < 7 else 0


def oriented(spec: dict[str, Any], lines: Mapping[str, bool]) -> dict[str, Any]:
    """The spec with ``ngang`` on each phụ lục whose pages in the Word file are not those the
    layout would give it by its tables (a landscape phụ lục of a narrow table, a wide table
    the clerk kept portrait)."""
    items = spec.get("phu_luc")
    if not lines or not isinstance(items, list):
        return spec
    out = []
    for item in items:
        title = str(item.get("tieu_de") or "").split("\n")[0] if isinstance(item, dict) else ""
        wide = lines.get(" ".join(title.split()))
        if wide is not None and wide != (widest_table(str(item.get("noi_dung") or ""))
                                         > PORTRAIT_MAX_COLUMNS):
            item = {**item, "ngang": wide}
        out.append(item)
    return {**spec, "phu_luc": out}
