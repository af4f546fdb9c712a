"""The ``kg`` command line: each command resolves its arguments and calls one library function;
the group turns :class:`~kg.errors.KGError` from any of them into a one-line ``Error:`` message."""
from __future__ import annotations

import contextlib
import json
import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KGError
from .resources import collector_paused

DEFAULT_INPUT = Path(__file__).resolve().parent.parent / "seeds" / "documents"


def _default_input() -> str:
    if DEFAULT_INPUT.is_dir():
        return str(DEFAULT_INPUT)
    if Path("seeds/documents").is_dir():
        return "seeds/documents"
    raise click.ClickException("no INPUTS given and no seeds/documents folder here; name the files or folders to read")


def _defer_spacy_cli() -> None:
    """spaCy's own command line (typer, weasel, rich: 0.1-0.2 CPU s) imported only if something uses it:
    ``kg build`` and ``kg ner`` never do (:mod:`kg.deferred`)."""
    from .deferred import defer_spacy_cli

    defer_spacy_cli()


class _OneLineHandler(logging.Handler):
    """Log records as single lines on stderr: 'warning: ...'."""

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage().replace("\n", " ")
        click.echo(f"{record.levelname.lower()}: {msg}", err=True)


def _setup_logging(verbose: int, quiet: bool) -> None:
    root = logging.getLogger("kg")
    root.handlers[:] = [_OneLineHandler()]
    root.propagate = False
    root.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)


class _Group(click.Group):
    """kg's commands: a :class:`~kg.errors.KGError` from any of them ends it with one ``Error:`` line and
    exit code 1 (click's own error); Ctrl-C ends it with one line and exit code 130, as shells expect
    (click's own handling prints "Aborted!" and exits with 1, the code of skipped inputs)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg")
def cli() -> None:
    """kg turns Chinese government news into a knowledge graph.

    \b
    Examples:
      kg build                       # the bundled seeds/documents → exports/
      kg build news/ --out graph/    # a folder of your own, recursively
      cat page.txt | kg build -      # standard input
      kg validate                    # check exports/graph.ttl against the SHACL shapes
      kg query --list                # the named SPARQL queries
      kg query who-holds-posts -p agency=开平市
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and graph.json.")
@click.option("--format", "formats", default="ttl,html,json", show_default=True,
              help="Comma-separated exports to write: ttl, html, json, jsonld, graphml, csv (a folder for Neo4j).")
@click.option("--aliases", type=click.Path(dir_okay=False),
              help="Alias file of merge decisions (default: aliases.jsonl in the output folder, if present).")
@click.option("--min-support", default=1, show_default=True, type=click.IntRange(min=1),
              help="Least number of sentences (articles, with --cooccurrence article) for a co-occurrence edge.")
@click.option("--cooccurrence", type=click.Choice(["sentence", "article", "none"]), default="sentence",
              show_default=True,
              help="What makes two entities co-occur: one sentence (a list item: with what its list is about); "
                   "one article, every pair (edges grow with the square of an article's entities: a notice of "
                   "100 villages gives some 27,000); or nothing.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract documents [default: the number of cores]. Small inputs are "
                   "extracted in one process; the output is the same for any number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: this machine, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler to use, e.g. tcp://host:8786 (implies --engine dask); without it "
                   "the dask engine starts a local cluster of --workers processes.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Folder of the extraction cache [default: OUT/.kgcache].")
@click.option("--no-cache", is_flag=True, help="Extract every document and rewrite every export; keep no cache.")
@click.option("--wait", is_flag=True, help="When another build is using the output or cache folder, wait for it "
                                            "to end instead of stopping.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(),
              help="A lexicon file (JSON lines, as in seeds/lexicons) or a folder of them, used with the bundled "
                   "ones: a province's bodies, titles or programmes. Repeatable.")
@click.option("--field", "fields", multiple=True, metavar="FIELD=NAME",
              help="In JSON Lines and CSV records, the key or column that holds FIELD (text, title, date, url, "
                   "source, author), e.g. --field text=article_body; repeatable. Common names are found without it.")
@click.option("-v", "--verbose", count=True, help="More messages (-vv for debugging).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bar or summary.")
def build(inputs: tuple[str, ...], out_dir: str, formats: str, aliases: str | None, min_support: int,
          cooccurrence: str, workers: int | None, engine: str, scheduler: str | None, cache_dir: str | None,
          no_cache: bool, fields: tuple[str, ...], lexicons: tuple[str, ...], wait: bool, verbose: int,
          quiet: bool) -> None:
    """Build the knowledge graph from files, folders (recursively) or - (stdin).

    Without INPUTS, kg reads the bundled sample corpus seeds/documents. Each file is read
    by what it holds: plain text, a saved web page (its main text), a PDF with text, a Word
    .docx, or JSON Lines / CSV records (one document each). Files that cannot be read are
    reported one line each and skipped; the exit code is then 1.

    Every merge of two names into one entity is listed in OUT/merges.jsonl; to overrule
    kg, write decisions into OUT/aliases.jsonl (or --aliases FILE), one JSON object a
    line: {"same": [a, b]}, {"different": [a, b]} or {"alias": x, "of": a}.

    Documents already extracted by the same version of kg are taken from the cache, and
    exports that already hold the graph are left as they are. The exports are renamed into
    place together at the end (an export that cannot be written replaces none), and
    OUT/manifest.json names the build each export belongs to. One build at a time may use
    an output or cache folder: a second one stops, or waits with --wait.

    \b
    Examples:
      kg build
      kg build seeds/documents --out exports --format ttl,html
      kg build a.txt b.txt -q
      kg build news/ --workers 4
      kg build news/ --lexicon sichuan.jsonl
      kg build scraped.jsonl --field text=article_body --field date=pub_time
      kg build news/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    _defer_spacy_cli()
    with collector_paused(freeze=True):  # networkx and kg's modules; spaCy is imported where it is needed
        from .builder import build as run_build
        from .progress import Meter, Ticker
        from .readers import FIELDS, ReadOptions

    _setup_logging(verbose, quiet)
    named = []
    for f in fields:
        name, eq, column = f.partition("=")
        if not eq or name.strip() not in FIELDS or not column.strip():
            raise click.ClickException(f"--field {f!r}: write it as FIELD=NAME with FIELD one of {', '.join(FIELDS)}, "
                                       "e.g. --field text=article_body")
        named.append((name.strip(), column.strip()))
    fmts = tuple(f.strip() for f in formats.split(",") if f.strip())
    paths = list(inputs) or [_default_input()]
    meter = Meter()
    ticker = Ticker(meter, lambda text: click.echo(text, err=True, nl=False), tty=sys.stderr.isatty())
    with ticker if not quiet else contextlib.nullcontext():
        report = run_build(paths, out_dir, fmts, workers=workers, engine="dask" if scheduler else engine,
                           scheduler=scheduler, cache=False if no_cache else cache_dir or True, meter=meter,
                           aliases=aliases, min_support=min_support, read_options=ReadOptions(tuple(named)),
                           lexicons=lexicons, wait=None if wait else 0, cooccurrence=cooccurrence)
    for p in report.problems:
        click.echo(f"Error: {p}", err=True)
    if not quiet:
        click.echo(report.line(), err=True)
        for f, path in report.outputs.items():
            click.echo(f"{path} is up to date" if f in report.unchanged else f"wrote {path}", err=True)
    if report.problems:
        sys.exit(1)


@cli.command()
@click.argument("corpus", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--size", "size_mb", default=3.0, show_default=True, type=click.FloatRange(min=0.01),
              help="Without CORPUS: megabytes of seed copies to generate.")
@click.option("--stage-chars", default=1_000_000, show_default=True, type=click.IntRange(min=1),
              help="Characters over which each stage and jieba.posseg are timed.")
@click.option("--workers", "workers", default="1,2", show_default=True,
              help="Comma-separated worker counts of the cold builds.")
@click.option("--format", "formats", default="ttl,html,json", show_default=True,
              help="Exports to write and time.")
@click.option("--no-rebuilds", is_flag=True, help="Leave out the unchanged and one-document rebuilds.")
@click.option("--dask", is_flag=True, help="Add a cold build on a local Dask cluster of 2 workers.")
@click.option("--no-corpora", is_flag=True, help="Leave out the corpora of other shapes, the lines, start-up and the "
                                                "merge of distinct entities.")
@click.option("--corpora-only", is_flag=True, help="Only the corpora of other shapes beside the seed pages, kg ner on "
                                                  "lines, start-up and the merge of distinct entities.")
@click.option("--notices", default=30, show_default=True, type=click.IntRange(min=1),
              help="Designation notices of 100 villages to generate.")
@click.option("--merge-entities", default="10000,100000", show_default=True,
              help="Comma-separated counts of distinct entities whose merge to time (memory too).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write the results as JSON here.")
def bench(corpus: str | None, size_mb: float, stage_chars: int, workers: str, formats: str, no_rebuilds: bool,
          dask: bool, no_corpora: bool, corpora_only: bool, notices: int, merge_entities: str,
          json_path: str | None) -> None:
    """Time kg stage by stage and end to end, against jieba.posseg.

    Over CORPUS, a folder of text, or else over the bundled seeds copied to --size megabytes
    under distinct document ids. Prints Markdown tables: characters and articles per second
    for ingest, clean, NER, relations, graph merge and each exporter, and for cold builds with
    1 and 2 workers, an unchanged rebuild and a rebuild with one document added, with peak
    memory. Then, beside the seed pages, corpora of other shapes: designation notices (lines of
    villages, a sign-off body, a date), one long report without line breaks and one line of
    place names, article-sized files (one passage a file, and ten a file: what a document costs
    beyond its text): characters and mentions per CPU-second, ms a document, × jieba.cut,
    graph.ttl bytes per input byte, co-occurrence edges per mention. Then kg ner on short lines,
    the start-up of kg ner and kg build against importing spaCy, and the merge of distinct
    entities (CPU and peak memory). Needs the bench extra for the baseline: pip install 'kg[bench]'.

    \b
    Examples:
      kg bench
      kg bench --size 100 --stage-chars 2000000 --json bench.json
      kg bench news/ --workers 1,2,4
      kg bench --corpora-only
    """
    from .bench import format_corpora, format_others, format_table, run_bench, run_others

    echo = lambda line: click.echo(f"… {line}", err=True)  # noqa: E731
    try:
        merges = tuple(int(n) for n in merge_entities.split(",") if n.strip())
    except ValueError:
        raise click.BadParameter(f"{merge_entities!r} is not a list of numbers", param_hint="--merge-entities") from None
    if corpora_only:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            others = run_others(work, notices=notices, merge_entities=merges, echo=echo)
        click.echo(format_corpora(others["corpora"]) + "\n\n" + format_others(others["lines"], others["startup"],
                                                                           others["merges"], others["article_workers"]))
        if json_path:
            Path(json_path).write_text(json.dumps(others, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    try:
        counts = tuple(int(w) for w in workers.split(",") if w.strip())
    except ValueError:
        raise click.BadParameter(f"{workers!r} is not a list of numbers", param_hint="--workers") from None
    fmts = tuple(f.strip() for f in formats.split(",") if f.strip())
    result = run_bench(corpus, size_mb=size_mb, stage_chars=stage_chars, workers=counts, formats=fmts,
                       rebuilds=not no_rebuilds, dask=dask, corpora=not no_corpora, notices=notices,
                       merge_entities=merges, echo=echo)
    click.echo(format_table(result))
    if json_path:
        Path(json_path).write_text(result.to_json() + "\n", encoding="utf-8")


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--no-model", is_flag=True, help="Rules and gazetteers only, without the statistical model.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(),
              help="A lexicon file or folder used with the bundled ones (as for kg build). Repeatable.")
def ner(inputs: tuple[str, ...], no_model: bool, lexicons: tuple[str, ...]) -> None:
    """Run the NER stage alone: one JSON object per input line.

    Each line of each input (files, or - for stdin) is one text. For each, kg prints
    {"text", "mentions": [{"start", "end", "text", "type", "canonical", "confidence",
    "method"}]} with offsets into that line; types are Official, Person, Agency, Place,
    Programme and Post (titles). Inputs are read and decoded as kg build reads them (UTF-8,
    GB18030, UTF-16; web pages, PDFs, Word files and records by their text); one it cannot
    use is reported and skipped, and the exit code is then 1.

    \b
    Examples:
      echo 开平市委书记陈小曼出席会议。 | kg ner -
      kg ner sentences.txt > mentions.jsonl
      kg ner --lexicon sichuan.jsonl sentences.txt
    """
    import json

    _defer_spacy_cli()
    with collector_paused(freeze=True):  # spaCy and kg's modules
        from .ingest import Problem, read_source
        from .lexicon import use_lexicons
        from .deferred import attach_spacy_cli
        from .ner.api import ner_texts
        from .nlp import load_nlp

        attach_spacy_cli()

    use_lexicons(lexicons)
    nlp = None
    skipped = False
    for path in inputs or ("-",):
        got = read_source("stdin", None, "-") if path == "-" else read_source(path, Path(path), path)
        if isinstance(got, Problem):
            click.echo(f"Error: {got}", err=True)
            skipped = True
            continue
        nlp = nlp or load_nlp(statistical=not no_model)
        for doc in got:  # one, or one per record of a records file
            text = doc.text.replace("\r\n", "\n").replace("\r", "\n")
            for found in ner_texts(text.removesuffix("\n").split("\n"), nlp):
                click.echo(json.dumps(found, ensure_ascii=False))
    if skipped:
        sys.exit(1)


@cli.command(name="eval")
@click.option("--graph", "graph_path", type=click.Path(dir_okay=False), default="exports/graph.ttl", show_default=True,
              help="The graph to score (Turtle).")
@click.option("--gold", "gold_path", type=click.Path(dir_okay=False), help="Gold file (JSON lines, one document each).")
@click.option("--cluener", "cluener_path", type=click.Path(dir_okay=False),
              help="Score span-level NER on a CLUENER-format file instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List the false positives, duplicates and misses.")
def evaluate(graph_path: str, gold_path: str | None, cluener_path: str | None, as_json: bool, show_errors: bool) -> None:
    """Score a build against a gold file, or the NER stage on CLUENER data.

    Graph scores use the matching rules of the gold guidelines (labels and aliases after
    NFKC, duplicates count as false positives, optional items are neutral). CLUENER scores
    map government → Agency, name → Person/Official, address → Place, position → Post.

    \b
    Examples:
      kg eval --gold eval/seeds.jsonl
      kg eval --gold eval/seeds.jsonl --errors   # and list what it got wrong
      kg eval --cluener cluener_public/dev.json
    """
    import json

    from .evaluate import format_table, score_cluener, score_graph

    if not gold_path and not cluener_path:
        raise click.ClickException("give --gold FILE to score a graph or --cluener FILE to score NER")
    errors: list | None = [] if show_errors and not cluener_path else None
    scores = score_cluener(cluener_path) if cluener_path else score_graph(graph_path, gold_path, errors)
    if as_json:
        if errors is not None:
            scores = {**scores, "errors": [{"kind": k, "what": w, "item": i} for k, w, i in errors]}
        click.echo(json.dumps(scores, indent=1, ensure_ascii=False))
        return
    click.echo(format_table(scores))
    for kind, what, item in errors or ():
        click.echo(f"{kind:10}{what:18}{item}")


@cli.group()
def train() -> None:
    """Train kg's models from open data (reproducible: fixed seed).

    \b
    Examples:
      kg train ner --data ../shared/data/cluener2020 --out kg/models/ner
      kg train pkuseg --data ../shared/data --out kg/models/pkuseg
    """


@train.command(name="ner")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="Folder holding CLUENER2020's train.json and dev.json.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Where to write the model.")
@click.option("--seed", default=0, show_default=True, help="Random seed.")
@click.option("--epochs", default=None, type=int, help="Training epochs (default: the committed model's).")
def train_ner_cmd(data_dir: str, out_dir: str, seed: int, epochs: int | None) -> None:
    """Train the statistical NER (a CRF) on CLUENER2020; prints dev span F1 per label.

    The same data, seed and kg version give a byte-identical model.npz.
    """
    from .train.ner import train

    metrics = train(data_dir, out_dir, seed=seed, **({"epochs": epochs} if epochs else {}))
    for label, m in sorted(metrics.get("dev", {}).items()):
        click.echo(f"{label}: F1 {m['f1']:.4f}")


@train.command(name="pkuseg")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="Folder holding ud-chinese-gsdsimp, ud-chinese-pud and ud-chinese-cfl.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Where to write the model.")
@click.option("--seed", default=0, show_default=True, help="Random seed.")
@click.option("--iter", "train_iter", default=20, show_default=True, help="Training epochs.")
def train_pkuseg_cmd(data_dir: str, out_dir: str, seed: int, train_iter: int) -> None:
    """Train the pkuseg word segmenter on the UD Chinese treebanks; prints held-out word F1."""
    from .train.segment import train_pkuseg

    report = train_pkuseg(data_dir, out_dir, seed=seed, train_iter=train_iter)
    for part, score in report.scores.items():
        click.echo(f"{part}: word F1 {score.f1:.4f}")


@cli.group()
def data() -> None:
    """Rebuild kg's data files from the shared open data (offline tooling; deterministic).

    \b
    Examples:
      kg data gazetteer ../shared/data
      kg data villages ../shared/data
      kg data corps ../shared/data
      kg data ner-lexicons --data ../shared/data
    """


@data.command(name="gazetteer")
@click.argument("source_dir", type=click.Path(file_okay=False))
@click.option("-o", "--out", default=None, type=click.Path(dir_okay=False),
              help="Output file (default: kg/data/divisions.tsv.gz).")
@click.option("-v", "--verbose", is_flag=True, help="List the townships linked only to their county.")
def data_gazetteer_cmd(source_dir: str, out: str | None, verbose: bool) -> None:
    """Rebuild the gazetteer (kg/data/divisions.tsv.gz) from SOURCE_DIR.

    SOURCE_DIR holds china-admin-divisions-mca2025/ and china-admin-divisions-modood/.
    """
    from .data_build.gazetteer import build as build_gazetteer

    report = build_gazetteer(source_dir, out)
    click.echo(f"{report.path}: {report.size:,} bytes, sha256 {report.sha256[:16]}")
    click.echo("divisions: " + ", ".join(f"{lv} {n:,}" for lv, n in report.levels))
    click.echo(f"villages: {report.villages_read:,} read, {report.villages_pseudo:,} pseudo or unnamed units left out; "
               "linked by " + ", ".join(f"{m} {n:,}" for m, n in report.village_links))
    click.echo(f"{len(report.unlinked_townships)} NBS townships not linked to an MCA township")
    if verbose and report.unlinked_townships:
        click.echo("\n".join(report.unlinked_townships))


@data.command(name="villages")
@click.argument("source_dir", type=click.Path(file_okay=False))
@click.option("-o", "--out", default=None, type=click.Path(dir_okay=False),
              help="Output file (default: kg/data/villages.zip).")
def data_villages_cmd(source_dir: str, out: str | None) -> None:
    """Rebuild the village store of every other province (kg/data/villages.zip) from SOURCE_DIR.

    SOURCE_DIR holds china-admin-divisions-mca2025/ and china-admin-divisions-modood/.
    """
    from .data_build.villages import build_store

    path, n, size, digest = build_store(source_dir, out)
    click.echo(f"{path}: {n:,} villages and communities, {size:,} bytes, sha256 {digest[:16]}")


@data.command(name="corps")
@click.argument("source_dir", type=click.Path(file_okay=False))
@click.option("-o", "--out", default=None, type=click.Path(dir_okay=False),
              help="Output file (default: kg/data/corps_regiments.jsonl).")
def data_corps_cmd(source_dir: str, out: str | None) -> None:
    """Rebuild the Corps' regiments and their divisions (kg/data/corps_regiments.jsonl) from SOURCE_DIR.

    SOURCE_DIR holds china-admin-divisions-modood/.
    """
    from .data_build.corps import build_regiments

    report = build_regiments(source_dir, out)
    click.echo(f"{report.path}: {len(report.regiments)} regiments, sha256 {report.sha256[:16]}")
    click.echo("by division: " + ", ".join(f"{d} {n}" for d, n in report.by_division))
    click.echo(f"left out: {len(report.undivided)} named with no division, {len(report.ambiguous)} with two"
               + (f" ({', '.join(report.ambiguous)})" if report.ambiguous else ""))


@data.command(name="ner-lexicons")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="Folder holding the open data sets (shared/data).")
@click.option("--out", default=None, type=click.Path(file_okay=False),
              help="Where to write the lexicon files (default: kg/ner/data).")
def data_ner_lexicons_cmd(data_dir: str, out: str | None) -> None:
    """Rebuild the statistical NER's lexicons (kg/ner/data) from the open data."""
    from .data_build.ner_lexicons import DATA_DIR, LEXICON_FILES, build_lexicons, write_lexicons

    out = out or str(DATA_DIR)
    try:
        lexicons = build_lexicons(data_dir)
        write_lexicons(lexicons, out)
    except (KGError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    for name, entries in lexicons.items():
        click.echo(f"{name}: {len(entries)} entries -> {Path(out) / LEXICON_FILES[name]}")


@cli.command()
@click.argument("graph", default="exports/graph.ttl", type=click.Path(dir_okay=True))
@click.option("--shapes", type=click.Path(), default=None, help="SHACL shapes to use instead of kg's ontology/shapes.ttl.")
@click.option("--allow-warnings", is_flag=True,
              help="Accept results of severity sh:Warning or sh:Info (violations still fail).")
@click.option("-q", "--quiet", is_flag=True, help="Only the violations; no warnings or summary.")
def validate(graph: str, shapes: str | None, allow_warnings: bool, quiet: bool) -> None:
    """Check a graph (default exports/graph.ttl) against the SHACL shapes of kg's ontology.

    Prints one line per problem (severity, the node's label and IRI, the property, the
    message) and a summary. The verdict is SHACL's (pySHACL's Conforms): any result fails
    the graph and exits with 1; --allow-warnings accepts warnings and infos.

    \b
    Examples:
      kg validate
      kg validate other/graph.ttl --shapes mine.ttl --allow-warnings
    """
    from .validate import validate as run_validate

    report = run_validate(graph, shapes, allow_warnings=allow_warnings)
    for p in report.problems:
        if p.severity == "violation" or not quiet:
            click.echo(p.line())
    if not quiet:
        click.echo(f"{graph}: {report.summary()}", err=True)
    if not report.conforms:
        sys.exit(1)


@cli.command()
@click.argument("graph", default="exports/graph.ttl", type=click.Path(dir_okay=True))
@click.option("--store", "store", type=click.Path(file_okay=False),
              help="Folder of the persistent Oxigraph store [default: .kgstore beside the graph].")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates at /update (changes last until the graph file changes).")
@click.option("--timeout", default=60, show_default=True, type=click.FloatRange(0),
              help="Stop a query after this many seconds (0: no limit).")
@click.option("--allow-service", is_flag=True,
              help="Let clients' queries call other SPARQL endpoints (SERVICE); refused without it.")
def serve(graph: str, store: str | None, port: int, host: str, writable: bool, timeout: float,
          allow_service: bool) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (Oxigraph) at http://HOST:PORT/query.

    The graph (default exports/graph.ttl) is loaded into a persistent store once per version
    of the file; when `kg build` writes a new one, the store is updated and the endpoint
    restarted on the same port. Read-only unless --writable. Like kg query, the endpoint
    is offline: a query or update that calls another endpoint (SERVICE) gets a 403 unless
    --allow-service, and a query is stopped after --timeout seconds. Ctrl-C stops it.

    \b
    Examples:
      kg serve
      kg serve other/graph.ttl --port 8000 --store /tmp/kgstore
      curl http://127.0.0.1:7878/query --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    import signal

    from .serve import serve as run_serve

    def interrupted(signum, frame):  # Ctrl-C (even where a shell ignores it for background jobs) and SIGTERM
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupted)
    store_dir = Path(store) if store else Path(graph).parent / ".kgstore"
    try:
        run_serve(graph, store_dir, host=host, port=port, writable=writable, allow_service=allow_service,
                  timeout=timeout or None, say=lambda m: click.echo(m, err=True))
    except KeyboardInterrupt:
        click.echo("kg serve: stopped", err=True)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        name, eq, value = v.partition("=")
        if not eq or not name.strip():
            raise click.ClickException(f"--param {v!r}: write it as NAME=VALUE, e.g. --param agency=开平市")
        out[name.strip()] = value
    return out


@cli.command()
@click.argument("query", required=False)
@click.option("--graph", "graph", default="exports/graph.ttl", show_default=True, type=click.Path(),
              help="The Turtle file to query.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A value for a query parameter (param:NAME() in the query); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output: an aligned table (long cells clipped), CSV or JSON (full values).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--timeout", default=60.0,  # kg.query.DEFAULT_TIMEOUT (not imported here: kg --help stays fast) show_default=True, type=click.FloatRange(min=0),
              help="Seconds the query may run once the graph is loaded; 0 for no limit.")
@click.option("--allow-service", is_flag=True,
              help="Let the query call other SPARQL endpoints (SERVICE): kg query is offline without it.")
def query(query: str | None, graph: str, params: tuple[str, ...], fmt: str, list_: bool, timeout: float,
          allow_service: bool) -> None:
    """Run SPARQL over the graph: a named query, a .rq file or the query text.

    The prefixes kg:, id:, rdf:, rdfs:, xsd:, skos:, prov:, dct:, org:, schema: and
    param: are predeclared. A parameter given with --param NAME=VALUE reaches the query
    as param:NAME() (a literal, never pasted into the text).

    A query runs offline: one that calls another endpoint (SERVICE) is refused unless
    --allow-service is given. It is stopped after --timeout seconds, or by Ctrl-C.

    \b
    Examples:
      kg query --list
      kg query who-holds-posts --param agency=开平市
      kg query changes -p from=2024-03-01 -p to=2024-03-31 --format csv
      kg query my-query.rq
      kg query 'SELECT ?name WHERE { ?p a kg:Official ; rdfs:label ?name }'
    """
    from .query import format_result, named_queries, query_graph, resolve

    if list_:
        for name, q in named_queries().items():
            click.echo(f"{name}: {q.description}")
            for p in q.params:
                kind = " (date)" if p.type == "date" else ""
                click.echo(f"    --param {p.name}=…{kind}  {p.help}")
        return
    if not query:
        raise click.ClickException("name a query, a .rq file or SPARQL text; `kg query --list` shows the named queries")
    q = resolve(query)
    values = _params(params)
    result = query_graph(graph, q, values, timeout=timeout or None, allow_service=allow_service)
    click.echo(format_result(result, fmt))


def main() -> None:  # pragma: no cover - console entry point
    cli()
