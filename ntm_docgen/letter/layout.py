"""Fill the docxtpl templates: each template is prepared and compiled once, then rendered often.

docxtpl's own ``render()`` re-opens the template, re-cleans its XML and recompiles the Jinja
source on every call, then re-zips every part. Here a template is loaded once: docxtpl's
``patch_xml`` turns the Word XML into Jinja source, one strict environment compiles it, and
rendering is only Jinja plus writing the zip with the unchanged parts copied as bytes.

The compiled template is also kept in the user's cache folder (``files.cache``), named by the
CRC of the template's ``document.xml`` and the Python version: a later process loads it without
importing docxtpl or compiling anything, and a template edited in Word is a new name. The code
Jinja made runs on ``runtime``, without Jinja, when it uses no more than that gives (our own
templates do); another is run by Jinja, and compiled again when Jinja's version changed.
"""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ntm_docgen.errors import TemplateError
from ntm_docgen.files import cache as stored
from ntm_docgen.files.docxzip import Package
from ntm_docgen.files.resources import template_path
from ntm_docgen.i18n import _
from ntm_docgen.letter import runtime

DOCUMENT = "word/document.xml"
# the body's content, then its last (body-level) section properties
_BODY = re.compile(r"(<w:body>)(.*)(<w:sectPr\b(?:(?!<w:sectPr\b).)*</w:sectPr>)(\s*</w:body>)",
                   re.DOTALL)

#: Characters XML 1.0 cannot hold (the specs are cleaned first; this is the safety net).
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """The last guard: ``text`` without the characters XML cannot hold (a control character
    from any field would make the part unreadable). Every printed text value passes through
    it, and the text that ready XML (``RawXml``) is built from.

    >>> xml_text("Phụ lục\x0b I\ufffe")
    'Phụ lục I'
    """
    return _XML_UNSAFE.sub("", text)


def _xml_safe(value: Any) -> Any:
    """Jinja's ``finalize``: text values are guarded; ``RawXml`` was built from guarded text."""
    if isinstance(value, Markup):
        return Markup(xml_text(value))
    if isinstance(value, str):
        return xml_text(value)
    return value


@cache
def jinja_env() -> Any:
    """The one Jinja environment: a missing value is an error naming it; values are
    XML-escaped. Jinja is imported only to compile a template (or to run one that needs it)."""
    import jinja2

    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, finalize=_xml_safe)


def __getattr__(name: str) -> Any:
    if name == "ENV":  # for docxtpl's own render beside ours (tests, benchmarks)
        return jinja_env()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Changes when the environment above, the preparation of the source or the form of an entry
#: changes, so that templates compiled by an earlier version in the cache are not used.
CACHE_FORMAT = 3


#: The printed text of values met before, for ``_printed``; emptied when it holds this many.
_PRINTED_KEPT = 256
_printed_texts: dict[Any, str] = {}


def _printed(value: Any) -> str:
    """A value as a template prints it: guarded (``_xml_safe``), then XML-escaped. A text or
    ``RawXml`` met before (the parts every letter of a bulk run shares, laid out once and
    handed over as the same objects) is not guarded and escaped again."""
    kind = value.__class__
    if kind is not str and kind is not RawXml and kind is not int:
        if kind is _Slot:
            return str(object.__getattribute__(value, "_mark"))
        return escape(_xml_safe(value))
    found = _printed_texts.get(value)
    if found is None:
        if len(_printed_texts) >= _PRINTED_KEPT:
            _printed_texts.clear()
        found = _printed_texts[value] = escape(_xml_safe(value))
    return found


class RawXml:
    """Ready WordprocessingML handed to a ``{{p name }}`` tag: inserted as XML, not escaped.
    Build it only from text that went through ``xml_text``."""

    __slots__ = ("xml",)

    def __init__(self, xml: str) -> None:
        self.xml = xml

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


class _NotOnlyPrinted(Exception):
    """Raised when a template does more with a value than print it (see ``_Slot``)."""


#: Marks a slot's place in a template's text (a noncharacter, in no letter).
_SLOT_MARK = "\ufdd3"
_SLOT_AT = re.compile(f"{_SLOT_MARK}(\\d+){_SLOT_MARK}")


class _Slot:
    """Stands for a value when a template is run once for letters that differ in that value
    only: printing it gives its mark, and anything else (its truth in an ``if``, a loop over it,
    an attribute, a comparison) raises ``_NotOnlyPrinted``, so that a value that decides more
    than the text printed in its place is never a slot."""

    __slots__ = ("_mark",)

    def __init__(self, index: int) -> None:
        object.__setattr__(self, "_mark", f"{_SLOT_MARK}{index}{_SLOT_MARK}")

    def __getattribute__(self, name: str) -> Any:
        if name == "__class__":
            return _Slot
        raise _NotOnlyPrinted(name)

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise _NotOnlyPrinted

    __bool__ = __iter__ = __len__ = __eq__ = __ne__ = __hash__ = __str__ = __format__ = _refuse
    __getitem__ = __contains__ = __call__ = __lt__ = __gt__ = __le__ = __ge__ = _refuse


class _Frame:
    """A template's text for one set of values, cut where a few of them (the slots) are printed:
    a letter whose other values are the same gets its text by printing its own values there.

    The text is kept as ``render_xml`` gives it (the line breaks put before each paragraph for
    the compiler taken out again) and as UTF-8, where no break can meet a slot: a break at the
    end of the piece before a slot (or in a value printed there) is taken out of the whole text.
    """

    def __init__(self, values: dict[str, Any], slots: tuple[str, ...], text: str) -> None:
        self.values = values
        self.slots = slots
        self.fixed = [(key, value) for key, value in values.items() if key not in slots]
        cut = _SLOT_AT.split(text)
        self.pieces = cut[0::2]
        self.places = [int(index) for index in cut[1::2]]
        self.clean = not any("\n" in piece[-4:] for piece in self.pieces[:-1])
        self.tidy = [_tidy(piece) for piece in self.pieces]
        self.encoded = [piece.encode("utf-8") for piece in self.tidy]

    def printed(self, values: dict[str, Any]) -> list[str] | None:
        """The slots' values as printed, or None when a value besides them differs."""
        if values.keys() != self.values.keys():
            return None
        for key, value in self.fixed:
            given = values[key]
            if given is not value and given != value:
                return None
        return [_printed(values[key]) for key in self.slots]

    def text(self, printed: list[str]) -> str:
        if self.clean and not any("\n" in value for value in printed):
            return "".join(_between(self.tidy, self.places, printed))
        return _tidy("".join(_between(self.pieces, self.places, printed)))

    def utf8(self, printed: list[str]) -> bytes:
        if self.clean and not any("\n" in value for value in printed):
            return b"".join(_between(self.encoded, self.places,
                                     [value.encode("utf-8") for value in printed]))
        return self.text(printed).encode("utf-8")


def _between(pieces: list[Any], places: list[int], printed: list[Any]) -> list[Any]:
    out = [pieces[0]]
    for place, piece in zip(places, pieces[1:], strict=True):
        out += (printed[place], piece)
    return out


def _tidy(text: str) -> str:
    """The compiled template's text without the line break before each paragraph."""
    return text.replace("\n<w:p", "<w:p")


class CompiledTemplate:
    """One ``templates/<name>.docx``, ready to render many times.

    Letters made one after the other from the same template (a bulk run) differ in a few
    values. When two in a row differ only in values the template prints and does nothing else
    with, the template is run once with those values as slots (``_Frame``), and each later
    letter whose other values are the same is that text with its own values printed in the
    slots: the same text the template gives it.
    """

    def __init__(self, name: str) -> None:
        path = template_path(name)
        if not path.is_file():
            raise TemplateError(_("template {name!r} is missing: {path}").format(name=name,
                                                                                 path=path))
        self.name = name
        self.package = Package(path)
        key = (f"{name}-{self.package.crc(DOCUMENT):08x}-{sys.implementation.cache_tag}-"
               f"{CACHE_FORMAT}.bin")
        found = _cached(key)
        if found is None:
            found = _compile(name, path, self.package.text(DOCUMENT))
            stored.write("templates", key, marshal.dumps(found))
        plain, code, self.section, _version = found
        self._render = runtime.load(code, _printed) if plain else _jinja_render(code)
        # frames only for code run here: Jinja's filters could reshape a slot's printed mark
        self._framed = bool(plain)
        self._frame: _Frame | None = None
        self._last: dict[str, Any] | None = None
        self._refused: set[frozenset[str]] = set()

    def render_xml(self, context: dict[str, Any]) -> str:
        """The filled ``word/document.xml``."""
        frame = self._frame
        printed = frame.printed(context) if frame is not None else None
        if frame is not None and printed is not None:
            return frame.text(printed)
        return _tidy(self._fresh(context))

    def render_utf8(self, context: dict[str, Any]) -> bytes:
        """``render_xml`` as the UTF-8 the package holds (from a frame, without encoding the
        parts every letter shares)."""
        frame = self._frame
        printed = frame.printed(context) if frame is not None else None
        if frame is not None and printed is not None:
            return frame.utf8(printed)
        return _tidy(self._fresh(context)).encode("utf-8")

    def _fresh(self, context: dict[str, Any]) -> str:
        """The template run on ``context``, with the frame learnt from it."""
        text = self._run(context)
        if self._framed:
            self._learn(context, text)
        return text

    def _run(self, context: dict[str, Any]) -> str:
        try:
            return self._render(context)
        except runtime.UndefinedError as e:
            raise TemplateError(_("template {name}.docx needs a value that was not given: "
                                  "{problem}").format(name=self.name, problem=e.message)) from e

    def _learn(self, context: dict[str, Any], text: str) -> None:
        """Make a frame of this letter's values, its slots the values that differ from the
        letter before; a set of slots the template does more with than print is not tried
        again."""
        last, self._last = self._last, context
        if last is None or last.keys() != context.keys() or _SLOT_MARK in text:
            return
        slots = tuple(key for key, value in context.items()
                      if last[key] is not value and last[key] != value)
        if not slots or frozenset(slots) in self._refused or len(self._refused) > 8:
            return
        try:
            framed = self._render({**context, **{key: _Slot(index)
                                                 for index, key in enumerate(slots)}})
        except (_NotOnlyPrinted, TypeError):  # a slot used for more than its text
            self._refused.add(frozenset(slots))
            return
        self._frame = _Frame(context, slots, framed)

    def render_body(self, context: dict[str, Any]) -> str:
        """Only the filled body content, without its section properties."""
        match = _BODY.search(self.render_xml(context))
        assert match is not None
        return match.group(2)

    def holds(self, existing: bytes, document_xml: bytes) -> bool:
        """Whether ``existing`` is ``to_bytes(document_xml)``, found without deflating it (see
        ``Package.holds``)."""
        return self.package.holds(existing, DOCUMENT, document_xml)

    def to_bytes(self, document_xml: str | bytes) -> bytes:
        """The DOCX with this ``document.xml`` (text, or its UTF-8)."""
        if isinstance(document_xml, str):
            document_xml = document_xml.encode("utf-8")
        return self.package.write({DOCUMENT: document_xml})


#: A compiled template as kept: run without Jinja?, its code, its last section, Jinja's version.
Entry = tuple[bool, Any, str, str]


def _jinja_render(code: Any) -> Callable[[dict[str, Any]], str]:
    """The render function of code that needs Jinja itself (a missing value raised as ours)."""
    import jinja2

    env = jinja_env()
    template = env.template_class.from_code(env, code, env.make_globals(None))

    def render(context: dict[str, Any]) -> str:
        try:
            return str(template.render(context))
        except jinja2.UndefinedError as e:
            raise runtime.UndefinedError(e.message or "") from e

    return render


def _cached(key: str) -> Entry | None:
    """A template compiled by an earlier process, or None. Code that needs Jinja is used only
    when it was compiled by the Jinja there is now."""
    data = stored.read("templates", key)
    if data is None:
        return None
    try:
        plain, code, section, version = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(section, str):
        return None
    if not plain:
        import jinja2

        if version != jinja2.__version__:
            return None
    return bool(plain), code, section, version


def _compile(name: str, path: Path, document: str) -> Entry:
    """Turn a template's ``document.xml`` into Jinja source (docxtpl) and compile it: for
    ``runtime`` when it asks no more of it, else for Jinja."""
    import jinja2
    from docxtpl import DocxTemplate

    source = DocxTemplate(path).patch_xml(document)
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
    try:
        python = jinja_env().compile(source, name=name, filename=str(path), raw=True)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(_("template {path} has a broken tag at line {line}: {problem}")
                            .format(path=path, line=e.lineno, problem=e.message)) from e
    match = _BODY.search(document)
    if match is None:
        raise TemplateError(_("template {path} has no body section").format(path=path))
    head, _newline, rest = python.partition("\n")
    if head.startswith(runtime.JINJA_IMPORT):
        plain = "\n" + rest  # the same line numbers, the names given by runtime.load
        code = compile(plain, str(path), "exec")
        if runtime.plain_enough(plain, code):
            return True, code, match.group(3), jinja2.__version__
    return False, compile(python, str(path), "exec"), match.group(3), jinja2.__version__


@cache
def compiled(name: str) -> CompiledTemplate:
    """The compiled template of that name, loaded once per process."""
    return CompiledTemplate(name)


def split_document(document_xml: str) -> tuple[str, str, str, str]:
    """A ``document.xml`` cut into: up to ``<w:body>``, the content, the last section's
    properties, and the rest. Earlier sections (a phụ lục's) stay inside the content.

    >>> split_document("<w:document><w:body><w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>"
    ...                "<w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>")[1:3]
    ('<w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>', '<w:sectPr><w:pgSz/></w:sectPr>')
    """
    match = _BODY.search(document_xml)
    if match is None:
        raise TemplateError(_("the document has no body section"))
    return (document_xml[:match.end(1)], match.group(2), match.group(3),
            document_xml[match.end(3):])


def section_break(section: str, restart_numbering: bool) -> str:
    """A paragraph that ends a section with the given properties (a new page follows)."""
    return f"<w:p><w:pPr>{numbered(section, restart_numbering)}</w:pPr></w:p>"


def numbered(section: str, restart: bool) -> str:
    """The section properties, with page numbering restarted at 1 when ``restart``."""
    section = re.sub(r"<w:pgNumType[^>]*/>", "", section)
    if restart:
        section = re.sub(r"(<w:pgMar\b[^>]*/>)", r'\1<w:pgNumType w:start="1"/>', section)
    return section


def join_sections(document_xml: str, extra_sections: list[str],
                  landscape: list[bool] | None = None) -> str:
    """Append page-separated sections (appendices) after the letter, each numbered from 1;
    those marked in ``landscape`` on landscape pages."""
    if not extra_sections:
        return document_xml
    turned = landscape or [False] * len(extra_sections)
    match = _BODY.search(document_xml)
    assert match is not None
    section = match.group(3)
    parts = [match.group(2), section_break(section, restart_numbering=False)]
    for index, content in enumerate(extra_sections):
        own = turn(section) if turned[index] else section
        parts.append(content)
        if index < len(extra_sections) - 1:
            parts.append(section_break(own, restart_numbering=True))
        else:
            parts.append(numbered(own, restart=True))
    return document_xml[:match.start(2)] + "".join(parts) + document_xml[match.end(3):]


def turn(section: str) -> str:
    """The section properties on landscape A4: width and height swapped, margins kept.

    >>> turn('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    """
    def swap(match: re.Match[str]) -> str:
        width, height = match.group(1), match.group(2)
        return f'<w:pgSz w:w="{height}" w:h="{width}" w:orient="landscape"/>'

    return re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>', swap, section)
