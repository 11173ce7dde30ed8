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

from ntm_docgen.errors import TemplateError
from ntm_docgen.files import cache as stored
from ntm_docgen.files.docxzip import Package
from ntm_docgen.files.resources import template_path
from ntm_docgen.i18n import _
from ntm_docgen.letter import runtime
from ntm_docgen.letter.printed import (
    SLOT_MARK,
    Frame,
    NotOnlyPrinted,
    Slot,
    printed_value,
    tidy,
    xml_safe,
)
from ntm_docgen.letter.printed import RawXml as RawXml  # importable from here, as before
from ntm_docgen.letter.sections import find_body, split_document

DOCUMENT = "word/document.xml"


@cache
def jinja_env() -> Any:
    """The one Jinja environment: a missing value is an error naming it; values are
    XML-escaped. Jinja is imported only to compile a template (or to run one that needs it)."""
    import jinja2

    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, finalize=xml_safe)


def __getattr__(name: str) -> Any:
    if name == "ENV":  # for docxtpl's own render beside ours (tests, benchmarks)
        return jinja_env()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Changes when the environment above, the preparation of the source or the form of an entry
#: changes, so that templates compiled by an earlier version in the cache are not used.
CACHE_FORMAT = 3


class CompiledTemplate:
    """One ``templates/<name>.docx``, ready to render many times.

    Letters made one after the other from the same template (a bulk run) differ in a few
    values. When two in a row differ only in values the template prints and does nothing else
    with, the template is run once with those values as slots (``Frame``), and each later
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
        self._render = runtime.load(code, printed_value) if plain else _jinja_render(code)
        # frames only for code run here: Jinja's filters could reshape a slot's printed mark
        self._framed = bool(plain)
        self._frame: Frame | None = None
        self._last: dict[str, Any] | None = None
        self._refused: set[frozenset[str]] = set()

    def render_xml(self, context: dict[str, Any]) -> str:
        """The filled ``word/document.xml``."""
        frame = self._frame
        printed = frame.printed(context) if frame is not None else None
        if frame is not None and printed is not None:
            return frame.text(printed)
        return tidy(self._fresh(context))

    def render_utf8(self, context: dict[str, Any]) -> bytes:
        """``render_xml`` as the UTF-8 the package holds (from a frame, without encoding the
        parts every letter shares)."""
        frame = self._frame
        printed = frame.printed(context) if frame is not None else None
        if frame is not None and printed is not None:
            return frame.utf8(printed)
        return tidy(self._fresh(context)).encode("utf-8")

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
        if last is None or last.keys() != context.keys() or SLOT_MARK in text:
            return
        slots = tuple(key for key, value in context.items()
                      if last[key] is not value and last[key] != value)
        if not slots or frozenset(slots) in self._refused or len(self._refused) > 8:
            return
        try:
            framed = self._render({**context, **{key: Slot(index)
                                                 for index, key in enumerate(slots)}})
        except (NotOnlyPrinted, TypeError):  # a slot used for more than its text
            self._refused.add(frozenset(slots))
            return
        self._frame = Frame(context, slots, framed)

    def render_body(self, context: dict[str, Any]) -> str:
        """Only the filled body content, without its section properties."""
        return split_document(self.render_xml(context))[1]

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
    body = find_body(document)
    if body is None:
        raise TemplateError(_("template {path} has no body section").format(path=path))
    section = document[body.section:body.end]
    head, _newline, rest = python.partition("\n")
    if head.startswith(runtime.JINJA_IMPORT):
        plain = "\n" + rest  # the same line numbers, the names given by runtime.load
        code = compile(plain, str(path), "exec")
        if runtime.plain_enough(plain, code):
            return True, code, section, jinja2.__version__
    return False, compile(python, str(path), "exec"), section, jinja2.__version__


@cache
def compiled(name: str) -> CompiledTemplate:
    """The compiled template of that name, loaded once per process."""
    return CompiledTemplate(name)
