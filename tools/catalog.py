"""Extract the messages, update the catalogs and compile them: run after changing a message.

    python tools/catalog.py

Then translate the new entries of ntm_docgen/locale/vi/LC_MESSAGES/ntm_docgen.po (msgstr "" or
marked fuzzy) and run it again. The catalogs' dates are left alone, so that a run that adds no
message changes no file (branches that each add messages merge without touching the header).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "ntm_docgen" / "locale"
POT = LOCALE / "ntm_docgen.pot"
KEYWORDS = ["_", "N_", "ngettext:1,2", "said_n:1,2"]
#: The catalogs kept: the messages are written in English, so English needs none.
LANGUAGES = ["vi"]


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def main() -> None:
    pybabel("extract", "-F", str(ROOT / "babel.cfg"), "--no-default-keywords",
            *[f"-k{k}" for k in KEYWORDS], "--no-location", "--sort-output",
            "--omit-header", "-o", str(POT), str(ROOT / "ntm_docgen"))
    for lang in LANGUAGES:
        if not (LOCALE / lang / "LC_MESSAGES" / "ntm_docgen.po").exists():
            pybabel("init", "-i", str(POT), "-d", str(LOCALE), "-D", "ntm_docgen", "-l", lang)
        pybabel("update", "-i", str(POT), "-d", str(LOCALE), "-D", "ntm_docgen", "-l", lang,
                "--no-fuzzy-matching", "--ignore-obsolete", "--ignore-pot-creation-date")
    pybabel("compile", "-d", str(LOCALE), "-D", "ntm_docgen", "--statistics")


if __name__ == "__main__":
    main()
