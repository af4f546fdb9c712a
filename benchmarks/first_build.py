"""What the first build of a process pays that a second one does not: two builds of the same article files in
one process (the pipeline loaded first, as ``kg bench`` does), CPU (user + system) by table made on first use.

    python benchmarks/first_build.py [FILES]    # from the root of the checkout to measure

Each listed function is wrapped with a CPU timer that counts a call's time to it alone, not to the function
that called it (the village index's time leaves out the county tables it reads), so the differences add up;
what no listed function covers stays in the whole build's difference. Without FILES, ``kg bench``'s corpus
(``kg.corpora.make_articles``: the dev passages, 200 files) is made in a temporary folder.
"""
import sys, os, time, tempfile, functools, importlib
from pathlib import Path
from collections import defaultdict
sys.path.insert(0, os.getcwd())
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from kg.corpora import make_articles
from kg.bench import _warm_document
from kg.extraction import extract
from kg.builder import build
tmp = Path(tempfile.mkdtemp(prefix="fb-"))
corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else make_articles(tmp / "articles", Path("eval/dev-texts"), 200)
extract(_warm_document())
stack = []; spent = defaultdict(float); calls = defaultdict(int); depth = defaultdict(int)
def wrap(module, name):
    owner = importlib.import_module(module)
    if "." in name:
        cls, n = name.split("."); owner = getattr(owner, cls)
    else: n = name
    f = getattr(owner, n)
    key = f"{module.split('.')[-1]}.{name}"
    @functools.wraps(f)
    def timed(*a, **k):
        t = time.process_time()
        if stack: spent[stack[-1][0]] += t - stack[-1][1]
        stack.append([key, t])
        try: return f(*a, **k)
        finally:
            t = time.process_time()
            kk, t0 = stack.pop()
            spent[kk] += t - t0
            if stack: stack[-1][1] = t
            calls[key] += 1
    setattr(owner, n, timed)
W = [("kg.ner.places", "PlaceFinder._new_village_index"), ("kg.villages", "VillageStore._county"),
     ("kg.ner.places", "PlaceFinder._variant_index"), ("kg.ner.places", "PlaceFinder._printed_villages"),
     ("kg.ner.places", "PlaceFinder.towns_of"), ("kg.ner.places", "PlaceFinder._villages_by_name"),
     ("kg.gazetteer", "Gazetteer._resolve"), ("kg.gazetteer", "town_short_form"), ("kg.gazetteer", "Gazetteer._chain"),
     ("kg.prebuilt", "compile_pattern"), ("kg.cache", "_code_version"), ("kg.ner.base", "PhraseIndex.__init__"),
     ("kg.iri", "mint"), ("kg.ner.places", "PlaceFinder._child_tables"), ("kg.lexicon", "_LazyPattern.__getattr__"), ("kg.gazetteer","Gazetteer.lookup"), ("kg.gazetteer","Gazetteer._closeness"), ("kg.villages","VillageStore._county_lines"), ("kg.villages","VillageStore._table"), ("kg.ner.places","PlaceFinder.find"), ("kg.gazetteer","Gazetteer.resolve")]
for m, n in W:
    try: wrap(m, n)
    except Exception as e: print("skip", m, n, e)
runs = []
for i in range(2):
    spent.clear(); calls.clear()
    t0 = time.process_time()
    report = build([corpus], tmp / f"out{i}", ("json",), workers=1, cache=False)
    runs.append((time.process_time() - t0, dict(spent), dict(calls)))
docs = report.documents
print(f"listed functions: {(sum(runs[0][1].values()) - sum(runs[1][1].values())) * 1000 / docs:.3f} ms/doc of the difference")
print(f"whole build: {runs[0][0]*1000/docs:.2f} / {runs[1][0]*1000/docs:.2f} ms/doc, diff {(runs[0][0]-runs[1][0])*1000/docs:.3f}")
for k in sorted(runs[0][1], key=lambda k: -(runs[0][1][k]-runs[1][1].get(k,0))):
    a, b = runs[0][1][k], runs[1][1].get(k, 0)
    print(f"{k:45s} {a*1000:7.1f} ms ({runs[0][2][k]:6d} calls) / {b*1000:7.1f} ms ({runs[1][2].get(k,0):6d}) diff {(a-b)*1000/docs:.3f} ms/doc")
