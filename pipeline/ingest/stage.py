"""The ingest stage: read every input record, repair what can be repaired, de-duplicate, and
write accepted articles and rejects. Every record read ends up in exactly one of: articles,
rejects (reason given), or the duplicate count (also listed in rejects as 'duplicate_text')."""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from pipeline.ingest.language import detect_language
from pipeline.ingest.readers import RawRecord, read_inputs
from pipeline.io import ParquetSink, write_rows
from pipeline.params import IngestParams

MARKUP = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|script|style|img|html|body)\b[^>]*>", re.I)
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
BATCH = 500
EARLIEST_PUBLISHED = date(1900, 1, 1)   # a publication date before it is a placeholder ("0001-01-01"), not news


@dataclass
class IngestStats:
    read: int = 0
    accepted: int = 0
    rejected: int = 0
    duplicates: int = 0

    def line(self) -> str:
        return (f"ingest: read {self.read} records, accepted {self.accepted}, rejected {self.rejected}, "
                f"de-duplicated {self.duplicates} (read = accepted + rejected + duplicates)")


def clean_text(text: str) -> tuple[str, list[str]]:
    """Strip markup left inside text fields and normalise line ends; offsets point into the result."""
    flags = []
    if MARKUP.search(text):
        text = SCRIPT.sub(" ", text)
        text = re.sub(r"<br\s*/?>|</p>|</div>|</h[1-6]>|</li>", "\n", text, flags=re.I)
        text = html.unescape(MARKUP.sub("", text))
        flags.append("markup_removed")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return text.strip(), flags


def parse_published(value, today: date) -> tuple[date | None, list[str]]:
    if value in (None, ""):
        return None, []
    try:
        text = str(value).strip()
        day = datetime.fromisoformat(text.replace("Z", "+00:00")).date() if "T" in text or " " in text else date.fromisoformat(text[:10])
    except ValueError:
        return None, ["published_invalid"]
    if day < EARLIEST_PUBLISHED:
        return None, ["published_invalid"]
    if day > today:
        return None, ["published_in_future"]
    return day, []


def text_key(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def to_article(record: RawRecord, params: IngestParams, today: date) -> tuple[dict | None, tuple[str, str] | None]:
    """(article row, None) or (None, (reason_code, reason))."""
    fields = record.fields or {}
    text = fields.get("text")
    if text is None:
        return None, ("no_text", "record has no 'text' field")
    if not isinstance(text, str):
        return None, ("no_text", f"'text' is a JSON {type(text).__name__}, not a string")
    text, flags = clean_text(text)
    if not text:
        return None, ("empty", "text is empty or only whitespace")
    if len(text) > params.max_chars:
        text = text[: params.max_chars]
        flags.append("truncated")
    published, date_flags = parse_published(fields.get("published"), today)
    given = str(fields.get("language") or "").strip().lower()[:2]
    language = given or detect_language(text)
    if language not in params.languages:
        what = "could not be identified" if language == "und" else f"'{language}' has no NLP model configured"
        return None, ("unsupported_language", f"language {what}; configured: {', '.join(params.languages)} (params ingest.languages, annotate.backends)")
    sha1 = text_key(text)
    return {
        "article_id": str(fields.get("id") or sha1[:16]),
        "text": text,
        "title": _opt(fields.get("title")),
        "url": _opt(fields.get("url")),
        "source": _opt(fields.get("source")),
        "published": published,
        "language": language,
        "language_source": "given" if given else "detected",
        "source_file": record.source_file,
        "source_locator": record.locator,
        "text_sha1": sha1,
        "flags": record.flags + flags + date_flags,
    }, None


def _opt(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def reject_row(record: RawRecord, code: str, reason: str, article_id: str | None = None, duplicate_of: str | None = None) -> dict:
    return {"stage": "ingest", "source_file": record.source_file, "source_locator": record.locator,
            "article_id": article_id, "reason_code": code, "reason": reason, "duplicate_of": duplicate_of}


def ingest(inputs, params: IngestParams, articles_path, rejects_path, today: date | None = None) -> IngestStats:
    today = today or datetime.now(timezone.utc).date()
    stats = IngestStats()
    seen_text: dict[str, list[tuple]] = {}   # text hash -> (publication date, article id) of the articles kept
    seen_id: set[str] = set()
    rejects: list[dict] = []
    batch: list[dict] = []
    with ParquetSink(articles_path, "articles") as sink:
        for record in read_inputs(inputs):
            stats.read += 1
            if record.reject_code:
                rejects.append(reject_row(record, record.reject_code, record.reject_reason))
                stats.rejected += 1
                continue
            article, problem = to_article(record, params, today)
            if problem:
                rejects.append(reject_row(record, *problem, article_id=(record.fields or {}).get("id")))
                stats.rejected += 1
                continue
            kept = next((aid for day, aid in seen_text.get(article["text_sha1"], []) if None in (day, article["published"])
                         or day == article["published"]), None)   # the same text another day is another report: its "yesterday" is another day
            if kept is not None:
                rejects.append(reject_row(record, "duplicate_text", f"same text as article {kept}, published the same day", article["article_id"], kept))
                stats.duplicates += 1
                continue
            if article["article_id"] in seen_id:
                suffix = hashlib.sha1(f"{article['text_sha1']}|{article['published']}".encode()).hexdigest()[:8]
                article["article_id"] = f"{article['article_id']}-{suffix}"
                article["flags"].append("id_conflict_renamed")
            seen_text.setdefault(article["text_sha1"], []).append((article["published"], article["article_id"]))
            seen_id.add(article["article_id"])
            batch.append(article)
            stats.accepted += 1
            if len(batch) >= BATCH:
                sink.write(batch)
                batch = []
        sink.write(batch)
    write_rows(rejects, rejects_path, "rejects")
    return stats
