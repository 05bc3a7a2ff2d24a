"""The annotated document every extraction step reads: tokens with offsets, lemmas, UPOS,
features, dependency heads and entity tags, all in one common label set."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


RELATIVE_CLAUSES = ("relcl", "acl:relcl")   # a relative clause's verb, in either model's labels


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, plain spaces: the form words are matched in."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")


@dataclass(frozen=True)
class Token:
    i: int
    sent: int
    start: int
    end: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    ent_iob: str = "O"
    ent_type: str = ""

    @property
    def lower_text(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Span:
    """Tokens [start_i, end_i) of a document, with a label (entity type or other)."""
    start_i: int
    end_i: int
    label: str
    start: int
    end: int
    text: str


@dataclass
class Doc:
    article_id: str
    text: str
    tokens: list[Token] = field(default_factory=list)

    @cached_property
    def sentences(self) -> list[list[Token]]:
        sents: list[list[Token]] = []
        for tok in self.tokens:
            while len(sents) <= tok.sent:
                sents.append([])
            sents[tok.sent].append(tok)
        return sents

    @cached_property
    def matcher_cache(self) -> dict:
        """Texts the phrase matchers build from this document's sentences, kept for the next matcher."""
        return {}

    @cached_property
    def forms(self) -> list[str]:
        """Each token's normalised text, computed once for every matcher."""
        return [normalise(t.text) for t in self.tokens]

    @cached_property
    def children(self) -> dict[int, list[Token]]:
        kids: dict[int, list[Token]] = {}
        for tok in self.tokens:
            if tok.head != tok.i:
                kids.setdefault(tok.head, []).append(tok)
        return kids

    @cached_property
    def entities(self) -> list[Span]:
        spans, begin = [], None
        for tok in self.tokens + [None]:
            if begin is not None and (tok is None or tok.ent_iob != "I" or tok.ent_type != self.tokens[begin].ent_type):
                first, last = self.tokens[begin], self.tokens[tok.i - 1 if tok else len(self.tokens) - 1]
                spans.append(Span(begin, last.i + 1, first.ent_type, first.start, last.end, self.text[first.start:last.end]))
                begin = None
            if tok is not None and tok.ent_iob == "B":
                begin = tok.i
        return spans

    def sentence_span(self, sent: int) -> tuple[int, int]:
        toks = self.sentences[sent]
        return toks[0].start, toks[-1].end

    def heads(self, tok: Token, n: int) -> list[Token]:
        """The token's syntactic heads, nearest first, up to n (fewer at the root)."""
        out = []
        while len(out) < n and tok.head != tok.i:
            tok = self.tokens[tok.head]
            out.append(tok)
        return out

    def past_preposition(self, tok: Token) -> Token:
        """The word itself, or the one its preposition hangs on when it is one: spaCy's English parse hangs a noun on
        "in", "on", "from", which hangs on the verb or noun the phrase completes."""
        return self.tokens[tok.head] if tok.upos == "ADP" else tok

    def compounded(self, tok: Token) -> Token:
        """The noun the word compounds onto, through a chain of compounds ("bomb" of "a bomb attack", "Wagner" of
        "Wagner Group forces"), else the word itself."""
        while tok.deprel == "compound" and tok.head != tok.i:
            tok = self.tokens[tok.head]
        return tok

    def first_of_list(self, tok: Token) -> Token:
        """The first word of the list the word is in ("officers" of "four officers and himself"), else the word itself:
        the one that carries the list's role in the clause."""
        while tok.deprel == "conj" and tok.head != tok.i:
            tok = self.tokens[tok.head]
        return tok

    def definite(self, tok: Token, demonstrative: bool = False) -> bool:
        """Whether a definite article goes with the word ("the attack", "l'attaque"), or, with `demonstrative`, a
        demonstrative ("these gunmen"): something told of before."""
        return any(c.deprel == "det" and ("Definite=Def" in c.feats or demonstrative and "PronType=Dem" in c.feats)
                   for c in self.children.get(tok.i, []))

    def span_head(self, start_i: int, end_i: int) -> Token:
        """The span's own head: its token whose head lies outside it (or the root), else its last token."""
        span = range(start_i, end_i)
        return next((t for t in self.tokens[start_i:end_i] if t.head not in span or t.head == t.i), self.tokens[end_i - 1])

    def subtree(self, tok: Token) -> list[Token]:
        """The token and all its descendants, in text order."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(self.children.get(t.i, []))
        return sorted(out, key=lambda t: t.i)


TOKEN_COLUMNS = ("i", "sent", "start", "end", "text", "lemma", "upos", "feats", "head", "deprel", "ent_iob", "ent_type")


def doc_to_rows(doc: Doc, text_sha1: str, nlp: str) -> list[dict]:
    return [{"article_id": doc.article_id, "text_sha1": text_sha1, "nlp": nlp,
             **{c: getattr(t, c) for c in TOKEN_COLUMNS}} for t in doc.tokens]


def doc_from_rows(article_id: str, text: str, rows: list[dict]) -> Doc:
    return Doc(article_id, text, [Token(**{c: r[c] for c in TOKEN_COLUMNS}) for r in rows])
