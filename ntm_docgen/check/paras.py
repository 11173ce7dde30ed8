"""The paragraphs check reads from a DOCX: a ``Para`` with its runs (``Run``), text, bullet and
place, and the lines (``Line``) a break, a tab or a typed column's gap cuts it into."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ntm_docgen.check.props import ParaProps, RunProps
from ntm_docgen.vietnamese.text import nfc


@dataclass
class Run:
    """A stretch of text with one formatting; ``text`` holds ``\\n`` for line breaks. Text
    typed in a legacy font is read in Unicode; ``typed`` holds it as the file does."""

    el: etree._Element
    text: str
    props: RunProps
    typed: str = ""

    @property
    def shown(self) -> str:
        """The text as displayed (``w:caps`` shows capitals)."""
        return self.text.upper() if self.props.caps else self.text


@dataclass
class Para:
    """One paragraph: its runs, layout, and container (``body``, ``table``, ``textbox``)."""

    el: etree._Element
    runs: list[Run]
    props: ParaProps
    container: str
    cell: etree._Element | None = None
    row: int = -1
    col: int = -1
    index: int = 0
    has_line_shape: bool = False
    page_break: bool = False
    #: what Word prints before the text and the text lacks: a list's number or bullet
    #: (numbering.xml) or a bullet typed as a Symbol character (w:sym), with its space
    label: str = ""
    #: the label a list level of numbering.xml prints (its ``el`` that ``w:lvl``, its props the
    #: level's over the paragraph mark's): a heading's "II." in bold or not; None for others
    label_run: Run | None = None

    @property
    def text(self) -> str:
        return "".join(r.shown for r in self.runs)

    @property
    def bullet(self) -> bool:
        """True when the paragraph prints as an item of a list marked by a bullet or a dash
        that is not in its text ("- " drawn by Word's list, "•" typed as a symbol)."""
        mark = self.label.strip()
        return bool(mark) and not mark[0].isalnum()

    @property
    def clean(self) -> str:
        """Displayed text in NFC with tabs, breaks and repeated spaces folded to one space."""
        return " ".join(nfc(self.text).replace("\u00a0", " ").split())

    @property
    def numbered(self) -> str:
        """The text with the number or letter Word's list prints before it ("II. NỘI DUNG"
        where the text holds "NỘI DUNG"); a bullet or dash is left out."""
        mark = self.label.strip()
        if not mark or self.bullet or self.clean.startswith(mark):
            return self.clean
        return f"{mark} {self.clean}"

    def segments(self) -> list[Line]:
        """The paragraph split at line breaks and tabs, and at a gap of spaces before a
        capital (two columns typed with the space bar: "ỦY BAN NHÂN DÂN      CỘNG HÒA ..."),
        each piece keeping its runs. A gap before a small letter, a digit or "/" is a blank
        left for the number or the day ("Số:      /UBND", "ngày      tháng") and stays; so
        does a tab typed after words before "/" ("Số:<Tab>/BC-UBND"): no column opens so."""
        text = "".join(r.shown for r in self.runs)
        piece_of: list[int | None] = []
        piece = 0
        for match in _SEPARATOR.finditer(text):
            piece_of += [piece] * (match.start() - len(piece_of))
            if (match.group()[0] in "\n\t" and not _number_blank(text, match)) or \
                    _column_gap(text, match):
                piece_of += [None] * (match.end() - match.start())
                piece += 1
            else:
                piece_of += [piece] * (match.end() - match.start())
        piece_of += [piece] * (len(text) - len(piece_of))
        out = [Line(self, []) for _ in range(piece + 1)]
        start = 0
        for run in self.runs:
            shown = run.shown
            i = 0
            while i < len(shown):
                owner, j = piece_of[start + i], i
                while j < len(shown) and piece_of[start + j] == owner:
                    j += 1
                if owner is not None:
                    out[owner].runs.append(Run(run.el, shown[i:j], run.props))
                i = j
            start += len(shown)
        return [line for line in out if line.clean]


#: a line break, a tab, or a gap of spaces wide enough to be typed for a column
_SEPARATOR = re.compile(r"[\n\t]|[ \u00a0]{6,}")


def _column_gap(text: str, gap: re.Match[str]) -> bool:
    """True when a gap of spaces separates two columns: text before it on its line, and a
    capital letter right after it."""
    before = text[:gap.start()].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1]
    return bool(before.strip()) and gap.end() < len(text) and text[gap.end()].isupper()


def _number_blank(text: str, tab: re.Match[str]) -> bool:
    """True when a tab is typed in the blank left for a number: words before it on its line
    and "/" next after the spaces and tabs that follow it ("Số:<Tab>     /BC-UBND")."""
    before = text[:tab.start()].rsplit("\n", 1)[-1]
    return tab.group() == "\t" and bool(before.strip()) and \
        text[tab.end():].lstrip(" \t\u00a0").startswith("/")


@dataclass
class Line:
    """A piece of a paragraph between breaks and tabs: one visual line or one tab column."""

    para: Para
    runs: list[Run] = field(default_factory=list)

    @property
    def clean(self) -> str:
        return " ".join(nfc("".join(r.text for r in self.runs)).replace("\u00a0", " ").split())

    @property
    def clean_raw(self) -> str:
        """The text in NFC with its spaces as typed."""
        return nfc("".join(r.text for r in self.runs)).replace("\u00a0", " ")
