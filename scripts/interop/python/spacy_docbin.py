"""spaCy's DocBin (.spacy) both ways, in one process. `make <path>` writes a DocBin of our own
sentences with spaCy (entities, cats, span groups, several docs; DocBin(store_user_data=True))
and prints its Docs; `read <path>…` loads each file with DocBin().from_disk(…).get_docs(…)
and prints its Docs. A Doc prints as its text, entities, span groups and cats, as JSON."""
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

SENTENCES = [
    ("Ada Lovelace met Charles Babbage in London.", [(0, 12, "PERSON"), (17, 32, "PERSON"), (36, 42, "GPE")], {"history": 1.0}),
    ("The EU fined Google €2.4 billion  in 2017 🙂.", [(4, 6, "ORG"), (13, 19, "ORG"), (20, 32, "MONEY"), (37, 41, "DATE")], {"history": 0.0}),
    ("Nothing here.", [], {}),
    ("Grace Hopper worked for the U.S. Navy.", [(0, 12, "PERSON"), (28, 37, "ORG")], {"history": 1.0}),
]


def shown(doc):
    return {
        "text": doc.text,
        "ents": [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents],
        "spans": {k: [{"text": s.text, "label": s.label_, "start": s.start_char, "end": s.end_char} for s in g]
                  for k, g in doc.spans.items()},
        "cats": doc.cats,
    }


def make(path, nlp):
    db = DocBin(store_user_data=True)
    for i, (text, ents, cats) in enumerate(SENTENCES):
        doc = nlp(text)
        doc.ents = [doc.char_span(s, e, label=label) for s, e, label in ents]
        doc.cats = cats
        if ents:
            doc.spans["sc"] = [doc.char_span(ents[-1][0], ents[-1][1], label="LAST"), Span(doc, 0, 2, label="OPENING")]
        doc.user_data["id"] = f"s{i}"
        db.add(doc)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return read(path, nlp)


def read(path, nlp):
    try:
        return {"docs": [shown(d) for d in DocBin().from_disk(path).get_docs(nlp.vocab)], "error": None}
    except Exception as e:
        return {"docs": [], "error": f"DocBin().from_disk: {type(e).__name__}: {e}"}


def main(mode, paths):
    nlp = spacy.blank("en")
    files = [make(p, nlp) if mode == "make" else read(p, nlp) for p in paths]
    print(json.dumps({"files": files}))


main(sys.argv[1], sys.argv[2:])
