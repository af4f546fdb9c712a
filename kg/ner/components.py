"""kg's spaCy components: each adds candidates to ``doc._.kg`` (:mod:`kg.ner.state`); ``kg_resolve``
settles their overlaps and writes the winners to ``doc.spans["kg"]``.

The factories that make them, and the pipeline's order, are in :mod:`kg.nlp`.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ..names import model_person
from .agencies import agency_finder, model_subunits, town_offices_named_in_full
from .base import Candidate
from .jurisdiction import compute_homes, dateline_places
from .people import fictional_names, listed_firm_names, people_finder
from .places import place_finder
from .programmes import programme_finder
from .propagate import propagate
from .resolve import Priority, resolve_candidates
from .state import DocState, doc_state

__all__ = ["PlacesComponent", "AgenciesComponent", "PeopleComponent", "ProgrammesComponent", "ResolveComponent",
           "StatisticalComponent", "MODEL_TYPES", "MODEL_PERSON_CONFIDENCE"]


#: CLUENER labels of the statistical model -> kg types; the others (company, organization,
#: book, game, movie, scene) stay out
MODEL_TYPES = {"name": "Person", "government": "Agency", "address": "Place", "position": "Post"}
#: the least confidence for a name from the model alone to become a Person in the graph
MODEL_PERSON_CONFIDENCE = 0.5
#: the least confidence for a name the model reads right after a role to need no boundary after it (村民余光明一家)
MODEL_ROLE_NAME_CONFIDENCE = 0.6


class _StateComponent:
    """A component that reads and writes ``doc._.kg`` (:class:`~kg.ner.state.DocState`) alone:
    :meth:`process` does its work, and ``kg ner`` runs it on states without spaCy Docs
    (:func:`kg.nlp.extract_states`)."""

    def __call__(self, doc: Doc) -> Doc:
        self.process(doc_state(doc))
        return doc

    def process(self, st: DocState) -> None:
        raise NotImplementedError

    def pipe_states(self, states: Iterable[DocState], batch_size: int = 128) -> Iterator[DocState]:
        """Each state in turn, as ``nlp.pipe`` passes Docs (not named ``pipe``: spaCy would call it)."""
        for st in states:
            self.process(st)
            yield st


class PlacesComponent(_StateComponent):
    def process(self, st: DocState) -> None:
        places = place_finder().find(st.text, [(a.start, a.end) for a in st.articles])
        places = sorted(places + dateline_places(st.text, st.articles, places), key=lambda c: c.start)
        st.candidates += places
        st.homes = compute_homes(st.text, st.articles, places, st.structure)


class AgenciesComponent(_StateComponent):
    def process(self, st: DocState) -> None:
        finder = agency_finder()
        found = finder.find(st.text, st.of_type("Place"), st.home_of)
        model = [c for c in st.candidates if c.method == "model-government"]
        found += model_subunits(st.text, found, model)
        town_offices_named_in_full(found)  # 某分局夏庄派出所…。派出所的民警: that station again
        st.candidates += found + finder.units_listed_after(st.text, found)


class PeopleComponent(_StateComponent):
    """Officials and other people; a name the model proposes with at least ``min_person_confidence``
    after a title or a role tells the rules where the name ends."""

    def __init__(self, min_person_confidence: float = MODEL_PERSON_CONFIDENCE) -> None:
        self.min_person_confidence = min_person_confidence

    def process(self, st: DocState) -> None:
        # where the model's names end: after a title or a role (院长黄飞) the name need not pass
        # model_person's boundary check, the title or role before it is the boundary
        hint_ends = {c.end for c in st.candidates if c.method == "model-name-checked"}
        role_hints = set()
        model_names = set()
        for c in st.candidates:
            if c.method == "model-name" and c.confidence >= self.min_person_confidence:
                model_names.add((c.start, c.end))
                span = model_person(st.text, c.start, c.end, boundary_before=False,
                                    open_end=c.confidence >= MODEL_ROLE_NAME_CONFIDENCE)
                if span is not None:
                    role_hints.add(span[1])
        st.candidates += people_finder().find(st.text, st.of_type("Agency"), hint_ends, st.home_of, role_hints,
                                              st.of_type("Place"), model_names)
        for a in st.articles:
            for name, s, e, role in a.reporters:
                st.candidates.append(Candidate(s, e, "Person", name, "byline", 0.9, priority=Priority.BYLINE,
                                               role=role))
        # a figure of legend or literature (传说中的阿诗玛, 孙悟空雕像) is no Person: only real people are; nor is a firm
        # listed as one (金龙鱼、周黑鸭等企业)
        people = {c.name for c in st.candidates if c.type == "Person" and not c.ner_only}
        fictional = fictional_names(st.text, people) | listed_firm_names(st.text, people) if people else set()
        if fictional:
            st.candidates = [c for c in st.candidates if c.type != "Person" or c.ner_only or c.name not in fictional]


class ProgrammesComponent(_StateComponent):
    def process(self, st: DocState) -> None:
        st.candidates += programme_finder().find(st.text, st.of_type("Agency"), st.home_of, st.structure,
                                                 [a.start for a in st.articles])


class ResolveComponent(_StateComponent):
    """Settles overlaps; with ``propagate``, every other occurrence of a name found once is a mention
    too (:mod:`kg.ner.propagate`), and the overlaps are settled again."""

    def __init__(self, propagate: bool = True) -> None:
        self.propagate = propagate

    def __call__(self, doc: Doc) -> Doc:
        st = doc_state(doc)
        self.process(st)
        doc.spans["kg"] = _token_spans(doc, st.text, st.final)
        return doc

    def process(self, st: DocState) -> None:
        """The settled mentions in ``st.final`` (the Doc's spans are left to :meth:`__call__`)."""
        first = resolve_candidates(st.text, st.candidates)
        st.final = resolve_candidates(st.text, first + propagate(st.text, first)) if self.propagate else first


def _token_spans(doc: Doc, text: str, final: list[Candidate]) -> list[Span]:
    """The candidates as spans of tokens, each token that a candidate covers in part included
    (``doc.char_span(..., alignment_mode="expand")``), labelled with the type, ``id_`` the name.

    The token of each character is found in the tokens' offsets (read once a document), not by
    char_span's own search; a candidate that begins or ends on white space goes to char_span.
    """
    idx = doc.to_array("IDX").tolist() if final else []
    spans = []
    for c in final:
        if 0 <= c.start < c.end <= len(text) and not text[c.start].isspace() and not text[c.end - 1].isspace():
            span = Span(doc, bisect_right(idx, c.start) - 1, bisect_right(idx, c.end - 1), label=c.type)
        else:
            span = doc.char_span(c.start, c.end, label=c.type, alignment_mode="expand")
        if span is not None:
            span.id_ = c.name
            spans.append(span)
    return spans


class StatisticalComponent:
    """The CRF trained on CLUENER2020 (kg/models/ner): candidates of the lowest priority.

    Its names become people when no rule says otherwise, and tell the rules where a name
    ends; its agencies, addresses and titles serve ``kg ner`` only (``ner_only``): in the
    graph, the rules name those with their canonical forms.
    """

    def __init__(self, model: str | None = None, min_person_confidence: float = MODEL_PERSON_CONFIDENCE) -> None:
        from .statistical import StatisticalNER

        self.model = StatisticalNER.load(model)  # a model directory; None: the packaged one
        self.min_person_confidence = min_person_confidence

    def __call__(self, doc: Doc) -> Doc:
        st = doc_state(doc)
        self._add(st, self.model.predict([st.text])[0])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The docs of each batch decoded together (``nlp.pipe``): the model's cost per step is
        then paid once for the batch, not once for each short text."""
        for batch in minibatch(docs, batch_size):
            for doc, _ in zip(batch, self.pipe_states([doc_state(doc) for doc in batch], len(batch))):
                yield doc

    def pipe_states(self, states: Iterable[DocState], batch_size: int = 128) -> Iterator[DocState]:
        """:meth:`pipe` on the states alone (:func:`kg.nlp.extract_states`)."""
        for batch in minibatch(states, batch_size):
            found = self.model.predict([st.text for st in batch])
            for st, spans in zip(batch, found):
                self._add(st, spans)
                yield st

    def _add(self, st: DocState, found) -> None:
        text = st.text
        for s, e, label, conf in found:
            typ = MODEL_TYPES.get(label)
            if typ is None:
                continue
            st.candidates.append(Candidate(s, e, typ, text[s:e], f"model-{label}", float(conf), priority=Priority.MODEL,
                                           label=label, ner_only=True))
            if typ == "Person" and conf >= self.min_person_confidence:
                span = model_person(text, s, e)
                if span is not None:
                    st.candidates.append(Candidate(span[0], span[1], "Person", text[span[0] : span[1]],
                                                   "model-name-checked", float(conf), priority=Priority.MODEL_NAME, label=label))
