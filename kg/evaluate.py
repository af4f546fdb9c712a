"""Scoring: a built graph against a gold file, and span-level NER against CLUENER-format data.

Graph scoring follows the matching rules of the project's gold guidelines: an entity matches
a gold entity of its type when one of its labels equals the gold name, an alias or a mention
after NFKC normalisation and removal of spaces and quote marks; a name shared by two gold
entities of one type identifies neither; agencies and places, when no name matches exactly,
also match without a leading 中共 and the jurisdictions printed before their innermost place
(中共成武县九女集镇委员会 = 中共九女集镇委员会); a node's rdfs:label / skos:prefLabel decides before
its altLabels; a second node for an already matched entity is a false positive; optional
gold items neither reward nor penalise; context-only forms (市委) are never matched.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from .errors import InputError
from .jsonlines import iter_jsonl

__all__ = ["score_graph", "score_cluener", "format_table", "TYPES", "RELS", "CLUENER_MAP"]

TYPES = ("Official", "Person", "Agency", "Place", "Programme")
RELS = ("holdsPost", "partOf", "locatedIn", "subOrganizationOf", "implements", "participatesIn")
_LABELS = {"label", "prefLabel", "altLabel", "hiddenLabel"}
_STRIP = re.compile(r"[\s\u3000“”\"'‘’《》〈〉「」『』【】]")
#: CLUENER label -> the kg types that count for it
CLUENER_MAP = {"government": {"Agency"}, "name": {"Person", "Official"}, "address": {"Place"}, "position": {"Post"}}


#: one place name at the start of a name, by the gold guidelines' rule: a province down to a town
#: or street, a village or community only before its own body
_LEADING_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,7}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|镇|乡|街道"
    r"|村(?=(?:党?总?支部|村民委员会|民委员会|委员会|党委))|社区(?=(?:党|居民委员会|居委会)))(?![省市州县区旗镇乡])")
#: the types whose names may carry enclosing jurisdictions
_JURISDICTION_TYPES = ("Agency", "Place")


def _core(name: str) -> str:
    """A normalised name without a leading 中共 and without the places printed before its innermost one.

    >>> _core("中共成武县九女集镇委员会"), _core("宜宾市兴文县人民政府")
    ('九女集镇委员会', '兴文县人民政府')
    """
    name = name[2:] if name.startswith("中共") else name
    while (m := _LEADING_PLACE.match(name)) and _LEADING_PLACE.match(name, m.end()):
        name = name[m.end():]
    return name


def _norm(s: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", s or ""))


def _local(iri) -> str:
    return re.split(r"[#/:]", str(iri))[-1]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _read_graph(path: Path):
    import rdflib

    g = rdflib.Graph()
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise InputError(f"{path}: no such graph file; run kg build first") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(f"{path}: not valid Turtle ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") from None
    types, labels, prefs, rels = defaultdict(set), defaultdict(set), defaultdict(set), set()
    for s, p, o in g:
        lp = _local(p)
        if lp == "type" and isinstance(o, rdflib.URIRef):
            types[s].add(_local(o))
        elif lp in _LABELS and isinstance(o, rdflib.Literal):
            labels[s].add(_norm(str(o)))
            if lp in ("label", "prefLabel"):
                prefs[s].add(_norm(str(o)))
        elif lp in RELS and isinstance(o, (rdflib.URIRef, rdflib.BNode)):
            rels.add((s, lp, o))
    ents = {}
    for node, ts in types.items():
        t = next((t for t in TYPES if t in ts), None)
        if t and labels.get(node):
            ents[node] = (t, prefs.get(node, set()), labels[node])
    return ents, rels


def _read_gold(path: Path):
    try:
        return _gold(path)
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a gold file ({type(exc).__name__}: {exc}); see the gold guidelines") from None


def _gold(path: Path):
    ents: dict[tuple[str, str], dict] = {}
    rels: dict[tuple, bool] = {}
    for n, doc in iter_jsonl(path, "gold", "each line is one document: {\"doc\", \"entities\", \"relations\"}"):
        entities, relations = doc.get("entities"), doc.get("relations", [])
        if not isinstance(entities, list) or not isinstance(relations, list):
            raise InputError(f"{path}:{n}: not a gold document (entities and relations must be lists); "
                             "see the gold guidelines")
        local: dict[str, tuple[str, str]] = {}
        for e in entities:
            if e.get("type") not in TYPES:
                continue
            key = (e["type"], _norm(e["name"]))
            names = {_norm(e["name"])} | {_norm(a) for a in e.get("aliases", []) + e.get("mentions", [])}
            rec = ents.setdefault(key, {"names": set(), "optional": True})
            rec["names"] |= names
            rec["optional"] = rec["optional"] and bool(e.get("optional"))
            for x in names:
                local.setdefault(x, key)
        for r in relations:
            if r.get("p") not in RELS:
                continue
            sk, ok = local.get(_norm(r["s"])), local.get(_norm(r["o"]))
            if sk and ok:
                k = (sk, r["p"], ok)
                rels[k] = rels.get(k, True) and bool(r.get("optional"))
    return ents, rels


def score_graph(graph_path: str | Path, gold_path: str | Path, errors: list | None = None) -> dict:
    """P/R/F1 per entity type, per relation property, and micro over each group.

    ``errors``, when given, receives one ``(kind, type or property, item)`` per false positive
    (``"fp"``, ``"duplicate"``) and false negative (``"fn"``), sorted.
    """
    errs: list[tuple[str, str, str]] = []

    def name_of(node) -> str:
        prefs, labels = sys_ents[node][1], sys_ents[node][2]
        return sorted(prefs or labels)[0]

    def gold_name(key) -> str:
        return key[1] if key else "?"
    sys_ents, sys_rels = _read_graph(Path(graph_path))
    gold_ents, gold_rels = _read_gold(Path(gold_path))
    owners = defaultdict(set)
    for key, rec in gold_ents.items():
        for n in rec["names"]:
            owners[(key[0], n)].add(key)
    unique = defaultdict(dict)
    for (t, n), keys in owners.items():
        if len(keys) == 1:
            unique[t][n] = next(iter(keys))
    core_owners = defaultdict(set)
    for key, rec in gold_ents.items():
        if key[0] in _JURISDICTION_TYPES:
            for n in rec["names"]:
                core_owners[(key[0], _core(n))].add(key)
    unique_cores = defaultdict(dict)
    for (t, n), keys in core_owners.items():
        if len(keys) == 1:
            unique_cores[t][n] = next(iter(keys))
    node_gold = {}
    out: dict[str, dict] = {}
    total = [0, 0, 0]
    for t in TYPES:
        tp = fp = 0
        found = set()
        for node, (nt, prefs, labels) in sorted(sys_ents.items(), key=lambda kv: str(kv[0])):
            if nt != t:
                continue
            names = unique[t]
            keys = {names[l] for l in prefs if l in names} or {names[l] for l in labels if l in names}
            if not keys and t in _JURISDICTION_TYPES:  # the last resort: names without enclosing places
                cores = unique_cores[t]
                keys = {cores[_core(l)] for l in prefs if _core(l) in cores} or \
                    {cores[_core(l)] for l in labels if _core(l) in cores}
            if not keys:
                fp += 1
                errs.append(("fp", t, name_of(node)))
                continue
            key = sorted(keys)[0]
            node_gold[node] = key
            if gold_ents[key]["optional"]:
                continue
            if key in found:
                fp += 1
                errs.append(("duplicate", t, name_of(node)))
            else:
                found.add(key)
                tp += 1
        missed = [k for k, rec in gold_ents.items() if k[0] == t and not rec["optional"] and k not in found]
        errs.extend(("fn", t, k[1]) for k in missed)
        fn = len(missed)
        out[t] = _prf(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    out["entities"] = _prf(*total)
    rtotal = [0, 0, 0]
    for p in RELS:
        got = {}
        for s, rp, o in sorted(sys_rels, key=lambda r: tuple(map(str, r))):  # the same pair shown on every run
            if rp == p:
                got.setdefault((node_gold.get(s), p, node_gold.get(o)), (s, o))
        tp = sum(1 for k in got if k in gold_rels and not gold_rels[k])
        fp = sum(1 for k in got if k not in gold_rels)
        fn = sum(1 for k, opt in gold_rels.items() if k[1] == p and not opt and k not in got)
        errs.extend(("fp", p, f"{name_of(so[0])} → {name_of(so[1])}") for k, so in got.items() if k not in gold_rels)
        errs.extend(("fn", p, f"{gold_name(k[0])} → {gold_name(k[2])}") for k, opt in gold_rels.items()
                    if k[1] == p and not opt and k not in got)
        if tp + fp + fn:
            out[p] = _prf(tp, fp, fn)
        rtotal = [rtotal[0] + tp, rtotal[1] + fp, rtotal[2] + fn]
    out["relations"] = _prf(*rtotal)
    if errors is not None:
        errors.extend(sorted(errs))
    return out


def score_cluener(path: str | Path, nlp=None, predictions: list[dict] | None = None) -> dict:
    """Span P/R/F1 of ``kg ner`` on a CLUENER-format file (end offsets there are inclusive)."""
    from .ner.api import ner_texts

    rows = [row for _, row in iter_jsonl(path, "CLUENER", 'each line is {"text", "label"}')]
    # the texts in batches, as kg ner takes lines: each gets what it gets alone
    preds = predictions if predictions is not None else list(ner_texts([r["text"] for r in rows], nlp))
    out = {}
    total = [0, 0, 0]
    for label, types in CLUENER_MAP.items():
        tp = fp = fn = 0
        for g, p in zip(rows, preds):
            gs = {(s, e + 1) for spans in g.get("label", {}).get(label, {}).values() for s, e in spans}
            ps = {(m["start"], m["end"]) for m in p["mentions"] if m["type"] in types}
            tp, fp, fn = tp + len(gs & ps), fp + len(ps - gs), fn + len(gs - ps)
        out[label] = _prf(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    out["micro"] = _prf(*total)
    return out


def format_table(scores: dict) -> str:
    lines = [f"{'':18}{'P':>6}{'R':>6}{'F1':>6}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for k, v in scores.items():
        lines.append(f"{k:18}{v['precision']:6.2f}{v['recall']:6.2f}{v['f1']:6.2f}{v['tp']:6}{v['fp']:6}{v['fn']:6}")
    return "\n".join(lines)
