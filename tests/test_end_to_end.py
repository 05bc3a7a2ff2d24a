"""End to end, as a researcher runs it: the CLI on real files, `dvc repro` in a copy of the
project, byte-identical reruns, the annotation cache, interrupted runs and clear errors."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.evaluate.gold import sample
from pipeline.evaluate.score import score
from pipeline.ingest.stage import ingest
from pipeline.nlp.annotate import annotate
from pipeline.params import Params

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SEED = RAW / "000_c925a0e807458d19.txt"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"


def cli(*args, cwd=ROOT, timeout=600):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = cli("run", str(RAW), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out, result


def test_run_writes_the_datasets(sample_run):
    out, result = sample_run
    for name in ("articles", "events", "rejects"):
        assert (out / f"{name}.parquet").exists()
    assert "read 14 records, accepted 14, rejected 0, de-duplicated 0" in result.stdout
    assert (out / "exports" / "events_acled.csv").read_text().startswith("event_id,event_date,year,time_precision")


def test_sample_articles_give_their_gold_events(sample_run):
    out, _ = sample_run
    events = pq.read_table(out / "events.parquet").to_pylist()
    ids = pq.read_table(out / "articles.parquet", columns=["article_id"]).column(0).to_pylist()
    metrics, _ = score(sample(ROOT / "data" / "gold" / "sample_gold.jsonl"), events, ids, 25)
    assert metrics["detection_recall"] == 1.0 and metrics["precision"] == 1.0
    for field in ("event_type", "sub_event_type", "event_date", "fatalities", "country"):
        assert metrics[f"{field}_accuracy"] == 1.0, field
    assert not {"fr-006", "en-004"} & {a for e in events for a in e["article_ids"]}   # football, central bank


def test_every_field_has_evidence_pointing_at_the_article(sample_run):
    out, _ = sample_run
    texts = {a["article_id"]: a["text"] for a in pq.read_table(out / "articles.parquet").to_pylist()}
    for event in pq.read_table(out / "events.parquet").to_pylist():
        fields = {e["field"] for e in event["evidence"]}
        assert {"sub_event_type", "location"} <= fields
        for e in event["evidence"]:
            assert texts[e["article_id"]][e["start"]:e["end"]] == e["text"]


def test_the_seed_article_gives_its_gold_record(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    (inputs / SEED.with_suffix(".json").name).write_text(json.dumps({"language": "fr"}))
    assert cli("run", str(inputs), "--out", str(tmp_path / "out")).returncode == 0
    [event] = pq.read_table(tmp_path / "out" / "events.parquet").to_pylist()
    expected = {"event_date": "2024-09-10", "time_precision": 1, "disorder_type": "Political violence",
                "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
                "actor1": "Unidentified Armed Group (Iraq)", "inter1": "Political militia", "country": "Iraq", "iso": 368,
                "admin1": "Baghdad", "weapon": "rocket", "fatalities": 0}
    assert {k: str(event[k]) if k == "event_date" else event[k] for k in expected} == expected
    assert event["location"] in ("Baghdad International Airport", "Baghdad")
    if SEED_GOLD.exists():   # the shared gold record, when this checkout has it beside it
        gold = json.loads(SEED_GOLD.read_text())["events"][0]
        assert all(str(event[k]) == str(gold[k]) for k in expected)


def test_same_inputs_give_identical_bytes(sample_run, tmp_path):
    out, _ = sample_run
    assert cli("run", str(RAW), "--out", str(tmp_path)).returncode == 0
    for name in ("articles.parquet", "rejects.parquet", "events.parquet", "interim/annotations.parquet",
                 "interim/mentions_resolved.parquet", "exports/events_acled.csv"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_adding_articles_parses_only_the_new_ones(run_records, tmp_path):
    records = [{"id": f"a{i}", "language": "en", "text": f"Gunmen killed {i + 2} villagers in Koro, Mali, on Thursday."} for i in range(3)]
    layout = run_records(records[:2])
    (tmp_path / "input.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    ingest([str(tmp_path / "input.jsonl")], Params().ingest, layout.articles, layout.rejects)
    stats = annotate(layout.articles, layout.annotations, layout.annotate_failures, Params().annotate, log=lambda line: None)
    assert (stats.parsed, stats.reused) == (1, 2)


def test_dvc_repro_builds_and_then_does_nothing(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pipeline", "schemas", "data/raw", "data/gold"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "dvc.yaml", project / "dvc.yaml")
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["evaluate"]["gold"] = {"sample": "data/gold/sample_gold.jsonl"}   # dev sets are not part of this test
    (project / "params.yaml").write_text(yaml.safe_dump(params))
    env = {**os.environ, "PYTHONPATH": str(project)}
    run = lambda *a: subprocess.run(["dvc", *a], cwd=project, capture_output=True, text=True, env=env, timeout=900)  # noqa: E731
    assert run("init", "--no-scm", "-q").returncode == 0
    first = run("repro")
    assert first.returncode == 0, first.stdout + first.stderr
    assert (project / "data" / "events.parquet").exists()
    metrics = json.loads((project / "metrics" / "eval.json").read_text())
    assert metrics["sample"]["detection_recall"] == 1.0 and "skipped" in metrics["acled_dev"]
    second = run("repro")
    assert second.returncode == 0 and "Running stage" not in second.stdout
    with open(project / "pipeline" / "resources" / "en" / "triggers.yaml", "a") as f:
        f.write("# a researcher's edit\n")
    third = run("repro")
    assert "Running stage 'extract'" in third.stdout and "Running stage 'annotate'" not in third.stdout


def test_killed_run_leaves_no_truncated_file_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    base = "Des hommes armés ont attaqué un poste de police à Niamey, au Niger, dans la nuit de samedi à dimanche."
    corpus.write_text("".join(json.dumps({"id": f"k{i}", "language": "fr", "text": f"{base} Bilan numéro {i}. " * 20}) + "\n" for i in range(400)))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not (out / "articles.parquet").exists():
        time.sleep(0.05)
    time.sleep(1.0)   # now inside the annotate stage
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for path in out.rglob("*.parquet"):
        pq.read_table(path)   # complete files only: a truncated one would not open
    assert not (out / "events.parquet").exists()
    assert cli("run", str(corpus), "--out", str(out)).returncode == 0
    assert pq.read_table(out / "articles.parquet").num_rows == 400
    assert not list(out.rglob("*.tmp"))


@pytest.mark.parametrize("args,params,message", [
    (["run", "does/not/exist", "--out", "{tmp}/o"], None, "input path not found"),
    (["run", str(RAW), "--out", "{tmp}/file/o"], None, "cannot write"),
    (["run", str(RAW), "--out", "{tmp}/o"], {"annotate": {"batch_size": "many"}}, "annotate.batch_size"),
    (["run", str(RAW), "--out", "{tmp}/o"], {"ingest": {"inptus": ["x"]}}, "unknown key"),
    (["run", str(RAW), "--out", "{tmp}/o"], {"annotate": {"backends": {"fr": {"backend": "spacy", "model": "xx_missing_model"}, "en": {"backend": "spacy", "model": "en_core_web_sm"}}}}, "pip install"),
    (["run", str(RAW), "--out", "{tmp}/o"], {"annotate": {"stanza_dir": "{tmp}/none", "backends": {"fr": {"backend": "stanza", "model": "default"}, "en": {"backend": "stanza", "model": "default"}}}}, "models download --backend stanza"),
])
def test_user_errors_are_one_line_and_non_zero(tmp_path, args, params, message):
    (tmp_path / "file").write_text("not a folder")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if params is not None:
        text = json.dumps(params).replace("{tmp}", str(tmp_path))
        (tmp_path / "params.yaml").write_text(text)
        argv = ["--params", str(tmp_path / "params.yaml"), *argv]
    result = cli(*argv)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], result.stderr


def test_models_list_shows_each_backend():
    result = cli("models", "list")
    assert result.returncode == 0
    assert "spacy: " in result.stdout and "fr_core_news_md" in result.stdout and "stanza: " in result.stdout


def test_a_word_matched_by_its_lemma_and_by_its_form_gives_the_same_value_whatever_the_hash_seed():
    """Python salts string hashes per process: a matcher that iterated a set of keys gave
    different triggers from one run to the next when a word's lemma and form mean different things."""
    code = ("from pipeline.extract.lexicon import PhraseMatcher\n"
            "from pipeline.nlp.doc import Doc, Token\n"
            "tok = Token(0, 0, 0, 3, 'tué', 'tuer', 'VERB', '', 0, 'ROOT')\n"
            "doc = Doc('x', 'tué', [tok])\n"
            "print(PhraseMatcher([('tuer', 'lemma'), ('tué', 'form')]).find(doc, doc.tokens)[0].value)\n")
    values = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(8)}
    assert values == {"lemma"}


def test_a_copy_of_an_article_is_listed_among_the_event_sources(run_records):
    text = "On Thursday, gunmen killed three traders near Djibo, Burkina Faso."
    layout = run_records([{"id": "wire", "language": "en", "published": "2024-03-15", "text": text},
                          {"id": "paper", "language": "en", "published": "2024-03-15", "text": text},   # the same report, reprinted
                          {"id": "later", "language": "en", "published": "2024-03-22", "text": text}])  # another Thursday: another event
    events = pq.read_table(layout.events).to_pylist()
    assert sorted((e["article_ids"], str(e["event_date"])) for e in events) == [
        (["later"], "2024-03-21"), (["wire", "paper"], "2024-03-14")]
    assert [r["article_id"] for r in pq.read_table(layout.rejects).to_pylist()] == ["paper"]   # still listed as a duplicate


def test_an_article_a_stage_trips_on_is_listed_and_the_others_are_still_coded(run_records):
    from pipeline.extract.stage import extract
    from pipeline.params import ExtractParams

    layout = run_records([{"id": "damaged", "language": "en", "published": "2024-03-15",
                           "text": "On Thursday, gunmen killed three traders near Djibo, Burkina Faso."},
                          {"id": "sound", "language": "en", "published": "2024-03-15",
                           "text": "On Wednesday, soldiers clashed with JNIM militants near Dori, Burkina Faso."}])
    assert pq.read_table(layout.extract_failures).num_rows == 0 and pq.read_table(layout.resolve_failures).num_rows == 0
    table = pq.read_table(layout.annotations)   # a damaged cache: one article's heads point past its last token
    rows = [{**r, "head": 10 ** 6} if r["article_id"] == "damaged" else r for r in table.to_pylist()]
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), layout.annotations)
    lines = []
    extract(layout.articles, layout.annotations, layout.mentions, layout.extract_failures, ExtractParams(), log=lines.append)
    [failure] = pq.read_table(layout.extract_failures).to_pylist()
    assert (failure["stage"], failure["article_id"], failure["error"].split(":")[0]) == ("extract", "damaged", "IndexError")
    assert failure["raised_at"].startswith("pipeline/")   # where in the project's code, to report
    assert {m["article_id"] for m in pq.read_table(layout.mentions).to_pylist()} == {"sound"}   # the run went on
    assert "1 article(s) failed" in lines[-1]


def test_an_article_the_nlp_library_raises_on_is_listed_and_its_batch_is_still_parsed(run_records):
    from pipeline.params import AnnotateParams, IngestParams

    # chunks allowed past the spaCy model's one-million-character limit: the library raises on the long article
    params = Params(ingest=IngestParams(max_chars=2_000_000), annotate=AnnotateParams(max_chunk_chars=2_000_000))
    layout = run_records([{"id": "sound", "language": "en", "published": "2024-03-15",
                           "text": "On Wednesday, soldiers clashed with JNIM militants near Dori, Burkina Faso."},
                          {"id": "huge", "language": "en", "published": "2024-03-15",
                           "text": "Gunmen killed three traders near Djibo on Thursday. " * 22_000},
                          {"id": "after", "language": "en", "published": "2024-03-15",
                           "text": "On Thursday, gunmen killed three traders near Djibo, Burkina Faso."}], params)
    [failure] = pq.read_table(layout.annotate_failures).to_pylist()
    assert (failure["stage"], failure["article_id"], failure["error"].split(":")[0]) == ("annotate", "huge", "ValueError")
    assert "E088" in failure["error"]   # the library's own message, to report or to act on
    assert {r["article_id"] for r in pq.read_table(layout.annotations, columns=["article_id"]).to_pylist()} == {"sound", "after"}
    assert {a for e in pq.read_table(layout.events).to_pylist() for a in e["article_ids"]} == {"sound", "after"}

    annotate(layout.articles, layout.annotations, layout.annotate_failures, params.annotate, log=(lines := []).append)
    assert lines == [f"annotate: 3 articles, 0 parsed, 2 reused from cache, {pq.read_table(layout.annotations).num_rows} tokens; "
                     f"1 article(s) failed, listed in {layout.annotate_failures}"]   # the failed one is tried again


def test_an_article_the_events_code_trips_on_is_listed_and_the_others_are_still_merged(run_records):
    from pipeline.events.stage import events_stage

    layout = run_records([{"id": "damaged", "language": "en", "published": "2024-03-15",
                           "text": "On Thursday, gunmen killed three traders near Djibo, Burkina Faso."},
                          {"id": "sound", "language": "en", "published": "2024-03-15",
                           "text": "On Wednesday, soldiers clashed with JNIM militants near Dori, Burkina Faso."}])
    assert pq.read_table(layout.events_failures).num_rows == 0
    table = pq.read_table(layout.resolved)   # a damaged table: one article's mention has a sub-event type no codebook has
    rows = [{**r, "sub_event_type": "Skirmish"} if r["article_id"] == "damaged" else r for r in table.to_pylist()]
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), layout.resolved)
    lines = []
    events_stage(layout.articles, layout.resolved, layout.events, layout.events_failures, layout.rejects, log=lines.append)
    [failure] = pq.read_table(layout.events_failures).to_pylist()
    assert (failure["stage"], failure["article_id"]) == ("events", "damaged") and failure["raised_at"].startswith("pipeline/")
    assert [e["article_ids"] for e in pq.read_table(layout.events).to_pylist()] == [["sound"]]   # the run went on
    assert "1 article(s) failed" in lines[-1]
