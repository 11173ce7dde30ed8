"""Where a line of Vietnamese may break: words of several syllables, names, numbers, phrases.

A Vietnamese word is often two or three syllables written apart ("nông thôn", "Tổ quốc"), so a
break at any space can cut a word in two. The words come from underthesea's word segmenter
(its CRF model ships inside the package and runs offline), loaded the first time a line needs
breaking and asked once per distinct text, the answer kept in the user's cache (files/cache.py);
``data/ngat_dong.yaml`` adds the set phrases of the movement and the rules clerks follow around
names, numbers and phrases.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import re
from collections.abc import Callable
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

from ntm_docgen.files import cache as user_cache
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.lexicon import long_word_parts
from ntm_docgen.vietnamese.text import is_upper_vi, nfc

#: What lies across the space between two words, weakest first.
FREE = "free"          # any break
BEFORE = "before"      # a break clerks like: before a phrase word, after a comma
QUOTED = "quoted"      # inside quotation marks: a name of a movement, kept whole if it can be
NAME = "name"          # a place word and its name, a number and what it counts
PHRASE = "phrase"      # between the words of a set phrase: only where nothing else fits
WORD = "word"          # inside one word: never, unless nothing else fits

_DIGITS = re.compile(r"^[(\[]?\d[\d.,/%-]*[)\].,;:]?$")
#: A number or a số hiệu ("05", "2019", "748/HD-BTĐKT", "13/2018/QĐ-UBND").
_NUMBERED = re.compile(r"^[(\[]?\d[\w./-]*$")
_OPEN = "“\"‘«("
_CLOSE = "”\"’»)"


@cache
def _rules() -> dict[str, Any]:
    data = load_data("ngat_dong.yaml")
    return {
        "tu_ghep": [tuple(p.casefold().split()) for p in data["tu_ghep"] + data["khong_tach"]],
        "dan_ten": frozenset(w.casefold() for w in data["dan_ten"]),
        "dan_so": frozenset(w.casefold() for w in data["dan_so"]),
        "theo_so": frozenset(w.casefold() for w in data["theo_so"]),
        "ngat_truoc": frozenset(w.casefold() for w in data["ngat_truoc"]),
        "khong_cuoi": frozenset(w.casefold() for w in data["khong_cuoi"]),
        "ngoac_ngan": int(data["ngoac_ngan"]),
    }


#: underthesea's word-segmentation model, as its package ships it.
_MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")
#: The tokens the model was trained on, cut as underthesea's own tokenizer cuts the text of
#: letters: an abbreviation with its dot ("TM.", "Tp."), a date, a number with its separators, a
#: word with hyphens or an apostrophe inside, a word, or one other character.
_TOKEN = re.compile(
    r"[A-ZĐ]+(?:\.\w+)+\.?|[A-ZĐ]+\.(?!$)|Tp\.|ThS\.|Th\.[Ss]"
    r"|\d{1,2}/\d{1,2}/\d+|\d{1,2}/\d{1,4}|\d{1,2}-\d{1,2}-\d+|\d{1,2}-\d{1,4}"
    r"|\d+[A-Z]+\d*"
    r"|\d+(?:\.\d+)+,\d+|\d+(?:\.\d+)+|\d+(?:,\d+)+|\d+(?:[.,_]\d+)?"
    r"|\b\w+-[\w+-]*\w+|\w+['’]\w+|\w+|[^\w\s]")


@cache
def _model() -> Path | None:
    """The folder of underthesea's word-segmentation model, found without importing the
    package, or None when this version keeps it elsewhere."""
    found = importlib.util.find_spec("underthesea")
    places = list(found.submodule_search_locations or []) if found else []
    folder = Path(places[0]).joinpath(*_MODEL) if places else None
    return folder if folder is not None and (folder / "models.bin").is_file() else None


@cache
def _segmenter() -> Callable[[str], list[str]]:
    """underthesea's word segmenter: its CRF model run by underthesea_core, loaded the first
    time a line needs breaking (about 0.2 s). Importing ``underthesea`` itself would load every
    pipeline it has and take about a second more; that is the way only when the model is not
    where this version of the package keeps it."""
    model = _model()
    if model is None:
        from underthesea import word_tokenize

        return partial(word_tokenize, use_token_normalize=False)
    import pickle

    from underthesea_core import CRFFeaturizer, CRFTagger

    tagger = CRFTagger()
    tagger.load(str(model / "models.bin"))
    # the features and the dictionary are plain lists and sets, pickled by joblib.dump
    with open(model / "features.bin", "rb") as f:
        features = pickle.load(f)
    with open(model / "dictionary.bin", "rb") as f:
        dictionary = pickle.load(f)
    featurizer = CRFFeaturizer(features, dictionary)

    def segment(text: str) -> list[str]:
        tokens = _TOKEN.findall(text)
        if not tokens:
            return []
        tags = tagger.tag(featurizer.process([[[t] for t in tokens]])[0])
        words: list[str] = []
        for tag, token in zip(tags, tokens, strict=True):
            if tag == "I-W" and words:
                words[-1] += " " + token
            else:
                words.append(token)
        return words

    return segment


def bonds(line: str) -> tuple[str, ...]:
    """For each space of ``line`` (split on spaces), what it joins: :data:`WORD`,
    :data:`NAME`, :data:`QUOTED`, :data:`BEFORE` or :data:`FREE`.

    >>> bonds("xây dựng nông thôn mới")
    ('word', 'free', 'word', 'word')
    >>> bonds("huyện Đakrông, tỉnh Quảng Trị")
    ('name', 'before', 'name', 'word')
    >>> bonds("giai đoạn 2011 - 2020")
    ('word', 'name', 'name', 'name')
    """
    return _bonds(" ".join(x for x in nfc(line).split(" ") if x))


@lru_cache(maxsize=4096)
def _bonds(text: str) -> tuple[str, ...]:
    words = text.split(" ")
    if len(words) < 2:
        return ()
    rules = _rules()
    # a word held together with non-breaking spaces (a draft's "ngày    tháng    năm") ends
    # with its last piece and starts with its first
    ends = [w.split("\u00a0")[-1] for w in words]
    starts = [w.split("\u00a0")[0] for w in words]
    bare = [w.casefold().strip(",.;:" + _OPEN + _CLOSE) for w in words]
    bare_end = [w.casefold().strip(",.;:" + _OPEN + _CLOSE) for w in ends]
    bare_start = [w.casefold().strip(",.;:" + _OPEN + _CLOSE) for w in starts]
    out = [FREE] * (len(words) - 1)
    quoted = False
    for i in range(len(words) - 1):
        quoted = _quote_state(quoted, words[i])
        if quoted:
            out[i] = QUOTED
        if ends[i].endswith((",", ";", ":")) or ends[i].endswith(tuple(_CLOSE)) \
                or starts[i + 1].startswith(tuple(_OPEN)) \
                or bare_start[i + 1] in rules["ngat_truoc"]:
            out[i] = BEFORE
        if _binds((ends[i], starts[i + 1]), (bare_end[i], bare_start[i + 1]), rules):
            out[i] = NAME
        elif words[i + 1] in _DASHES and not quoted:  # a line opened by "- " reads as an item
            out[i] = WORD
    for i in _inside_brackets(words, rules["ngoac_ngan"]):
        out[i] = NAME
    inside = {*_inside_words(text, words), *_inside_compounds(bare, rules["tu_ghep"])}
    for i in inside:
        out[i] = WORD
    for i in long_word_parts(inside, bare):
        out[i] = PHRASE
    return tuple(out)


#: A dash alone between two parts of a name: the line breaks after it, never before it.
_DASHES = frozenset({"-", "–", "—"})


def _inside_brackets(words: list[str], most: int) -> list[int]:
    """The spaces inside a bracket of at most ``most`` words: "(nghìn cây)", "(2011 - 2015)".

    >>> _inside_brackets("Số cây (nghìn cây)".split(), 3)
    [2]
    >>> _inside_brackets(["(a", "b", "c", "d)"], 3)
    []
    """
    out: list[int] = []
    for i, word in enumerate(words):
        if not word.startswith(("(", "[")):
            continue
        for j in range(i, min(i + most, len(words))):
            if ")" in words[j] or "]" in words[j]:
                out.extend(range(i, j))
                break
    return out


#: A space a heading keeps: a number's with the words it binds, a short bracket's.
_HELD = re.compile(r"\d|[(\[]")


def held(line: str, lead: bool = True) -> str:
    """``line`` with a non-breaking space where a heading or a table's header row must not
    break, so that Word and LibreOffice break it elsewhere: a number with the words it binds
    ("NĂM 2010", "62 HUYỆN"), with ``lead`` also the word those belong to ("GIAI ĐOẠN 2011 -
    2020"; a justified line would stretch to make room for so long a piece), and a short
    bracket ("(nghìn cây)"). The text is the same to every reader (they read U+00A0 as a space).

    >>> held("KẾT QUẢ THI ĐUA GIAI ĐOẠN 2011 - 2020").split(" ")[-1].split("\u00a0")
    ['GIAI', 'ĐOẠN', '2011', '-', '2020']
    >>> held("Số cây (nghìn cây)"), held("I. MỤC ĐÍCH, YÊU CẦU")
    ('Số cây (nghìn\xa0cây)', 'I. MỤC ĐÍCH, YÊU CẦU')
    """
    words = line.split(" ")
    if not _HELD.search(line) or "" in words:
        return line
    kinds = bonds(line)
    hold = [False] * len(kinds)
    depth = 0
    for i, kind in enumerate(kinds):
        depth += words[i].count("(") + words[i].count("[") - words[i].count(")") \
            - words[i].count("]")
        number = any(c.isdigit() for c in words[i] + words[i + 1])
        hold[i] = kind == NAME and (number or depth > 0)
    for i in range(len(kinds) - 1, 0, -1) if lead else ():  # the word it belongs to
        if hold[i] and kinds[i - 1] == WORD and not any(c.isdigit() for c in words[i]):
            hold[i - 1] = True
    return "".join(w + ("\u00a0" if i < len(hold) and hold[i] else " " if i < len(hold)
                        else "") for i, w in enumerate(words))


def _quote_state(quoted: bool, word: str) -> bool:
    """Whether the space after ``word`` lies inside quotation marks."""
    for char in word:
        if char in "“«‘":
            quoted = True
        elif char in "”»’":
            quoted = False
        elif char == '"':
            quoted = not quoted
    return quoted


def _binds(pair: tuple[str, str], bare: tuple[str, str], rules: dict[str, Any]) -> bool:
    """A place word before its name, a word before its number, a number range, or a word that
    never ends a line (``pair``: the words on each side of the space)."""
    before, after = pair
    if bare[0] in rules["khong_cuoi"] and not before.endswith((",", ";")):
        return True
    if bare[0] in rules["dan_ten"] and after[:1].isupper() and not before.endswith(","):
        return True
    if _DIGITS.match(after) and (bare[0] in rules["dan_so"] or before in "-–"):
        return True
    if _NUMBERED.match(before) and bare[1] in rules["theo_so"]:
        return True  # a date, and a số hiệu with its date: "106/HD-SNV ngày 31 tháng 5"
    return before.isdigit() and after in "-–"


def _inside_words(text: str, words: list[str]) -> list[int]:
    """The spaces that lie inside one word of the segmenter (a line in capitals is read in
    lower case, as the model was trained on running text)."""
    sample = text.casefold() if is_upper_vi(text) else text
    tokens = _segmented(sample)
    if tokens is None:  # the model's own failure: rules alone
        return []
    spaces = [i for i, c in enumerate(sample) if c == " "]
    index = {offset: n for n, offset in enumerate(spaces)}
    inside, cursor = [], 0
    for token in tokens:
        start = sample.find(token, cursor)
        if start < 0:
            return []  # the segmenter changed the text: trust only the rules
        cursor = start + len(token)
        inside += [index[start + k] for k, c in enumerate(token) if c == " " and
                   start + k in index]
    return [i for i in inside if i < len(words) - 1]


def _segmented(text: str) -> list[str] | None:
    """The words of ``text`` by the segmenter, kept in the user's cache between runs (a letter
    rendered again, or its trích yếu in every letter of a bulk run, never loads the model)."""
    name = hashlib.sha256(f"{_MODEL[-1] if _model() else 'underthesea'}\n{text}".encode())
    kept = user_cache.read("words", name.hexdigest())
    if kept is not None:
        with contextlib.suppress(ValueError):
            found = json.loads(kept)
            if isinstance(found, list) and all(isinstance(w, str) for w in found):
                return found
    try:
        tokens = _segmenter()(text)
    except (ValueError, IndexError, RuntimeError):
        return None
    user_cache.write("words", name.hexdigest(), json.dumps(tokens, ensure_ascii=False).encode())
    return tokens


def _inside_compounds(bare: list[str], compounds: list[tuple[str, ...]]) -> list[int]:
    """The spaces inside a set phrase of data/ngat_dong.yaml ("nông thôn mới")."""
    inside: list[int] = []
    for start in range(len(bare)):
        for phrase in compounds:
            if tuple(bare[start:start + len(phrase)]) == phrase:
                inside += range(start, start + len(phrase) - 1)
    return inside
