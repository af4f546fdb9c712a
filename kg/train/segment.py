"""Chinese word segmentation with a pkuseg model that kg trains offline from UD treebanks.

kg's pipeline works on character tokens, and no build uses this module (README, "Tokens"): it trains
the segmenter (``kg train pkuseg``), scores it, and gives word tokens to the benchmarks that measured
that choice. It needs the ``train`` extra (spacy-pkuseg).
The model in ``kg/models/pkuseg/`` was trained by :func:`train_pkuseg` on the UD Chinese
treebanks (GSDSimp dev, PUD converted to simplified characters, CFL); see its ``MODEL.md``.

>>> seg = load_segmenter(user_words=["月山镇"])
>>> "月山镇" in seg("陈小曼到月山镇调研")
True

The same model works as spaCy's ``zh`` pkuseg segmenter and survives ``to_disk`` and
``spacy.load``. spaCy always switches on spacy_pkuseg's post-processing dictionary, which
costs held-out F1 (see MODEL.md) and 4.5 MB on disk, so switch it off as
:func:`load_segmenter` does::

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(MODEL_DIR), pkuseg_user_dict="default")
    nlp.tokenizer.pkuseg_seg.postprocesser.do_process = False
    nlp.tokenizer.pkuseg_seg.postprocesser.other_words = set()
    nlp.tokenizer.pkuseg_update_user_dict(["月山镇"])
"""
from __future__ import annotations

import contextlib
import copy
import functools
import io
import json
import logging
import random
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import InputError, ModelError

__all__ = [
    "MODEL_DIR",
    "TRAIN_PARTS",
    "HELDOUT_PARTS",
    "Sentence",
    "Score",
    "TrainReport",
    "read_conllu",
    "to_pkuseg_line",
    "load_ud_parts",
    "train_pkuseg",
    "load_segmenter",
    "segmentation_f1",
    "evaluate",
]

logger = logging.getLogger(__name__)

#: The committed model: ``features.msgpack`` + ``weights.npz`` (spacy_pkuseg's format).
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pkuseg"

#: Parts of the UD data that the committed model is trained on (see :func:`load_ud_parts`).
TRAIN_PARTS = ("gsdsimp-dev", "pud-wiki", "pud-news-train", "cfl")
#: Parts never trained on; :func:`train_pkuseg` scores the new model on each.
HELDOUT_PARTS = ("gsdsimp-test", "pud-news-heldout")

# Every fifth PUD news document (sorted by id, counting from the first) is held out:
# whole documents, so that names repeated inside an article do not leak into training.
_PUD_HELDOUT_EVERY = 5

_TREEBANKS = {
    # part name: (folder, file, convert traditional -> simplified)
    "gsdsimp-dev": ("ud-chinese-gsdsimp", "zh_gsdsimp-ud-dev.conllu", False),
    "gsdsimp-test": ("ud-chinese-gsdsimp", "zh_gsdsimp-ud-test.conllu", False),
    "pud": ("ud-chinese-pud", "zh_pud-ud-test.conllu", True),
    "cfl": ("ud-chinese-cfl", "zh_cfl-ud-test.conllu", False),
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One treebank sentence: its words (CoNLL-U FORMs) and whether a space follows each."""

    sent_id: str
    doc_id: str
    words: tuple[str, ...]
    space_after: tuple[bool, ...] = ()

    @property
    def text(self) -> str:
        """The raw sentence, rebuilt from the words and ``SpaceAfter=No``."""
        spaces = self.space_after or (False,) * len(self.words)
        return "".join(w + (" " if sp else "") for w, sp in zip(self.words, spaces)).strip()


@dataclass(frozen=True, slots=True)
class Score:
    """Word precision, recall and F1: a word counts when both its boundaries match the gold."""

    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What :func:`train_pkuseg` did: data, settings, time and held-out scores."""

    model_dir: str
    parts: tuple[str, ...]
    train_sentences: int
    train_words: int
    seed: int
    train_iter: int
    seconds: float
    scores: dict[str, Score] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)


# --------------------------------------------------------------------------- data


def read_conllu(path: str | Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file.

    Words are column 2 (FORM). Multiword-token ranges (``1-2``) and empty nodes (``8.1``)
    are skipped, so the words are the syntactic words. Whitespace inside a FORM is removed.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); expected a CoNLL-U file") from exc
    doc_id = ""
    sent_id = ""
    words: list[str] = []
    spaces: list[bool] = []
    with handle:
        for lineno, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key = key.strip()
                if key == "newdoc id":
                    doc_id = value.strip()
                elif key == "sent_id":
                    sent_id = value.strip()
                continue
            if not line.strip():
                if words:
                    yield Sentence(sent_id, doc_id or sent_id, tuple(words), tuple(spaces))
                words, spaces, sent_id = [], [], ""
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(
                    f"{path}:{lineno}: expected 10 tab-separated columns, found {len(cols)}"
                )
            if "-" in cols[0] or "." in cols[0]:
                continue
            form = "".join(cols[1].split())
            if not form:
                continue
            words.append(form)
            spaces.append("SpaceAfter=No" not in cols[9].split("|"))
    if words:
        yield Sentence(sent_id, doc_id or sent_id, tuple(words), tuple(spaces))


def to_pkuseg_line(words: Iterable[str]) -> str:
    """pkuseg's training format: the words of one sentence separated by single spaces."""
    return " ".join(w for w in words if w)


def _t2s() -> Callable[[str], str]:
    from ..script import converter

    return converter("t2s")


def _to_simplified(sentence: Sentence) -> Sentence:
    """Convert a traditional-character sentence, keeping its word boundaries."""
    convert = _t2s()
    joined = "".join(sentence.words)
    converted = convert(joined)
    if len(converted) == len(joined):  # t2s is one-to-one on all of PUD; convert in context
        words, start = [], 0
        for w in sentence.words:
            words.append(converted[start : start + len(w)])
            start += len(w)
    else:
        words = [convert(w) for w in sentence.words]
    return Sentence(sentence.sent_id, sentence.doc_id, tuple(words), sentence.space_after)


def load_ud_parts(data_dir: str | Path) -> dict[str, list[Sentence]]:
    """Read the UD Chinese treebanks under ``data_dir`` and split them into named parts.

    ``gsdsimp-dev`` (500), ``gsdsimp-test`` (500, the standard test set), ``pud-wiki``
    (sentence ids ``w…``), ``pud-news-train`` and ``pud-news-heldout`` (ids ``n…``; every
    fifth news document in id order is held out, about 20 %), ``cfl`` (learner essays).
    PUD is converted from traditional to simplified characters with OpenCC ``t2s``.
    """
    data_dir = Path(data_dir)
    raw: dict[str, list[Sentence]] = {}
    for name, (folder, filename, traditional) in _TREEBANKS.items():
        path = data_dir / folder / filename
        if not path.is_file():
            raise InputError(
                f"{path}: not found; --data-dir must hold the folders "
                + ", ".join(sorted({f for f, _, _ in _TREEBANKS.values()}))
            )
        sentences = list(read_conllu(path))
        raw[name] = [_to_simplified(s) for s in sentences] if traditional else sentences

    news = [s for s in raw["pud"] if s.sent_id.startswith("n")]
    news_docs = sorted({s.doc_id for s in news})
    heldout_docs = set(news_docs[::_PUD_HELDOUT_EVERY])
    return {
        "gsdsimp-dev": raw["gsdsimp-dev"],
        "gsdsimp-test": raw["gsdsimp-test"],
        "pud-wiki": [s for s in raw["pud"] if not s.sent_id.startswith("n")],
        "pud-news-train": [s for s in news if s.doc_id not in heldout_docs],
        "pud-news-heldout": [s for s in news if s.doc_id in heldout_docs],
        "cfl": raw["cfl"],
    }


def _write_lines(path: Path, sentences: Iterable[Sentence]) -> int:
    lines = [to_pkuseg_line(s.words) for s in sentences]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


# --------------------------------------------------------------------------- training


def _pkuseg():
    """spacy_pkuseg, which only training and word tokens need: ``pip install "kg[train]"``."""
    try:
        import spacy_pkuseg
    except ImportError:
        raise ModelError('spacy-pkuseg is not installed; install kg with pip install "kg[train]"') from None
    return spacy_pkuseg


class _LogWriter(io.TextIOBase):
    """A file-like object that sends complete lines to the module logger at DEBUG."""

    def __init__(self) -> None:
        self._buf = ""

    def write(self, s: str) -> int:
        self._buf += s
        *lines, self._buf = self._buf.split("\n")
        for line in lines:
            if line.strip():
                logger.debug("pkuseg: %s", line)
        return len(s)


def train_pkuseg(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    train_iter: int = 20,
    parts: Sequence[str] = TRAIN_PARTS,
) -> TrainReport:
    """Train a pkuseg model on UD Chinese and write it to ``out_dir``.

    ``data_dir`` holds ``ud-chinese-gsdsimp``, ``ud-chinese-pud`` and ``ud-chinese-cfl``;
    ``parts`` names the parts of :func:`load_ud_parts` to train on (held-out parts are
    refused). The model (``features.msgpack``, ``weights.npz``) and ``training.json``
    (this report) go to ``out_dir``; the report holds word F1 on each of
    :data:`HELDOUT_PARTS`. Training calls ``random.seed(seed)`` first; spacy_pkuseg's only
    randomness is the order of sentences in each epoch, so a seed gives the same model.
    """
    spacy_pkuseg = _pkuseg()

    data = load_ud_parts(data_dir)
    unknown = [p for p in parts if p not in data]
    if unknown:
        raise InputError(f"unknown training part(s) {unknown}; choose from {sorted(data)}")
    leaked = [p for p in parts if p in HELDOUT_PARTS]
    if leaked:
        raise InputError(f"{leaked} are held out for scoring; train on parts of {TRAIN_PARTS}")
    if train_iter < 1:
        raise InputError(f"train_iter must be at least 1, got {train_iter}")
    train = [s for p in parts for s in data[p]]
    heldout = [s for p in HELDOUT_PARTS for s in data[p]]

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-pkuseg-") as tmp:
        train_file, test_file = Path(tmp) / "train.txt", Path(tmp) / "test.txt"
        _write_lines(train_file, train)
        _write_lines(test_file, heldout)  # only for spacy_pkuseg's per-epoch log
        logger.info("training pkuseg on %d sentences (%s), %d epochs", len(train), ",".join(parts), train_iter)
        state = random.getstate()
        random.seed(seed)
        try:
            with contextlib.redirect_stdout(_LogWriter()):
                spacy_pkuseg.train(str(train_file), str(test_file), str(out), train_iter=train_iter)
        finally:
            random.setstate(state)
        _compress_weights(out / "weights.npz")
    seconds = time.perf_counter() - start

    _load_model.cache_clear()
    segment = _segmenter_for(str(out), ())
    scores = {p: evaluate(segment, data[p]) for p in HELDOUT_PARTS}
    report = TrainReport(
        model_dir=str(out),
        parts=tuple(parts),
        train_sentences=len(train),
        train_words=sum(len(s.words) for s in train),
        seed=seed,
        train_iter=train_iter,
        seconds=round(seconds, 1),
        scores=scores,
    )
    (out / "training.json").write_text(report.to_json() + "\n", encoding="utf-8")
    return report


def _compress_weights(path: Path) -> None:
    """Rewrite spacy_pkuseg's ``weights.npz`` deflated and with fixed zip timestamps.

    The arrays are unchanged (float64), ``numpy.load`` reads the file as before, it is about
    45 % smaller, and the same weights always give the same bytes.
    """
    import numpy as np

    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, array in sorted(arrays.items()):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as fh:
                np.lib.format.write_array(fh, array, allow_pickle=False)
    tmp.replace(path)


# --------------------------------------------------------------------------- inference


@functools.cache
def _load_model(model_dir: str):
    """Load a pkuseg model once per directory; its user dictionary starts empty."""
    spacy_pkuseg = _pkuseg()

    path = Path(model_dir)
    missing = [n for n in ("features.msgpack", "weights.npz") if not (path / n).is_file()]
    if missing:
        raise ModelError(
            f"{path}: no pkuseg model ({', '.join(missing)} missing); "
            "train one with `python -m kg.train.segment train`"
        )
    # user_dict=None also turns off spacy_pkuseg's post-processing dictionary
    # (dicts/default.pkl), which merges adjacent words into its own, non-UD words and costs
    # 4-7 points of held-out F1 (MODEL.md). User words are set per segmenter.
    return spacy_pkuseg.pkuseg(str(path), user_dict=None)


@functools.lru_cache(maxsize=32)
def _segmenter_for(model_dir: str, user_words: tuple[str, ...]) -> Callable[[str], list[str]]:
    spacy_pkuseg = _pkuseg()

    base = _load_model(model_dir)
    if not user_words:
        return base.cut
    seg = copy.copy(base)  # shares the weights; only the user-word trie differs
    seg.preprocesser = spacy_pkuseg.Preprocesser(list(user_words))
    return seg.cut


def load_segmenter(
    user_words: Iterable[str] = (), *, model_dir: str | Path = MODEL_DIR
) -> Callable[[str], list[str]]:
    """Return a function ``str -> list[str]`` that cuts text into words.

    ``user_words`` are kept whole: pkuseg first matches them greedily, longest first, from
    left to right, and segments only the text between matches with the model. Whitespace
    is dropped, so the words concatenate to the text without its spaces and newlines.
    Models and segmenters are cached; loading the committed model takes about a second.
    """
    words = tuple(sorted({w.strip() for w in user_words if w and w.strip()}))
    return _segmenter_for(str(Path(model_dir)), words)


# --------------------------------------------------------------------------- scoring


def _spans(words: Iterable[str]) -> tuple[set[tuple[int, int]], str]:
    spans, chars, start = set(), [], 0
    for w in words:
        w = "".join(w.split())
        if not w:
            continue
        spans.add((start, start + len(w)))
        chars.append(w)
        start += len(w)
    return spans, "".join(chars)


def segmentation_f1(
    gold_sentences: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> Score:
    """Word precision, recall and F1 over pairs of (gold words, predicted words).

    Whitespace is ignored; each pair must cover the same characters.

    >>> s = segmentation_f1([["开平市", "委员会"]], [["开平", "市", "委员会"]])
    >>> (s.correct, s.gold, s.predicted, round(s.f1, 2))
    (1, 2, 3, 0.4)
    """
    gold_n = pred_n = correct = 0
    pairs = 0
    for i, (gold, pred) in enumerate(zip(gold_sentences, predicted, strict=True)):
        gspans, gtext = _spans(gold)
        pspans, ptext = _spans(pred)
        if gtext != ptext:
            raise ValueError(f"sentence {i}: gold and predicted words differ in their characters: {gtext!r} vs {ptext!r}")
        gold_n += len(gspans)
        pred_n += len(pspans)
        correct += len(gspans & pspans)
        pairs += 1
    p = correct / pred_n if pred_n else 0.0
    r = correct / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, gold_n, pred_n, correct)


def evaluate(segment: Callable[[str], list[str]], sentences: Sequence[Sentence]) -> Score:
    """Score ``segment`` on treebank sentences (it cuts each sentence's raw text)."""
    return segmentation_f1([s.words for s in sentences], [segment(s.text) for s in sentences])


# --------------------------------------------------------------------------- python -m kg.train.segment


def _cli():
    import click

    @click.group(help="Train and evaluate kg's pkuseg word segmenter.")
    @click.option("-v", "--verbose", is_flag=True, help="Log spacy_pkuseg's training output.")
    def cli(verbose: bool) -> None:
        logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(message)s")

    data_opt = click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("../shared/data"),
        show_default=True,
        help="Folder holding ud-chinese-gsdsimp, ud-chinese-pud and ud-chinese-cfl.",
    )

    @cli.command(help="Train a model on UD Chinese and print its held-out scores.")
    @data_opt
    @click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=MODEL_DIR, show_default=True)
    @click.option("--seed", type=int, default=0, show_default=True)
    @click.option("--iter", "train_iter", type=int, default=20, show_default=True, help="Training epochs.")
    @click.option("--parts", default=",".join(TRAIN_PARTS), show_default=True, help="Comma-separated training parts.")
    def train(data_dir: Path, out: Path, seed: int, train_iter: int, parts: str) -> None:
        try:
            report = train_pkuseg(
                data_dir, out, seed=seed, train_iter=train_iter, parts=tuple(p for p in parts.split(",") if p)
            )
        except (InputError, ModelError) as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(report.to_json())

    @cli.command("eval", help="Print word P/R/F1 of a model on the held-out UD parts.")
    @data_opt
    @click.option("--model", type=click.Path(file_okay=False, path_type=Path), default=MODEL_DIR, show_default=True)
    def eval_(data_dir: Path, model: Path) -> None:
        try:
            data = load_ud_parts(data_dir)
            segment = load_segmenter(model_dir=model)
        except (InputError, ModelError) as exc:
            raise click.ClickException(str(exc)) from exc
        for part in HELDOUT_PARTS:
            s = evaluate(segment, data[part])
            click.echo(f"{part}\tP {s.precision:.2%}\tR {s.recall:.2%}\tF1 {s.f1:.2%}\t({len(data[part])} sentences)")

    @cli.command(help="Print words of TEXT, one line, separated by spaces.")
    @click.argument("text")
    @click.option("--user-word", "user_words", multiple=True, help="A word to keep whole (repeatable).")
    def cut(text: str, user_words: tuple[str, ...]) -> None:
        click.echo(" ".join(load_segmenter(user_words)(text)))

    return cli


if __name__ == "__main__":
    _cli()(prog_name="python -m kg.train.segment")
