"""Ingest: every input format, and a corpus of bad inputs next to good records. Every record
read ends up accepted, rejected with a reason, or counted as a duplicate."""
import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipeline.errors import UserError
from pipeline.ingest.language import detect_language
from pipeline.ingest.stage import ingest
from pipeline.params import IngestParams

GOOD_FR = "Des hommes armés ont attaqué jeudi un poste de police à Niamey, au Niger, sans faire de victimes."
GOOD_EN = "Gunmen killed four villagers in Koro, Mali, on Thursday, local officials said."
TODAY = date(2024, 6, 1)


def run_ingest(tmp_path, inputs, **params):
    stats = ingest([str(p) for p in inputs], IngestParams(**params), tmp_path / "articles.parquet", tmp_path / "rejects.parquet", today=TODAY)
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    rejects = pq.read_table(tmp_path / "rejects.parquet").to_pylist()
    assert stats.read == stats.accepted + stats.rejected + stats.duplicates
    assert stats.accepted == len(articles) and stats.rejected + stats.duplicates == len(rejects)
    return stats, {a["article_id"]: a for a in articles}, rejects


def test_all_formats(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.jsonl").write_text(json.dumps({"id": "j1", "text": GOOD_FR, "published": "2024-03-15", "source": "S", "url": "http://x"}) + "\n")
    (raw / "b.txt").write_text(GOOD_EN)
    (raw / "b.json").write_text(json.dumps({"id": "t1", "published": "2024-03-15T08:00:00Z", "language": "en"}))
    with open(raw / "c.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text", "title"])
        w.writeheader()
        w.writerow({"id": "c1", "text": "Des manifestants ont défilé jeudi à Dakar contre la vie chère, au Sénégal.", "title": "Dakar"})
    (raw / "d.html").write_text("<html><head><title>Clash near Djibo</title><meta property='article:published_time' content='2020-08-15'>"
                                "</head><body><nav>Home World Sport</nav><article><p>Soldiers clashed with militants near Djibo in northern "
                                "Burkina Faso on Thursday, the army said in a statement on its website.</p><p>Three soldiers and four militants "
                                "were killed in the fighting, which lasted several hours.</p></article><footer>Copyright</footer></body></html>")
    stats, articles, rejects = run_ingest(tmp_path, [raw])
    assert stats.accepted == 4 and rejects == []
    assert articles["j1"]["published"] == date(2024, 3, 15) and articles["j1"]["source"] == "S" and articles["j1"]["language"] == "fr"
    assert articles["t1"]["published"] == date(2024, 3, 15) and articles["t1"]["language_source"] == "given"
    assert articles["c1"]["title"] == "Dakar" and articles["c1"]["language_source"] == "detected"
    html = next(a for a in articles.values() if a["source_file"].endswith("d.html"))
    assert html["title"] == "Clash near Djibo" and html["published"] == date(2020, 8, 15)
    assert "Soldiers clashed" in html["text"] and "Copyright" not in html["text"] and "Home World" not in html["text"]


def test_id_is_a_content_hash_when_missing(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD_EN}) + "\n")
    _, articles, _ = run_ingest(tmp_path, [tmp_path / "a.jsonl"])
    [article_id] = articles
    assert len(article_id) == 16 and article_id == articles[article_id]["text_sha1"][:16]


@pytest.fixture
def bad_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [
        json.dumps({"id": "good-1", "text": GOOD_FR, "published": "2024-03-15"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "only a title"}),
        json.dumps({"id": "bad-date", "text": GOOD_EN + " One.", "published": "15/13/2024"}),
        json.dumps({"id": "future", "text": GOOD_EN + " Two.", "published": "2031-01-01"}),
        json.dumps({"id": "markup", "text": "<p>Des hommes armés ont <b>tué</b> deux civils jeudi à Gao, au Mali.</p><script>x()</script>"}),
        json.dumps({"id": "good-1", "text": GOOD_EN + " Same id, other text."}),
        json.dumps({"id": "dup", "text": "  " + GOOD_FR.upper() + "  "}),
        json.dumps({"id": "german", "text": "Bewaffnete Männer haben am Donnerstag in der Stadt zwei Zivilisten getötet, sagte die Polizei.", "language": "de"}),
        json.dumps({"id": "undetectable", "text": "Xq zzv prr 12 34 kkl."}),
        "[1, 2, 3]",
        json.dumps({"id": "blank", "text": "   \n\t  "}),
        json.dumps({"id": "surrogate", "text": GOOD_EN + " Three \ud800.", "title": "\udc00 title"}),   # escaped: no file can hold it raw
        json.dumps({"id": ["list-id"], "text": GOOD_FR + " Encore.", "published": 20240315, "language": ["fr"]}),
        json.dumps({"id": "text-list", "text": ["Gunmen", "killed"]}),
        json.dumps({"id": "year-one", "text": GOOD_EN + " Four.", "published": "0001-01-01"}),
        json.dumps({"id": "one-line", "text": "Gunmen killed six people in Kidal on Monday."}),
    ]
    (raw / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (raw / "latin1.txt").write_bytes("Des soldats ont été tués jeudi près de Gao, au Mali, selon l'armée.".encode("cp1252"))
    (raw / "utf16.txt").write_bytes("Des soldats ont été tués jeudi près de Kidal, au Mali, selon l'armée.".encode("utf-16"))
    (raw / "bad-utf16.txt").write_bytes("Des soldats ont été tués jeudi près de Tessalit".encode("utf-16") + b"\x00\xd8" + " au Mali.".encode("utf-16-le"))
    (raw / "invalid-utf8.txt").write_bytes("Des soldats ont été tués jeudi près de Mopti, au Mali, selon l'armée. ".encode() + b"\xff\xfe\xfa end.")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "big.txt").write_text(("Des soldats ont été tués jeudi près de Gao, au Mali, selon l'armée. " * 70000)[:4_000_000])
    (raw / "no-text-column.csv").write_text("id,body\n1,hello\n")
    (raw / "big.csv").write_text("id,text\nbig-csv,\"" + "Des soldats ont été tués jeudi près de Gao, au Mali. " * 3000 + "\"\n")   # a field past
    # the csv module's 131,072 characters
    (raw / "notes.docx").write_bytes(b"PK\x03\x04")
    return raw


def test_bad_inputs_never_stop_the_run(tmp_path, bad_corpus):
    stats, articles, rejects = run_ingest(tmp_path, [bad_corpus], max_chars=100_000)
    reasons = {(r["source_file"].split("/")[-1], r["source_locator"], r["article_id"]): r["reason_code"] for r in rejects}
    assert reasons == {
        ("mixed.jsonl", "line 2", None): "malformed_json",
        ("mixed.jsonl", "line 3", "no-text"): "no_text",
        ("mixed.jsonl", "line 8", "dup"): "duplicate_text",
        ("mixed.jsonl", "line 9", "german"): "unsupported_language",
        ("mixed.jsonl", "line 10", "undetectable"): "unsupported_language",
        ("mixed.jsonl", "line 11", None): "malformed_json",
        ("mixed.jsonl", "line 12", "blank"): "empty",
        ("mixed.jsonl", "line 15", "text-list"): "no_text",
        ("binary.txt", "", None): "binary",
        ("empty.txt", "", None): "empty",
        ("no-text-column.csv", "", None): "no_text_column",
        ("notes.docx", "", None): "unsupported_format",
    }
    assert all(r["reason"] for r in rejects)
    assert (stats.read, stats.accepted, stats.rejected, stats.duplicates) == (27, 15, 11, 1)
    flags = {aid: a["flags"] for aid, a in articles.items()}
    assert flags["bad-date"] == ["published_invalid"] and articles["bad-date"]["published"] is None
    assert flags["future"] == ["published_in_future"] and articles["future"]["published"] is None
    assert flags["markup"] == ["markup_removed"] and "<" not in articles["markup"]["text"] and "x()" not in articles["markup"]["text"]
    assert any(aid.startswith("good-1-") and f == ["id_conflict_renamed"] for aid, f in flags.items())
    by_file = {a["source_file"].split("/")[-1]: a for a in articles.values()}
    assert by_file["latin1.txt"]["flags"] == ["decoded_latin1"] and "été tués" in by_file["latin1.txt"]["text"]
    assert by_file["utf16.txt"]["flags"] == ["decoded_utf16"] and "Kidal" in by_file["utf16.txt"]["text"]
    assert by_file["invalid-utf8.txt"]["flags"] == ["replaced_invalid_utf8"] and "été tués" in by_file["invalid-utf8.txt"]["text"]
    assert by_file["big.txt"]["flags"] == ["truncated"] and len(by_file["big.txt"]["text"]) <= 100_000
    assert articles["big-csv"]["flags"] == ["truncated"] and len(articles["big-csv"]["text"]) == 100_000
    assert by_file["bad-utf16.txt"]["flags"] == ["decoded_utf16", "replaced_invalid_utf16"] and "\ufffd au Mali" in by_file["bad-utf16.txt"]["text"]
    assert flags["surrogate"] == ["text_surrogates_replaced", "title_surrogates_replaced"]
    assert articles["surrogate"]["text"].endswith("Three \ufffd.") and articles["surrogate"]["title"] == "\ufffd title"
    [listed] = [a for a in articles.values() if a["text"].endswith("Encore.")]   # an id no string: the content hash names it
    assert listed["flags"] == ["id_invalid", "language_invalid"] and listed["published"] == date(2024, 3, 15) and listed["language"] == "fr"
    assert flags["year-one"] == ["published_invalid"] and articles["year-one"]["published"] is None
    assert articles["one-line"]["language"] == "en"
    assert next(r["reason"] for r in rejects if r["article_id"] == "text-list") == "'text' is a JSON list, not a string"


def test_missing_input_path_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="input path not found"):
        ingest([str(tmp_path / "nowhere")], IngestParams(), tmp_path / "a.parquet", tmp_path / "r.parquet")


@pytest.mark.parametrize("text,lang", [
    (GOOD_FR, "fr"), (GOOD_EN, "en"),
    ("Hombres armados mataron a dos civiles el jueves en la ciudad, según la policía local.", "es"),
    ("12 34 56", "und"),
    ("Gunmen killed six people in Kidal on Monday.", "en"), ("Deux soldats ont été tués lundi.", "fr"),
    ("Gunmen killed six people in Kidal.", "und"),   # one function word tells nothing
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_huge_sentence_without_punctuation_is_parsed_in_bounded_pieces(tmp_path):
    from pipeline.io import write_rows
    from pipeline.nlp.annotate import annotate
    from pipeline.params import AnnotateParams

    text = " ".join(["attaque" if i % 50 == 0 else "village" for i in range(30_000)])   # 30,000 tokens, no punctuation
    write_rows([{"article_id": "long", "text": text, "title": None, "url": None, "source": None, "published": None,
                 "language": "fr", "language_source": "given", "source_file": "x", "source_locator": "", "text_sha1": "0" * 40,
                 "flags": []}], tmp_path / "articles.parquet", "articles")
    stats = annotate(tmp_path / "articles.parquet", tmp_path / "annotations.parquet", tmp_path / "failures.parquet", AnnotateParams(max_chunk_chars=5000), log=lambda line: None)
    tokens = pq.read_table(tmp_path / "annotations.parquet").to_pylist()
    assert stats.tokens == len(tokens) >= 30_000
    sentences = {}
    for t in tokens:
        sentences.setdefault(t["sent"], []).append(t)
    assert max(s[-1]["end"] - s[0]["start"] for s in sentences.values()) <= 5000
    assert all(text[t["start"]:t["end"]] == t["text"] for t in tokens[:2000])


def test_the_same_text_on_another_day_is_another_report(tmp_path):
    source = tmp_path / "reports.jsonl"
    rows = [{"id": "a", "text": GOOD_EN, "published": "2024-05-10"},
            {"id": "b", "text": GOOD_EN, "published": "2024-05-10"},   # a copy of the same report
            {"id": "c", "text": GOOD_EN, "published": "2024-05-17"},   # its "Thursday" is another Thursday
            {"id": "c", "text": GOOD_EN, "published": "2024-05-24"}]   # the same id again: renamed, not lost
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    stats, articles, rejects = run_ingest(tmp_path, [source])
    assert (stats.accepted, stats.duplicates) == (3, 1)
    assert [(r["article_id"], r["duplicate_of"]) for r in rejects] == [("b", "a")]
    assert {str(a["published"]) for a in articles.values()} == {"2024-05-10", "2024-05-17", "2024-05-24"}
