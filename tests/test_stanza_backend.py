"""The stanza backend with real stanza objects: Documents read by stanza's own CoNLL-U reader
(stanza's models cannot be downloaded on these machines)."""
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza", reason='stanza is not installed: pip install -e ".[stanza]"')
from stanza.utils.conll import CoNLL  # noqa: E402

from pipeline.errors import UserError  # noqa: E402
from pipeline.extract.lexicon import load_lexicon  # noqa: E402
from pipeline.extract.stage import mentions_for_doc  # noqa: E402
from pipeline.nlp.doc import Doc  # noqa: E402
from pipeline.nlp.stanza_backend import StanzaBackend, bioes_to_iob, tokens_from_stanza  # noqa: E402
from pipeline.params import AnnotateParams, ExtractParams, load_params  # noqa: E402

# "Des soldats ont été tués au nord du Mali." with the multi-word tokens au = à le, du = de le.
TEXT = "Des soldats ont été tués au nord du Mali."
CONLLU = """# text = Des soldats ont été tués au nord du Mali.
1	Des	un	DET	_	Definite=Ind|Number=Plur	2	det	_	start_char=0|end_char=3|ner=O
2	soldats	soldat	NOUN	_	Gender=Masc|Number=Plur	5	nsubj:pass	_	start_char=4|end_char=11|ner=O
3	ont	avoir	AUX	_	Mood=Ind|Tense=Pres	5	aux:tense	_	start_char=12|end_char=15|ner=O
4	été	être	AUX	_	VerbForm=Part	5	aux:pass	_	start_char=16|end_char=19|ner=O
5	tués	tuer	VERB	_	Gender=Masc|Number=Plur|VerbForm=Part	0	root	_	start_char=20|end_char=24|ner=O
6-7	au	_	_	_	_	_	_	_	start_char=25|end_char=27|ner=O
6	à	à	ADP	_	_	8	case	_	_
7	le	le	DET	_	Definite=Def|Number=Sing	8	det	_	_
8	nord	nord	NOUN	_	Gender=Masc|Number=Sing	5	obl:mod	_	start_char=28|end_char=32|ner=O
9-10	du	_	_	_	_	_	_	_	start_char=33|end_char=35|ner=O
9	de	de	ADP	_	_	11	case	_	_
10	le	le	DET	_	Definite=Def|Number=Sing	11	det	_	_
11	Mali	Mali	PROPN	_	_	8	nmod	_	start_char=36|end_char=40|ner=S-LOC
12	.	.	PUNCT	_	_	5	punct	_	start_char=40|end_char=41|ner=O

"""


def test_adapter_keeps_offsets_heads_lemmas_and_entities():
    tokens = tokens_from_stanza(CoNLL.conll2doc(input_str=CONLLU))
    assert [t.text for t in tokens] == ["Des", "soldats", "ont", "été", "tués", "à", "le", "nord", "de", "le", "Mali", "."]
    assert all(TEXT[t.start:t.end] for t in tokens)
    assert [(t.start, t.end) for t in tokens[5:7]] == [(25, 27), (25, 27)]      # "au" for both words
    assert TEXT[tokens[8].start:tokens[8].end] == "du"
    assert tokens[1].head == 4 and tokens[1].deprel == "nsubj:pass"
    assert tokens[4].head == 4 and tokens[4].deprel == "root"
    assert tokens[10].lemma == "mali" and tokens[1].feats == "Gender=Masc|Number=Plur"
    doc = Doc("s", TEXT, tokens)
    assert [(e.text, e.label) for e in doc.entities] == [("Mali", "LOC")]


@pytest.mark.parametrize("tag,expected", [("S-LOC", ("B", "LOC")), ("B-PER", ("B", "PER")), ("E-ORG", ("I", "ORG")),
                                          ("I-GPE", ("I", "LOC")), ("O", ("O", "")), (None, ("O", ""))])
def test_bioes_tags_map_to_common_labels(tag, expected):
    assert bioes_to_iob(tag) == expected


def _bioes(doc: Doc, i: int) -> str:
    tok = doc.tokens[i]
    if tok.ent_iob == "O":
        return "O"
    follows = i + 1 < len(doc.tokens) and doc.tokens[i + 1].ent_iob == "I"
    if tok.ent_iob == "B":
        return f"{'B' if follows else 'S'}-{tok.ent_type}"
    return f"{'I' if follows else 'E'}-{tok.ent_type}"


def to_conllu(doc: Doc) -> str:
    """A parsed Doc written as CoNLL-U with offsets and NER in MISC, as stanza writes them."""
    out = []
    for sent in doc.sentences:
        first = sent[0].i
        for t in sent:
            head = 0 if t.head == t.i else t.head - first + 1
            misc = f"start_char={t.start}|end_char={t.end}|ner={_bioes(doc, t.i)}"
            out.append("\t".join([str(t.i - first + 1), t.text, t.lemma, t.upos, "_", t.feats or "_", str(head),
                                  t.deprel, "_", misc]))
        out.append("")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué deux civils jeudi près de Djibo, au Burkina Faso. Les assaillants ont pris la fuite."),
    ("en", "Russian forces shelled Kharkiv, Ukraine, on Sunday, killing two civilians and wounding five others."),
])
def test_same_events_from_stanza_and_spacy_annotations(parse, lang, text):
    spacy_doc = parse(text, lang)
    stanza_doc = Doc(spacy_doc.article_id, text, tokens_from_stanza(CoNLL.conll2doc(input_str=to_conllu(spacy_doc))))
    assert stanza_doc.tokens == spacy_doc.tokens
    lex, params = load_lexicon(lang), ExtractParams()
    assert mentions_for_doc(stanza_doc, lex, params) == mentions_for_doc(spacy_doc, lex, params)
    assert mentions_for_doc(spacy_doc, lex, params)


def test_missing_model_names_the_download_command(tmp_path):
    backend = StanzaBackend("fr", "default", AnnotateParams(stanza_dir=str(tmp_path)))
    with pytest.raises(UserError, match="python -m pipeline models download --backend stanza --lang fr"):
        list(backend.parse(["Des soldats ont été tués."]))


STANZA_DIR = Path(load_params().annotate.stanza_dir)


@pytest.mark.skipif(not (STANZA_DIR / "fr").is_dir(),
                    reason=f"stanza models not downloaded to {STANZA_DIR} (run: python -m pipeline models download --backend stanza --lang fr)")
def test_real_stanza_model_parses_french():
    backend = StanzaBackend("fr", "default", AnnotateParams(stanza_dir=str(STANZA_DIR)))
    [tokens] = list(backend.parse([TEXT]))
    assert [t.text for t in tokens][:5] == ["Des", "soldats", "ont", "été", "tués"]
    assert any(t.text == "à" and TEXT[t.start:t.end] == "au" for t in tokens)
