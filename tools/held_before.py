"""Say which candidate letters a committed set already holds, before truths are written for them.

    python tools/held_before.py CANDIDATES.tsv [--files DIR] [--sets DIR]

CANDIDATES.tsv has provenance.tsv's columns (name, repository, commit, path, sha256). A
candidate is held when a set under --sets (default tests/data) has it:

- the same sha256, or the same repository and path, in a ``provenance.tsv``;
- the same repository and path in a truth's ``nguon``: the sets before held_out_20 keep no
  provenance.tsv, only the blob address of each letter in its truth;
- with --files (the candidates' files, named as the ``name`` column), the same number, symbol
  and date as a numbered truth's, as the importer reads the file: the same letter under another
  name or path, or its signed PDF beside the Word file a set holds. Provinces number their
  decisions each in its own series, so two of them can share a number, symbol and date (Tây
  Ninh's and Đắk Lắk's 311/QĐ-UBND of 18 February 2025): where both issuers are read and differ,
  the candidate is named with both issuers and not counted as held.

Exit status 1 when a candidate is held, each line naming the candidate and the letter that
holds it; 0 when none is.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NTM_DOCGEN_LANG", "en")

#: a letter's blob address on GitHub (``nguon``), or its raw address
_BLOB = re.compile(r"^https://(?:github\.com/([^/]+/[^/]+)/blob|"
                   r"raw\.githubusercontent\.com/([^/]+/[^/]+))/[^/]+/(.+)$")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _where(path: Path, sets: Path) -> str:
    return str(path.relative_to(sets)).removesuffix(".expected.yaml")


def number_key(so: object, ky_hieu: object, ngay: object) -> tuple[str, str, str] | None:
    """A numbered letter's number, symbol and date, compared without spaces or case; None for a
    letter without a number (a draft), which this cannot tell from another."""
    if so in (None, "") or not ky_hieu:
        return None
    symbol = unicodedata.normalize("NFC", "".join(str(ky_hieu).split())).casefold()
    return str(so).strip().lstrip("0"), symbol, str(ngay or "")


def issuer_key(ten: object) -> str | None:
    """A letter's issuer compared by its letters alone: without marks, spaces or case, so that
    "UỶ BAN" and "ỦY BAN", or a name over two lines, are the same issuer."""
    from ntm_docgen.vietnamese.text import strip_diacritics

    letters = "".join(strip_diacritics(unicodedata.normalize("NFC", str(ten or ""))).split())
    return letters.casefold() or None


def held_index(sets: Path) -> dict[tuple[str, ...], str]:
    """Every way a committed letter is known, each to the set and letter holding it."""
    index: dict[tuple[str, ...], str] = {}
    for provenance in sorted(sets.rglob("provenance.tsv")):
        for row in _rows(provenance):
            where = f"{provenance.parent.relative_to(sets)}/{row['name']}"
            # derive/real_pdf keeps the original's sha256 beside the one of its cut
            sha = row.get("sha256") or row.get("sha256 of the original")
            if sha:
                index.setdefault(("sha256", sha), where)
            index.setdefault(("path", row["repository"], row["path"]), where)
    for truth_path in sorted(sets.rglob("*.expected.yaml")):
        truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
        if not isinstance(truth, dict):
            continue
        where = _where(truth_path, sets)
        blob = _BLOB.match(str(truth.get("nguon") or ""))
        if blob:
            index.setdefault(("path", blob[1] or blob[2], unquote(blob[3])), where)
        key = number_key(truth.get("so"), truth.get("ky_hieu"), truth.get("ngay"))
        if key:
            index.setdefault(("number", *key), where)
            issuer = issuer_key((truth.get("co_quan") or {}).get("ten"))
            if issuer:
                index.setdefault(("issuer", where), issuer)
    return index


def _read_number(path: Path) -> tuple[tuple[str, str, str] | None, str | None, str | None]:
    """The number key and the issuer the importer reads from a candidate's file, or why it read
    none."""
    from ntm_docgen.errors import DocgenError
    from ntm_docgen.importer import NotALetterError, import_letter

    try:
        spec = import_letter(path, markup=False).spec
    except (NotALetterError, DocgenError) as exc:
        return None, None, str(exc).splitlines()[0]
    issuer = issuer_key((spec.get("co_quan") or {}).get("ten"))
    return number_key(spec.get("so"), spec.get("ky_hieu"), spec.get("ngay")), issuer, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", type=Path, help="a provenance.tsv of the candidates")
    parser.add_argument("--files", type=Path, help="folder of the candidates' files")
    parser.add_argument("--sets", type=Path, default=ROOT / "tests" / "data")
    args = parser.parse_args(argv)
    index = held_index(args.sets)
    held = 0
    for row in _rows(args.candidates):
        found = [("sha256", index.get(("sha256", row["sha256"]))),
                 ("repository and path", index.get(("path", row["repository"], row["path"])))]
        if args.files is not None:
            key, issuer, why = _read_number(args.files / row["name"])
            if why:
                print(f"{row['name']}: not read for its number ({why})")
            elif key:
                where = index.get(("number", *key))
                theirs = index.get(("issuer", where)) if where else None
                if issuer and theirs and issuer != theirs:
                    print(f"{row['name']}: the number, symbol and date of {where}, but another "
                          f"issuer ({issuer} / {theirs}): not held")
                else:
                    found.append(("number, symbol and date", where))
        hits = [f"{how} of {where}" for how, where in found if where]
        if hits:
            held += 1
            print(f"{row['name']}: held already: " + "; ".join(hits))
    total = len(_rows(args.candidates))
    print(f"{held} of {total} candidates held already")
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
