"""The spaCy pipeline: a blank Chinese pipeline with character tokens and kg's components.

This module only assembles the pipeline: it registers the factories and puts the components
(:mod:`kg.ner.components`) in order. Components add :class:`~kg.ner.base.Candidate` objects
to ``doc._.kg.candidates``; ``kg_resolve`` settles overlaps in one place and writes the
winners to ``doc.spans["kg"]`` (label = type, ``id_`` = canonical name). Character tokens
make every rule hit a clean ``doc.char_span``.

>>> nlp = load_nlp()
>>> doc = nlp("开平市委书记陈小曼出席会议。")
>>> [(s.text, s.label_) for s in doc.spans["kg"]]
[('开平市委', 'Agency'), ('开平市', 'Place'), ('陈小曼', 'Official')]
"""
from __future__ import annotations

import functools
import logging
import re
from contextlib import AbstractContextManager
from typing import Callable, Iterable, Iterator, Optional

import spacy
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .errors import ModelError
from .ner.components import (MODEL_PERSON_CONFIDENCE, AgenciesComponent, PeopleComponent, PlacesComponent,
                             ProgrammesComponent, ResolveComponent, StatisticalComponent)
from .ner.state import ArticleInfo, DocState, doc_state
from .resources import collector_paused, hold_freed_memory
from .structure import Structure

__all__ = ["load_nlp", "extract_text", "extract_texts", "extract_states", "pipe_states", "state_doc", "COMPONENTS", "CharTokenizer"]

#: the rule components, in pipeline order (``kg_statistical`` goes first when the model is on)
COMPONENTS = ("kg_places", "kg_agencies", "kg_people", "kg_programmes", "kg_resolve")


@Language.factory("kg_statistical", assigns=["doc._.kg"],
                  default_config={"model": None, "min_person_confidence": MODEL_PERSON_CONFIDENCE})
def make_statistical(nlp: Language, name: str, model: Optional[str], min_person_confidence: float):
    """``model``: a model directory (default: the packaged ``kg/models/ner``); a name the model
    alone finds becomes a Person from ``min_person_confidence`` up."""
    return StatisticalComponent(model, min_person_confidence)


@Language.factory("kg_places", assigns=["doc._.kg"])
def make_places(nlp: Language, name: str):
    return PlacesComponent()


@Language.factory("kg_agencies", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_agencies(nlp: Language, name: str):
    return AgenciesComponent()


@Language.factory("kg_people", assigns=["doc._.kg"], requires=["doc._.kg"],
                  default_config={"min_person_confidence": MODEL_PERSON_CONFIDENCE})
def make_people(nlp: Language, name: str, min_person_confidence: float):
    """A name the model proposes from ``min_person_confidence`` up tells the rules where a name ends."""
    return PeopleComponent(min_person_confidence)


@Language.factory("kg_programmes", assigns=["doc._.kg"], requires=["doc._.kg"])
def make_programmes(nlp: Language, name: str):
    return ProgrammesComponent()


@Language.factory("kg_resolve", assigns=["doc.spans"], requires=["doc._.kg"], default_config={"propagate": True})
def make_resolve(nlp: Language, name: str, propagate: bool):
    """``propagate``: every other occurrence of a name found once in a document is a mention too."""
    return ResolveComponent(propagate)


_SPACE_RUN = re.compile(r"\s+")  # \s is str.isspace() for str patterns


class CharTokenizer(ChineseTokenizer):
    r"""spaCy's Chinese character segmenter, with the same tokens, made without its per-character search.

    spaCy's ``char`` segmenter aligns each character with the text through
    ``spacy.util.get_words_and_spaces`` (a slice and a search per character). Here each character
    other than white space is a token; a run of white space after a token gives it its trailing
    space when the run begins with U+0020, and the rest of the run is a token of its own; white
    space before the first token is a token.

    >>> tok = CharTokenizer(spacy.blank("zh").vocab)
    >>> [(t.text, t.whitespace_) for t in tok("开平 市\n\n会")]
    [('开', ''), ('平', ' '), ('市', ''), ('\n\n', ''), ('会', '')]
    """

    def __init__(self, vocab) -> None:
        super().__init__(vocab, segmenter=Segmenter.char)

    def __call__(self, text: str) -> Doc:
        if not _SPACE_RUN.search(text):
            return Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _SPACE_RUN.finditer(text):
            s, e = m.span()
            words += text[pos:s]
            spaces += [False] * (s - pos)
            run = text[s:e]
            if s > 0 and run[0] == " ":  # after a token: its trailing space
                spaces[-1] = True
                run = run[1:]
            if run:
                words.append(run)
                spaces.append(False)
            pos = e
        words += text[pos:]
        spaces += [False] * (len(text) - pos)
        return Doc(self.vocab, words=words, spaces=spaces)


@functools.lru_cache(maxsize=4)
def load_nlp(statistical: bool = True) -> Language:
    """The kg pipeline; ``statistical=False`` leaves out the trained NER model.

    Without its model file the pipeline still runs on rules and gazetteers (a warning says so).
    """
    hold_freed_memory()  # the model's batches reuse the memory the last one freed (see there)
    with collector_paused(freeze=True):
        nlp = spacy.blank("zh")
        nlp.tokenizer = CharTokenizer(nlp.vocab)
        if statistical:
            try:
                nlp.add_pipe("kg_statistical")
            except ModelError as exc:
                logging.getLogger(__name__).warning("statistical NER off: %s", exc)
        for name in COMPONENTS:
            nlp.add_pipe(name)
        nlp(nlp.make_doc(_WARM_TEXT))  # the gazetteer and the tables the components build when first used
    return nlp


#: A sentence that makes every component build its tables (place names, titles, surnames, ...).
_WARM_TEXT = "开平市委书记陈小曼出席会议。"


def extract_texts(texts: Iterable[str], nlp=None, batch_size: int = 256) -> Iterator:
    """:func:`extract_text` of each text, in order, run through the pipeline ``batch_size`` texts at a
    time (``nlp.pipe``): the statistical model decodes a batch of short texts in one pass."""
    nlp = nlp or load_nlp()
    for batch in minibatch(texts, batch_size):
        docs = [state_doc(nlp, _text_state(text)) for text in batch]
        yield from nlp.pipe(docs, batch_size=len(docs))


def extract_states(texts: Iterable[str], nlp=None, batch_size: int = 256) -> Iterator[DocState]:
    """The states (``doc._.kg``) :func:`extract_texts` leaves on its Docs, in order, made without the Docs
    when every component of the pipeline works on the state alone (``pipe_states``, as kg's do): the
    characters' tokens, spaCy's pipe and the Doc's spans cost more than the rules on a short line, and
    ``kg ner`` reads the state only. The components go over each batch as ``nlp.pipe`` takes them.

    >>> [[c.name for c in st.final] for st in extract_states(["开平市委书记陈小曼出席会议。", ""])]
    [['中共开平市委员会', '开平市', '陈小曼'], []]
    """
    nlp = nlp or load_nlp()
    for batch in minibatch(texts, batch_size):
        yield from pipe_states(nlp, [_text_state(text) for text in batch])


def _text_state(text: str) -> DocState:
    """The state a text of one article, with no lists or title, starts the pipeline from."""
    return DocState(text=text, articles=[ArticleInfo(0, len(text))], structure=Structure())


def state_doc(nlp, st: DocState) -> Doc:
    """A Doc of a prepared state's text, with the state on it (``doc._.kg``)."""
    doc = nlp.make_doc(st.text)
    doc._.kg = st
    return doc


def pipe_states(nlp, states: list[DocState]) -> Iterator[DocState]:
    """The pipeline over one batch of prepared states (text, articles, structure), in order: each component's
    ``pipe_states`` when all of them have one (no Doc, no tokens, no ``doc.spans``: what a caller that reads
    the states alone never looks at), else ``nlp.pipe`` over a Doc made for each state."""
    procs = [proc for _, proc in nlp.pipeline]
    if not all(hasattr(proc, "pipe_states") for proc in procs):
        docs = [state_doc(nlp, st) for st in states]
        for doc in nlp.pipe(docs, batch_size=max(len(docs), 1)):
            yield doc_state(doc)
        return
    for st in states:
        if len(st.text) > nlp.max_length:
            nlp.make_doc(st.text)  # spaCy's error for a text too long for a Doc, as nlp.pipe gives it
    stream: Iterable[DocState] = states
    for proc in procs:
        stream = proc.pipe_states(stream, batch_size=max(len(states), 1))
    yield from stream


def extract_text(text: str, nlp=None, article_hint: tuple[ArticleInfo, ...] | None = None,
                 structure: Structure | None = None, *,
                 timer: Callable[[str], AbstractContextManager] | None = None) -> Doc:
    """Run the pipeline over cleaned text; returns the spaCy Doc (``doc._.kg`` holds the state,
    ``doc._.kg.structure`` the lists, title and sign-off lines of the text).

    ``timer(stage)``, when given, is entered around the tokenizer (``ner: tokenizer``) and each
    component (``ner: kg_places`` ...): how ``kg bench`` times the stages.
    """
    nlp = nlp or load_nlp()
    if timer is None:
        doc = nlp.make_doc(text)
    else:
        with timer("ner: tokenizer"):
            doc = nlp.make_doc(text)
    doc._.kg = DocState(text=text, articles=list(article_hint) if article_hint else [ArticleInfo(0, len(text))],
                        structure=structure or Structure())
    if timer is None:
        return nlp(doc)
    for name, proc in nlp.pipeline:
        with timer(f"ner: {name}"):
            doc = proc(doc)
    return doc
