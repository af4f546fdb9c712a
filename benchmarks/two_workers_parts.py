"""Where the CPU of the extraction goes, in one process with the pipeline loaded: reading, loading,
extraction, ``merge_input``, the results pickled and loaded again, ``GraphMerger.add``, the merge's finish.

    python benchmarks/two_workers_parts.py INPUT all          # every batch
    python benchmarks/two_workers_parts.py INPUT half 0|1     # every other batch, as one of two workers takes them

Run the two halves one after the other, then at the same time (``... half 0 & ... half 1; wait``): the
difference of their extraction CPU is what two busy processes cost each other on the machine's cores
(``benchmarks/articles-run.md``, "where the overhead went").
"""
import pickle
import sys
import time


def main() -> None:
    T = time.process_time
    t0 = T()
    from kg.engine import _batches
    from kg.graph import GraphMerger, merge_input
    from kg.ingest import UniqueIds, list_sources, read_source

    sources, _ = list_sources([sys.argv[1]])
    ids = UniqueIds()
    docs = []
    for doc_id, path, shown in sources:
        for d in read_source(doc_id, path, shown):
            docs.append((len(docs), ids.unique(d)))
    acc = {"read": T() - t0}
    t0 = T()
    from kg.resources import collector_paused, collector_relaxed

    with collector_paused(freeze=True):
        from kg.extraction import extract_many
        from kg.nlp import load_nlp

        load_nlp()
    acc["load"] = T() - t0
    for k in ("extract", "merge_input", "pickle", "unpickle", "add"):
        acc[k] = 0.0
    merger = GraphMerger()
    batches = list(_batches(docs, 10_000))
    if sys.argv[2] == "half":
        batches = batches[int(sys.argv[3])::2]
    with collector_relaxed():
        for b in batches:
            a = T(); rs = list(extract_many(d for _, d in b)); acc["extract"] += T() - a
            a = T(); mi = [(k, merge_input(r)) for (k, _), r in zip(b, rs)]; acc["merge_input"] += T() - a
            a = T(); s = pickle.dumps(mi, protocol=pickle.HIGHEST_PROTOCOL); acc["pickle"] += T() - a
            a = T(); pickle.loads(s); acc["unpickle"] += T() - a
            a = T()
            for _, m in mi:
                merger.add(m)
            acc["add"] += T() - a
    a = T(); merger.graph(); acc["finish"] = T() - a
    print({k: round(v, 3) for k, v in acc.items()})


if __name__ == "__main__":
    main()
