"""Reads a spans JSONL file the way spaCy training code does and prints what spaCy saw as JSON.

For each record: the text spaCy rebuilds from Doc(vocab, words, spaces), and for each span
what doc.char_span(start, end, label, alignment_mode="strict") gives (None when the offsets
do not fall on token boundaries). The Loupe harness compares this with its known answer.
"""
import json
import sys

import spacy
from spacy.tokens import Doc


def read_record(nlp, number, line):
    record = json.loads(line)
    tokens = record.get("tokens") or []
    words = [t["text"] for t in tokens]
    spaces = [bool(t["ws"]) for t in tokens]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    spans = []
    for s in record.get("spans") or []:
        found = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
        spans.append({
            "start": s["start"], "end": s["end"], "label": s["label"],
            "token_start": s.get("token_start"), "token_end": s.get("token_end"),
            "char_span": None if found is None else
            {"text": found.text, "start": found.start, "end": found.end, "label": found.label_},
        })
    meta = record.get("meta") or {}
    return {"line": number, "name": meta.get("name"), "text": record.get("text"),
            "doc_text": doc.text, "spans": spans}


def main(path):
    nlp = spacy.blank("en")
    records, errors = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                records.append(read_record(nlp, number, line))
            except Exception as e:  # a record spaCy cannot take is a finding, not a crash
                errors.append(f"line {number}: {type(e).__name__}: {e}")
    print(json.dumps({"records": records, "errors": errors}))


main(sys.argv[1])
