"""The one loader of kg's vocabulary: lexicons in spaCy's pattern format, and the word lists.

Every word kg's rules know (titles, bodies, programmes, cue verbs, the characters that end a
name ...) lives in a ``.jsonl`` file under ``seeds/lexicons/`` (``kg/lexicons`` when installed),
one entry a line, and is read here, once per process:

- a phrase: ``{"label": "Agency", "pattern": "党中央", "id": "中国共产党中央委员会"}`` (``id``, the
  canonical name, may be left out); other keys are the entry's labelled fields
  (``{"label": "Post", "pattern": "市长", "government": "市"}``), read with :meth:`Lexicon.field`;
- a character set: ``{"label": "NameBoundary", "chars": "，。、"}``; lines of one label add up.

A label names one list; :meth:`Lexicon.words` gives its phrases in file order,
:meth:`Lexicon.chars` its characters, :meth:`Lexicon.regex` compiles a pattern whose
``{Label}`` slots become those words (``(?:a|b)``) or characters (for use inside ``[...]``).
A malformed line raises :class:`~kg.errors.LexiconError` naming ``file:line``.

Extra files (``kg build --lexicon FILE``) are added with :func:`use_lexicons`: they extend every
label, so a province's bodies, titles or programmes need no code. Lexicon files derived from open data
(:data:`DERIVED`, in ``kg/data``, rebuilt by ``kg data``) are read last: where a curated or a user's line
gives the same pattern, that line wins. Code that derives tables from
the lexicon caches them with :func:`lexicon_cache`, which :func:`use_lexicons` clears.

>>> lex = Lexicon.from_rows([{"label": "Agency", "pattern": "党中央", "id": "中国共产党中央委员会"},
...                          {"label": "Stop", "chars": "，。"}])
>>> lex.canonical("Agency", "党中央"), lex.charstr("Stop")
('中国共产党中央委员会', '，。')
>>> lex.regex(r"({Agency})[{Stop}]").match("党中央。").group(1)
'党中央'
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

from .errors import LexiconError
from .jsonlines import parse_jsonl_rows, read_text
from .resources import data_path, lexicon_dir

__all__ = ["Entry", "Lexicon", "holds_any", "read_jsonl", "parse_jsonl", "read_sources", "load_lexicon", "default_lexicon",
           "lexicon", "use_lexicons", "using_lexicons", "extra_lexicons", "extra_digest", "lexicon_cache", "surnames", "surname_lists",
           "common_words", "ordinary_words", "Source", "DERIVED", "curated_lexicon"]

#: a lexicon file as read: (its name for messages, its text)
Source = tuple[str, str]

_HINT = 'each line needs {"label","pattern"} or {"label","chars"}'
_SCALARS = (str, int, float, bool)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a lexicon: a phrase (or, with ``chars``, a set of characters) under a label."""

    label: str
    pattern: str
    id: str
    fields: tuple[tuple[str, object], ...] = ()  # the line's other keys, sorted
    chars: bool = False  # a character set, not a phrase
    source: str = ""  # file:line

    def get(self, key: str, default=None):
        for k, v in self.fields:
            if k == key:
                return v
        return default


def parse_jsonl(name: str, text: str) -> list[Entry]:
    """The entries of one lexicon file's text; ``name`` is the file named in errors."""
    return [_entry(row, f"{name}:{n}") for n, row in parse_jsonl_rows(name, text, _HINT, LexiconError)]


def _entry(row: dict, where: str) -> Entry:
    label = row.get("label")
    if label is None:
        raise LexiconError(f'{where}: missing "label"; {_HINT}')
    if not isinstance(label, str) or not label:
        raise LexiconError(f'{where}: "label" must be a non-empty string')
    fields = []
    for k, v in row.items():
        if k in ("label", "pattern", "id", "chars"):
            continue
        ok = isinstance(v, _SCALARS) or (isinstance(v, list) and all(isinstance(x, _SCALARS) for x in v))
        if not ok:
            raise LexiconError(f'{where}: field "{k}" must be a string, number, boolean or a list of them')
        fields.append((k, tuple(v) if isinstance(v, list) else v))
    fields.sort()
    if "chars" in row:
        chars = row["chars"]
        if "pattern" in row:
            raise LexiconError(f'{where}: a line has "pattern" or "chars", not both')
        if not isinstance(chars, str) or not chars:
            raise LexiconError(f'{where}: "chars" must be a non-empty string')
        return Entry(label, chars, label, tuple(fields), True, where)
    if "pattern" not in row:
        raise LexiconError(f'{where}: missing "pattern"; {_HINT}')
    pattern = row["pattern"]
    if not isinstance(pattern, str) or not pattern.strip():
        raise LexiconError(f'{where}: "pattern" must be a non-empty string (token patterns are not supported)')
    cid = row.get("id", pattern.strip())
    if not isinstance(cid, str) or not cid:
        raise LexiconError(f'{where}: "id" must be a non-empty string')
    return Entry(label, pattern.strip(), cid, tuple(fields), False, where)


def _read_text(path: Path) -> str:
    return read_text(path, "lexicon", LexiconError, "file or folder")


def read_jsonl(path: str | Path) -> list[Entry]:
    """Read one lexicon file, validating every line."""
    path = Path(path)
    return parse_jsonl(str(path), _read_text(path))


_SLOT = re.compile(r"\{([A-Z][A-Za-z0-9]*)(?:\.([a-z_]+))?(?::(longest))?\}")
_CLASS_SPECIAL = set("\\]^-[")


class Lexicon:
    """Entries grouped by label, with the views the rules read (each computed once)."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: list[Entry] = list(entries)
        self._by_label: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries:
            self._by_label[e.label].append(e)
        self._views: dict[tuple, object] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> "Lexicon":
        return cls([_entry(r, "<rows>") for r in rows])

    def _view(self, key: tuple, make: Callable[[], object]):
        try:
            return self._views[key]
        except KeyError:
            value = self._views[key] = make()
            return value

    def compile_patterns(self) -> int:
        """Compile every pattern :meth:`regex` has handed out and not yet compiled (they compile when first
        used): what a process that forks workers does once for all of them. Returns how many it compiled."""
        todo = [v for v in list(self._views.values()) if isinstance(v, _LazyPattern) and "_compiled" not in v.__dict__]
        for v in todo:
            v.groups  # noqa: B018 - compiles it
        return len(todo)

    def labels(self) -> list[str]:
        return sorted(self._by_label)

    def of(self, label: str) -> list[Entry]:
        """The entries of one label, in file order."""
        return self._by_label.get(label, [])

    def patterns(self, label: str) -> dict[str, str]:
        """pattern -> canonical id for one label (the first line of a pattern wins)."""
        def make():
            out: dict[str, str] = {}
            for e in self.of(label):
                if not e.chars:
                    out.setdefault(e.pattern, e.id)
            return out
        return self._view(("patterns", label), make)

    def canonical(self, label: str, pattern: str) -> str | None:
        return self.patterns(label).get(pattern)

    def words(self, label: str, where: str | None = None, *, default: bool = False,
              longest_first: bool = False) -> tuple[str, ...]:
        """The phrases of a label in file order, each once; ``where``: only entries whose field
        of that name is true (``default``: its value where a line leaves it out);
        ``longest_first``: sorted by length, longest first (stable)."""
        def make():
            out = tuple(dict.fromkeys(e.pattern for e in self.of(label)
                                      if not e.chars and (where is None or e.get(where, default))))
            if not out:
                raise LexiconError(f"no {label!r} entries{f' with {where!r}' if where else ''} in the lexicons")
            return tuple(sorted(out, key=len, reverse=True)) if longest_first else out
        return self._view(("words", label, where, default, longest_first), make)

    def field(self, label: str, key: str) -> dict[str, object]:
        """pattern -> the value of field ``key``, for the entries of a label that have it."""
        def make():
            out: dict[str, object] = {}
            for e in self.of(label):
                v = e.get(key)
                if v is not None and not e.chars:
                    out.setdefault(e.pattern, v)
            return out
        return self._view(("field", label, key), make)

    def chars(self, label: str) -> frozenset[str]:
        """The characters of a character set (every ``chars`` line of the label)."""
        return self._view(("chars", label), lambda: frozenset(self.charstr(label)))

    def charstr(self, label: str) -> str:
        """The characters of a character set as one string, in file order, each once."""
        def make():
            out = "".join(dict.fromkeys("".join(e.pattern for e in self.of(label) if e.chars)))
            if not out:
                raise LexiconError(f"no character set {label!r} in the lexicons")
            return out
        return self._view(("charstr", label), make)

    def cues(self, label: str, where: str | None = None) -> tuple[str, ...]:
        """What a text must hold for ``{Label}`` (``{Label.where}``) of a pattern to match in it: the label's
        words, or the characters of a character set, one string each. A rule tests them with :func:`holds_any`
        before running a pattern that needs the label over a whole text: most texts hold none of a rare cue.

        >>> holds_any("开平市召开推进会", ("推进", "动员")), holds_any("开平市", ("推进", "动员"))
        (True, False)
        """
        def make():
            if any(e.chars for e in self.of(label)):
                return tuple(self.charstr(label))
            return self.words(label, where)
        return self._view(("cues", label, where), make)

    def alternation(self, label: str, where: str | None = None, longest_first: bool = False) -> str:
        """``(?:w1|w2|...)`` matching the words of a label (escaped); ``where`` as in :meth:`words`. A word whose
        entry has ``"not_before"`` (a text, or a list of texts) matches only where no such text follows it (政协, not
        政协委员), unless one of the words of its ``"unless"`` list follows that text (人大常委会 + 代表, but 人大常委会 +
        代表 + 工作委员会)."""
        not_before = self.field(label, "not_before")
        unless = self.field(label, "unless")

        def guard(w: str) -> str:
            if w not in not_before:
                return ""
            texts = not_before[w] if isinstance(not_before[w], (list, tuple)) else [not_before[w]]
            rest = "|".join(re.escape(u) for u in unless.get(w, ()))
            return "(?!(?:" + "|".join(re.escape(str(t)) for t in texts) + ")" + (f"(?!{rest})" if rest else "") + ")"

        return "(?:" + "|".join(re.escape(w) + guard(w) for w in self.words(label, where, longest_first=longest_first)) + ")"

    def regex(self, template: str, flags: int = 0) -> "re.Pattern":
        """Compile ``template`` with each ``{Label}`` replaced by the words of that label as an
        alternation (``{Label.field}``: of its entries with that field true; ``{Label:longest}``:
        longest first), or, for a character set, by its escaped characters."""
        def make():
            def fill(m: re.Match) -> str:
                label = m.group(1)
                if any(e.chars for e in self.of(label)):
                    return "".join("\\" + c if c in _CLASS_SPECIAL else c for c in self.charstr(label))
                return self.alternation(label, m.group(2), longest_first=bool(m.group(3)))
            return _LazyPattern(_SLOT.sub(fill, template), flags)
        return self._view(("regex", template, flags), make)


def holds_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues`` (:meth:`Lexicon.cues`): a test by ``str.find``, much cheaper than a
    pattern that begins with a run of any characters and tries every position of a text without its cue."""
    for cue in cues:
        if cue in text:
            return True
    return False


class _LazyPattern:
    """A compiled pattern made when first used: a process compiles only the patterns its texts reach (a
    one-line ``kg build`` needs some of the lexicons' 160). Each attribute asked for is the compiled
    pattern's, kept on the instance at the first ask, so later calls cost what the pattern's own do.

    >>> p = _LazyPattern("a(b)", 0)
    >>> p.match("ab").group(1), p.pattern, p.groups
    ('b', 'a(b)', 1)
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            from .prebuilt import compile_pattern  # the code a process compiled before, where it saved it

            compiled = self.__dict__["_compiled"] = compile_pattern(self.pattern, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self):
        return _LazyPattern, (self.pattern, self._flags)


def _bundled_files() -> list[Path]:
    return sorted(lexicon_dir().glob("*.jsonl"))


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(p.glob("*.jsonl"))
            if not found:
                raise LexiconError(f"{p}: no .jsonl lexicon files in this folder")
            files += found
        elif p.exists():
            files.append(p)
        else:
            raise LexiconError(f"{p}: no such lexicon file or folder")
    return files


def read_sources(paths: Iterable[str | Path]) -> tuple[Source, ...]:
    """The text of each lexicon file (folders: their ``.jsonl`` files), checked line by line."""
    sources = tuple((str(f), _read_text(f)) for f in _expand(paths))
    for name, text in sources:
        parse_jsonl(name, text)
    return sources


#: lexicon files under ``kg/data`` derived from open data by ``kg data`` (the Corps' regiments and their divisions:
#: ``kg data corps``), read after the curated and the user's lexicons
DERIVED = ("corps_regiments.jsonl",)


@functools.lru_cache(maxsize=1)
def _bundled() -> tuple[Entry, ...]:
    entries: list[Entry] = []
    for f in _bundled_files():
        entries += read_jsonl(f)
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def _derived() -> tuple[Entry, ...]:
    entries: list[Entry] = []
    for name in DERIVED:
        entries += read_jsonl(data_path(name))
    return tuple(entries)


def curated_lexicon() -> Lexicon:
    """The curated lexicons alone, without the files derived from open data (what ``kg data`` builds those from)."""
    return Lexicon(_bundled())


def load_lexicon(paths: Iterable[str | Path] = ()) -> Lexicon:
    """The bundled lexicons plus any extra files or folders of ``.jsonl`` files (read before the derived ones)."""
    entries = list(_bundled())
    for name, text in read_sources(paths):
        entries += parse_jsonl(name, text)
    return Lexicon(entries + list(_derived()))


# --- the lexicon in use ---------------------------------------------------------------------

_extra: tuple[Source, ...] = ()
_caches: list = []

T = TypeVar("T")


def lexicon_cache(fn: Callable[[], T]) -> Callable[[], T]:
    """Cache a table derived from :func:`lexicon` until :func:`use_lexicons` changes it."""
    cached = functools.lru_cache(maxsize=1)(fn)
    _caches.append(cached)
    return cached


@lexicon_cache
def lexicon() -> Lexicon:
    """The lexicon in use: the curated files, those given to :func:`use_lexicons`, then the derived ones."""
    entries = list(_bundled())
    for name, text in _extra:
        entries += parse_jsonl(name, text)
    return Lexicon(entries + list(_derived()))


default_lexicon = lexicon


def use_lexicons(paths_or_sources: Iterable[str | Path | Source] = ()) -> None:
    """Use the bundled lexicons plus these files (or folders, or ``(name, text)`` pairs as
    :func:`extra_lexicons` gives them, for worker processes); ``()`` for the bundled ones only.

    A bad line raises :class:`~kg.errors.LexiconError` naming ``file:line``, before anything changes.
    """
    global _extra
    items = list(paths_or_sources)
    sources = tuple(x for x in items if isinstance(x, tuple))
    sources += read_sources(x for x in items if not isinstance(x, tuple))
    for name, text in sources:
        parse_jsonl(name, text)
    if sources == _extra:
        return
    _extra = sources
    for c in _caches:
        c.cache_clear()


@contextmanager
def using_lexicons(paths: Iterable[str | Path] | None) -> Iterator[None]:
    """Use the bundled lexicons plus ``paths`` inside a ``with`` block, then those in use before;
    ``None`` leaves the lexicons in use as they are."""
    if paths is None:
        yield
        return
    before = _extra
    use_lexicons(list(paths))
    try:
        yield
    finally:
        use_lexicons(before)


def extra_lexicons() -> tuple[Source, ...]:
    """The extra lexicons in use, as ``(name, text)`` pairs (what a worker needs to use them too)."""
    return _extra


def extra_digest() -> str:
    """A hash of the extra lexicons in use ('' for none): part of the pipeline version."""
    if not _extra:
        return ""
    h = hashlib.sha256()
    for name, text in _extra:
        h.update(f"{len(text)}\0".encode())
        h.update(text.encode("utf-8"))
    return h.hexdigest()


# --- the word lists from open data -----------------------------------------------------------

@lexicon_cache
def surnames() -> dict[str, float]:
    """Chinese surnames with a relative frequency (wainshine/Chinese-Names-Corpus, Apache-2.0), and the rare
    ones the corpus lacks (RareSurname in the lexicon, frequency 1: names with them are read only after a title)."""
    out: dict[str, float] = {}
    for name, tf, _ in _surname_rows():
        out[name] = tf
    for name in lexicon().patterns("RareSurname"):
        out.setdefault(name, 1.0)
    return out


@functools.lru_cache(maxsize=1)
def _surname_rows() -> tuple[tuple[str, float, bool], ...]:
    rows = []
    path = data_path("surnames.tsv")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) not in (2, 3):
                raise LexiconError(f"{path}:{n}: expected surname, frequency and an optional compound mark")
            rows.append((parts[0], float(parts[1]), len(parts) == 3 and parts[2] == "1"))
    return tuple(rows)


def surname_lists() -> dict[str, tuple[str, ...]]:
    """The surname lexicons of the statistical NER: the 100 most frequent single-character
    surnames, ranks 101-400, and the compound surnames CC-CEDICT confirms (each sorted)."""
    ranked = sorted(_surname_rows(), key=lambda r: -r[1])
    singles = [name for name, _, _ in ranked if len(name) == 1]
    return {"surname1": tuple(sorted(singles[:100])), "surname2": tuple(sorted(singles[100:400])),
            "surname_compound": tuple(sorted(name for name, _, compound in ranked if compound))}


@functools.lru_cache(maxsize=1)
def _treebank_words() -> frozenset[str]:
    with open(data_path("common_words.txt"), encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))


@lexicon_cache
def common_words() -> frozenset[str]:
    """Ordinary two- and three-character words (UD Chinese treebanks, CC BY-SA), and the lexicon's words that begin
    with a surname's character but name crops, herbs and products (NotAName: 马铃薯, 罗汉果) or figures of fiction and
    legend (FictionName: 孙悟空), and any two ethnic groups' one-character short forms (EthnicShortChar: 蒙汉, 回汉):
    never a person's name alone."""
    ethnic = lexicon().charstr("EthnicShortChar")
    pairs = frozenset(a + b for a in ethnic for b in ethnic if a != b)
    return _treebank_words() | frozenset(lexicon().words("NotAName")) | frozenset(lexicon().words("FictionName")) | pairs


@functools.lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary that begin with a surname's character (关切, 简历; MIT): never a
    two-character name. Unlike :func:`common_words` they say nothing of given names (訾海军 is a name)."""
    with open(data_path("ordinary_words.txt"), encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))
