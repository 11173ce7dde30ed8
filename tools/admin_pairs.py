"""Count the syllable pairs and triples of real administrative letters that no held-out set holds.

    python tools/admin_pairs.py MIRRORS [--out data/cap_tu_hanh_chinh.tsv] [--files FILES.tsv]

MIRRORS is a folder of git copies of public repositories, one per repository, named
``owner+name`` (as ``real_set.py`` reads them). Every PDF and Word (.docx) file of each copy's
HEAD is taken, its sha256 computed and held against every ``provenance.tsv`` and every truth's
``nguon`` under ``tests/data`` (``held_before.held_index``): a file a set holds, by its bytes or
by its repository and path, is left out, so that the list says nothing of the letters the
import is measured on. A PDF is read from its text layer (``pdftotext``; a scan, with fewer than
200 letters, is left out), a Word file by python-docx (paragraphs and table cells), a Word 97
file (.doc) as the text LibreOffice converts it to; a text in
another language (fewer than a tenth of its letters marked) is left out. Each text is
NFC, cut into runs of syllables where a sign, a digit or a line's end parts them, in lower
case; each pair and triple of syllables side by side is counted once per file it stands in.

The list keeps the syllables, pairs and triples that at least ``--least`` files hold (default
3), each with how many files hold it: the administrative vocabulary as letters write it (``bố
trí``, ``dự toán``, ``kinh phí``), which ``importer/scanwords.py`` reads as evidence of how a
scan's misread syllable was printed. ``--files`` writes the provenance of the files counted
(repository, commit, path, sha256).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from held_before import held_index  # noqa: E402

OUT = ROOT / "data" / "cap_tu_hanh_chinh.tsv"
_RUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")


def git_dir(base: Path) -> Path | None:
    for candidate in (base / "repo", base / ".git", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def head_files(repo: Path) -> tuple[str, list[str]]:
    """HEAD's commit and the paths of its PDF and Word (.docx, .doc) files."""
    commit = subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"],
                            capture_output=True, text=True, check=True).stdout.strip()
    listed = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "-z", "--name-only",
                             "HEAD"], capture_output=True, check=True).stdout
    paths = [p.decode("utf-8", "replace") for p in listed.split(b"\0") if p]
    return commit, [p for p in paths if p.lower().endswith((".pdf", ".docx", ".doc"))]


def text_of(name: str, data: bytes) -> str:
    """The text of a PDF's layer or a Word file; "" for a scan or a file that does not read."""
    if name.lower().endswith(".pdf"):
        done = subprocess.run(["pdftotext", "-q", "-", "-"], input=data, capture_output=True,
                              check=False, timeout=60)
        text = done.stdout.decode("utf-8", "replace")
        return text if sum(c.isalpha() for c in text) >= 200 else ""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # a damaged or misnamed file: nothing to count
        return ""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def word_97(files: list[tuple[str, str, str, str, bytes]]
            ) -> list[tuple[tuple[str, str, str, str], str]]:
    """The text of each Word 97 file, converted by LibreOffice in one run."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        names = []
        for n, (*_, data) in enumerate(files):
            (Path(folder) / f"{n}.doc").write_bytes(data)
            names.append(str(Path(folder) / f"{n}.doc"))
        if names:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                            "--outdir", folder, *names], capture_output=True, check=False,
                           timeout=1800)
        out = []
        for n, (*row, _) in enumerate(files):
            text = Path(folder) / f"{n}.txt"
            if text.is_file():
                out.append(((row[0], row[1], row[2], row[3]),
                            text.read_text(encoding="utf-8", errors="replace")))
        return out


def vietnamese(text: str) -> bool:
    """A text in Vietnamese: a tenth of its letters at least carry a mark or are ``đ``."""
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    marked = sum(1 for c in letters if c.lower() == "đ"
                 or len(unicodedata.normalize("NFD", c)) > 1)
    return bool(letters) and marked >= 0.1 * len(letters)


def grams(text: str) -> set[tuple[str, ...]]:
    """The syllables of the text and the pairs and triples it writes side by side, in lower
    case."""
    found: set[tuple[str, ...]] = set()
    for line in unicodedata.normalize("NFC", text).splitlines():
        for run in _RUN.findall(line):
            words = run.lower().split()
            found.update((w,) for w in words)
            found.update(zip(words, words[1:], strict=False))
            found.update(zip(words, words[1:], words[2:], strict=False))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--files", type=Path)
    parser.add_argument("--least", type=int, default=3)
    args = parser.parse_args(argv)
    held = held_index(ROOT / "tests" / "data")
    counts: Counter[tuple[str, ...]] = Counter()
    seen: set[str] = set()
    used: list[tuple[str, str, str, str]] = []
    left_out = 0
    old_word: list[tuple[str, str, str, str, bytes]] = []
    for base in sorted(p for p in args.mirrors.iterdir() if p.is_dir()):
        repo = git_dir(base)
        if repo is None:
            continue
        repository = base.name.replace("+", "/", 1)
        commit, paths = head_files(repo)
        for path in paths:
            data = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"],
                                  capture_output=True, check=False).stdout
            sha = hashlib.sha256(data).hexdigest()
            if ("sha256", sha) in held or ("path", repository, path) in held:
                left_out += 1
                continue
            if sha in seen:
                continue
            seen.add(sha)
            if path.lower().endswith(".doc"):
                old_word.append((repository, commit, path, sha, data))
                continue
            text = text_of(path, data)
            if not vietnamese(text):
                continue
            counts.update(grams(text))
            used.append((repository, commit, path, sha))
    for (repository, commit, path, sha), text in word_97(old_word):
        if vietnamese(text):
            counts.update(grams(text))
            used.append((repository, commit, path, sha))
    kept = sorted((g for g, n in counts.items() if n >= args.least),
                  key=lambda g: (-counts[g], g))
    with args.out.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {len(used)} files read, {left_out} held by a set left out; "
                  f"syllables, pairs and triples at least {args.least} files hold "
                  "(tools/admin_pairs.py; the files: cap_tu_hanh_chinh.nguon.tsv)\n")
        for gram in kept:
            out.write(f"{' '.join(gram)}\t{counts[gram]}\n")
    if args.files:
        with args.files.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["repository", "commit", "path", "sha256"])
            writer.writerows(used)
    print(f"{len(used)} files read, {left_out} held left out, {len(kept)} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
