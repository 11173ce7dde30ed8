"""The message catalogs: every message in the code has its Vietnamese text, with the same
placeholders, and the compiled .mo that ships is current."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "ntm_docgen" / "locale"
PO = LOCALE / "vi" / "LC_MESSAGES" / "ntm_docgen.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "said_n": (1, 2)}


def source_messages() -> dict[str, str]:
    """msgid -> where it is, for every message the code marks."""
    method_map = [("**.py", "python"), ("desk/templates/**.html", "jinja2")]
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            ROOT / "ntm_docgen", method_map, keywords=KEYWORDS):
        msgid = message[0] if isinstance(message, tuple) else message
        found[msgid] = f"{filename}:{lineno}"
    return found


def catalog():
    with PO.open("rb") as handle:
        return read_po(handle, locale="vi")


def fields(text: str) -> set[str]:
    """The named placeholders of a message (none for a library's text with a lone brace)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return set()


def test_every_message_has_its_vietnamese_text():
    cat = catalog()
    missing = []
    for msgid, where in sorted(source_messages().items()):
        entry = cat.get(msgid)
        strings = (entry.string if isinstance(entry.string, tuple) else (entry.string,)) \
            if entry else ("",)
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(f"{where}: {msgid!r}")
    assert missing == [], "run python tools/catalog.py and translate:\n" + "\n".join(missing)


def test_no_stale_message_in_the_catalog():
    known = set(source_messages())
    stale = [m.id for m in catalog() if m.id and (m.id[0] if isinstance(m.id, tuple)
                                                   else m.id) not in known]
    assert stale == [], "run python tools/catalog.py"


def test_the_extractor_skips_no_message(capsys):
    """Every message the code marks reaches the catalog: an f-string among a marked call's
    arguments makes the extractor skip it with a warning (``bulk/listnotes.py`` did)."""
    source_messages()
    assert "warning" not in capsys.readouterr().err


#: The English of Word's paragraph and page menus, which a clerk's Word shows in Vietnamese.
WORD_ENGLISH = {"indent", "indentation", "spacing", "margin", "margins", "hanging", "tab",
                "style", "font", "header", "footer", "break", "section", "left", "right",
                "comment", "comments", "review", "accept", "reject", "track", "changes"}


def test_no_english_words_glossed_in_a_vietnamese_message():
    """A clerk reads Word in Vietnamese: "thụt lề trái (left indent)" names a menu she does
    not have (found reading the check page as a văn thư)."""
    glossed = []
    for message in catalog():
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in texts:
            for words in re.findall(r"\(([a-z ]+)\)", text or "", re.I):
                if WORD_ENGLISH & set(words.lower().split()):
                    glossed.append((words, text))
    assert not glossed


def test_placeholders_agree():
    """A translation has the source's placeholders. Vietnamese has one plural form, which
    serves both English forms: it may use any placeholder of either, and needs those of both."""
    wrong = []
    for message in catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        every = set().union(*(fields(i) for i in ids))
        shared = set.intersection(*(fields(i) for i in ids))
        for text in strings:
            if text and not shared <= fields(text) <= every:
                wrong.append(f"{ids[0]!r}: {sorted(fields(text))} != {sorted(every)}")
    assert wrong == []


def test_compiled_catalog_is_current():
    out = io.BytesIO()
    write_mo(out, catalog())
    assert (PO.with_suffix(".mo")).read_bytes() == out.getvalue(), "run python tools/catalog.py"


@pytest.mark.parametrize("text", ["{a} and {b}", "no field", "{count} thư"])
def test_fields(text):
    assert fields(text) == set(re.findall(r"\{(\w+)\}", text))


def _binds_underscore(function) -> bool:
    """Whether a function binds ``_`` itself (``for _, x in ...``, ``_, y = ...``): a call of
    ``_()`` there would call that value, not the catalog."""
    import ast

    for node in ast.walk(function):
        if isinstance(node, (ast.comprehension,)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.For, ast.AnnAssign, ast.AugAssign)) else []
        for target in targets:
            if any(isinstance(n, ast.Name) and n.id == "_" for n in ast.walk(target)):
                return True
    return False


def test_no_function_hides_the_catalog():
    import ast

    wrong = []
    for path in sorted((ROOT / "ntm_docgen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                        and n.func.id == "_" for n in ast.walk(function))
            if calls and _binds_underscore(function):
                wrong.append(f"{path.relative_to(ROOT)}:{function.lineno} {function.name}")
    assert wrong == [], "rename the throwaway _ (to _x): it hides the catalog's _()"


#: Exceptions whose text is for programmers, not for the clerk.
PROGRAMMERS = {"ValueError", "TypeError", "RuntimeError", "KeyError", "AttributeError",
               "AssertionError", "NotImplementedError", "ImportError", "OSError"}
#: Calls whose text argument a clerk reads.
SHOWN = {"Problem", "fail", "RowProblem", "NoRegisterYet", "UsageError", "ClickException",
         "BadParameter", "echo"}


def _raw_text(node) -> str | None:
    """The words of a plain or f-string literal (None for anything else)."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def test_no_message_bypasses_the_catalog():
    """An error, problem or warning written as a bare string (or f-string) of words reaches the
    clerk in English: it must go through ``_()``."""
    import ast

    wrong = []
    for path in sorted((ROOT / "ntm_docgen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and \
                isinstance(func.value, ast.Name) else ""
            shown = (name.endswith("Error") and name not in PROGRAMMERS) or name in SHOWN or \
                (name == "append" and owner in ("warnings", "notes", "failures"))
            for arg in node.args if shown else []:
                text = _raw_text(arg)
                if text and len(text.split()) >= 3 and any(c.isalpha() for c in text):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {text[:50]!r}")
    assert wrong == [], "wrap these messages in _() and translate them"
