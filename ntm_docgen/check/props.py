"""Effective formatting of runs and paragraphs: direct, character style, paragraph style chain,
document defaults and theme fonts, resolved the way Word resolves them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "a": A}
_OFF = {"0", "false", "off", "none"}

#: Word's defaults when nothing in the file says otherwise (ECMA-376 §17.7.2).
DEFAULT_FONT = "Times New Roman"
DEFAULT_HALF_POINTS = 20
#: The interval of the default tab stops when the settings give none (``w:defaultTabStop``).
DEFAULT_TAB = 720


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("b")`` → ``{...main}b``."""
    return f"{{{W}}}{tag}"


def on(element: etree._Element | None) -> bool | None:
    """The value of a toggle property (``<w:b/>``, ``<w:i w:val="0"/>``); None when absent.

    >>> on(etree.fromstring(f'<w:b xmlns:w="{W}"/>')), on(None)
    (True, None)
    >>> on(etree.fromstring(f'<w:b xmlns:w="{W}" w:val="false"/>'))
    False
    """
    if element is None:
        return None
    return element.get(w("val"), "1").lower() not in _OFF


#: Beyond any measure of a page in twips, half-points or EMU that a document can mean.
_LARGEST = 10_000_000


def number(value: str | None, default: float = 0) -> float:
    """A numeric attribute, forgiving of decimals and of junk (then ``default``).

    A value no Word file holds (infinite, not a number, past ten million) is junk too.

    >>> number("28"), number("12.5"), number(""), number(None, 240), number("abc", 1)
    (28.0, 12.5, 0, 240, 1)
    >>> number("1e999", 5), number("nan", 5), number("-99999999999", 5)
    (5, 5, 5)
    """
    try:
        found = float(value) if value not in (None, "") else default
    except (ValueError, TypeError):
        return default
    return found if math.isfinite(found) and abs(found) <= _LARGEST else default


@dataclass(frozen=True)
class RunProps:
    """The formatting a run is displayed with."""

    size: float  # points
    bold: bool
    italic: bool
    caps: bool
    fonts: dict  # slot (ascii, hAnsi, eastAsia, cs) -> font name
    color: str  # "auto" or RRGGBB
    hidden: bool = False  # w:vanish: kept in the file, never printed
    #: twips added after each character (w:spacing: expanded, or condensed when negative)
    spacing: int = 0


@dataclass(frozen=True)
class ParaProps:
    """The formatting a paragraph is laid out with (twips for lengths)."""

    align: str  # left, center, right, both, ...
    first_line: int  # twips; negative for a hanging indent
    before: int
    after: int
    line: int
    line_rule: str  # auto (240ths of a line), exact, atLeast (twips)
    borders: frozenset  # sides of the paragraph border: top, bottom, ...
    left: int = 0  # indents from the text edges (twips)
    right: int = 0
    #: the tab stops set on the paragraph and its style, from the left margin (twips);
    #: a bar tab is none, a cleared one is gone
    tabs: tuple[int, ...] = ()


def next_tab_stop(position: int, props: ParaProps, default_tab: int) -> int:
    """Where a tab at ``position`` (twips from the left margin) takes the text: the first tab
    stop of the paragraph after it, the left indent of a hanging paragraph, else the next of
    the default stops every ``default_tab`` twips, as Word lays it out.

    >>> props = ParaProps("both", 0, 0, 0, 240, "auto", frozenset(), tabs=(567, 2000))
    >>> [next_tab_stop(at, props, 720) for at in (0, 600, 2000)]
    [567, 2000, 2160]
    >>> next_tab_stop(0, ParaProps("both", -400, 0, 0, 240, "auto", frozenset(), 400), 720)
    400
    """
    stops = [*props.tabs, *([props.left] if props.first_line < 0 else [])]
    return min((s for s in stops if s > position),
               default=(position // default_tab + 1) * default_tab)


class Styles:
    """The style sheet and theme of one document, ready to resolve properties."""

    def __init__(self, styles_root: etree._Element | None, theme_root: etree._Element | None,
                 settings_root: etree._Element | None = None):
        self.by_id: dict[str, etree._Element] = {}
        interval = settings_root.find("w:defaultTabStop", NS) if settings_root is not None \
            else None
        found = _twips(interval.get(w("val"))) if interval is not None else 0
        #: the interval of the default tab stops (the document's settings, else Word's)
        self.default_tab = found if found > 0 else DEFAULT_TAB
        self.default_para: str | None = None
        self.default_table: str | None = None
        self.rpr_default: etree._Element | None = None
        self.ppr_default: etree._Element | None = None
        #: the last paragraph whose style was asked for, and its style: each of its runs asks
        #: in turn, and finding a paragraph's w:pStyle walks all its children when it has none
        self._style_of: tuple[etree._Element | None, str | None] = (None, None)
        if styles_root is not None:
            for style in styles_root.iterfind("w:style", NS):
                sid = style.get(w("styleId"))
                self.by_id[sid] = style
                if style.get(w("default")) in ("1", "true", "on"):
                    if style.get(w("type")) == "paragraph":
                        self.default_para = sid
                    elif style.get(w("type")) == "table":
                        self.default_table = sid
            self.rpr_default = styles_root.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
            self.ppr_default = styles_root.find("w:docDefaults/w:pPrDefault/w:pPr", NS)
        self.theme = _theme_fonts(theme_root)

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and the styles it is based on, nearest first."""
        out: list[etree._Element] = []
        while style_id and style_id in self.by_id and len(out) < 20:
            style = self.by_id[style_id]
            out.append(style)
            based = style.find("w:basedOn", NS)
            style_id = based.get(w("val")) if based is not None else None
        return out

    def para_style_id(self, p: etree._Element) -> str | None:
        if self._style_of[0] is not p:
            ps = p.find("w:pPr/w:pStyle", NS)
            self._style_of = (p, ps.get(w("val")) if ps is not None else self.default_para)
        return self._style_of[1]

    def table_chain(self, p: etree._Element) -> list[etree._Element]:
        """The style of the table cell ``p`` is in and the styles it is based on (its own
        ``w:tblStyle``, else the document's default table style); none outside a table. Word
        applies it over the document defaults and under the paragraph's style."""
        table = next(p.iterancestors(w("tbl")), None)
        if table is None:
            return []
        named = table.find("w:tblPr/w:tblStyle", NS)
        return self.chain(named.get(w("val")) if named is not None else self.default_table)

    def run_levels(self, r: etree._Element, p: etree._Element) -> list[etree._Element]:
        """Every ``w:rPr`` that may set a property of run ``r``, strongest first."""
        levels = [r.find("w:rPr", NS)]
        rs = r.find("w:rPr/w:rStyle", NS)
        if rs is not None:
            levels += [s.find("w:rPr", NS) for s in self.chain(rs.get(w("val")))]
        levels += [s.find("w:rPr", NS) for s in self.chain(self.para_style_id(p))]
        levels += [s.find("w:rPr", NS) for s in self.table_chain(p)]
        levels.append(self.rpr_default)
        return [lv for lv in levels if lv is not None]

    def para_levels(self, p: etree._Element) -> list[etree._Element]:
        """Every ``w:pPr`` that may set a property of paragraph ``p``, strongest first."""
        levels = [p.find("w:pPr", NS)]
        levels += [s.find("w:pPr", NS) for s in self.chain(self.para_style_id(p))]
        levels += [s.find("w:pPr", NS) for s in self.table_chain(p)]
        levels.append(self.ppr_default)
        return [lv for lv in levels if lv is not None]

    def run_props(self, r: etree._Element, p: etree._Element) -> RunProps:
        """Resolve the displayed formatting of run ``r`` in paragraph ``p``."""
        levels = self.run_levels(r, p)

        def first(tag: str) -> etree._Element | None:
            for level in levels:
                found = level.find(f"w:{tag}", NS)
                if found is not None:
                    return found
            return None

        sz = first("sz")
        color = first("color")
        spacing = first("spacing")
        return RunProps(
            size=number(sz.get(w("val")) if sz is not None else None, DEFAULT_HALF_POINTS) / 2,
            bold=bool(on(first("b"))), italic=bool(on(first("i"))), caps=bool(on(first("caps"))),
            fonts={slot: self._font(levels, slot) for slot in ("ascii", "hAnsi", "eastAsia", "cs")},
            color=(color.get(w("val")) if color is not None else "auto") or "auto",
            hidden=bool(on(first("vanish"))),
            spacing=round(number(spacing.get(w("val")) if spacing is not None else None, 0)))

    def _font(self, levels: list[etree._Element], slot: str) -> str:
        for level in levels:
            fonts = level.find("w:rFonts", NS)
            if fonts is None:
                continue
            theme = fonts.get(w("cstheme" if slot == "cs" else f"{slot}Theme"))
            if theme and theme in self.theme:
                return self.theme[theme]
            if fonts.get(w(slot)):
                return fonts.get(w(slot))
        return DEFAULT_FONT

    def para_props(self, p: etree._Element) -> ParaProps:
        """Resolve the layout of paragraph ``p``."""
        levels = self.para_levels(p)

        def attr(tag: str, name: str) -> str | None:
            for level in levels:
                found = level.find(f"w:{tag}", NS)
                if found is not None and found.get(w(name)) is not None:
                    return found.get(w(name))
            return None

        jc = attr("jc", "val") or "left"
        hanging = attr("ind", "hanging")
        first_line = -int(number(hanging)) if hanging else int(number(attr("ind", "firstLine")))
        borders = set()
        for level in levels:
            bdr = level.find("w:pBdr", NS)
            if bdr is not None:
                borders |= {etree.QName(b).localname for b in bdr
                            if b.get(w("val"), "nil") not in ("nil", "none")}
                break
        return ParaProps(
            align={"start": "left", "end": "right", "justify": "both"}.get(jc, jc),
            first_line=first_line, before=_twips(attr("spacing", "before")),
            after=_twips(attr("spacing", "after")),
            line=_twips(attr("spacing", "line")) or 240,
            line_rule=attr("spacing", "lineRule") or "auto", borders=frozenset(borders),
            left=_twips(attr("ind", "left") or attr("ind", "start")),
            right=_twips(attr("ind", "right") or attr("ind", "end")), tabs=_tab_stops(levels))


def _tab_stops(levels: list[etree._Element]) -> tuple[int, ...]:
    """The tab stops of a paragraph whose ``w:pPr`` levels are ``levels`` (strongest first):
    each level adds its stops to those of the weaker, and clears the ones it names ``clear``."""
    stops: set[int] = set()
    for level in reversed(levels):
        for tab in level.iterfind("w:tabs/w:tab", NS):
            kind, pos = tab.get(w("val")), _twips(tab.get(w("pos")))
            if kind == "clear":
                stops.discard(pos)
            elif kind != "bar":
                stops.add(pos)
    return tuple(sorted(stops))


def tab_kinds(levels: list[etree._Element]) -> dict[int, str]:
    """The tab stops of ``levels`` (as ``_tab_stops``) with their kind: left, center, right."""
    kinds: dict[int, str] = {}
    for level in reversed(levels):
        for tab in level.iterfind("w:tabs/w:tab", NS):
            kind, pos = tab.get(w("val")) or "left", _twips(tab.get(w("pos")))
            if kind == "clear":
                kinds.pop(pos, None)
            elif kind != "bar":
                kinds[pos] = {"start": "left", "end": "right"}.get(kind, kind)
    return kinds


def _twips(value: str | None) -> int:
    return int(number(value))


def _theme_fonts(theme: etree._Element | None) -> dict[str, str]:
    """Theme font names by the ``asciiTheme`` values that point at them (``minorHAnsi``)."""
    out: dict[str, str] = {}
    if theme is None:
        return out
    for major in ("major", "minor"):
        scheme = theme.find(f".//a:fontScheme/a:{major}Font", NS)
        if scheme is None:
            continue
        for tag, names in (("latin", ("Ascii", "HAnsi")), ("ea", ("EastAsia",)), ("cs", ("Bidi",))):
            face = scheme.find(f"a:{tag}", NS)
            if face is not None and face.get("typeface"):
                for name in names:
                    out[f"{major}{name}"] = face.get("typeface")
    return out
