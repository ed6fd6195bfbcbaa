"""Reads spaCy text classification training data the way spaCy's own project does and prints what spaCy saw.

For each line of each file: a Doc made by spacy.blank("en"), its cats set from the record
(explosion/projects textcat_multilabel_demo scripts/convert.py does `doc.cats = line["cats"]`),
an Example built with Example.from_dict (which checks the cats), the Docs written to a DocBin
and read back; printed: for every record, the text and the labels scored 1.0 and 0.0 as the
read-back Doc holds them. The Loupe harness compares this with its known answer.
"""
import json
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example


def main(paths):
    nlp = spacy.blank("en")
    files = []
    for path in paths:
        docs, errors = [], []
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    doc = nlp.make_doc(record["text"])
                    doc.cats = record.get("cats", {})
                    Example.from_dict(nlp.make_doc(record["text"]), {"cats": doc.cats})
                    docs.append(doc)
                except Exception as e:  # a record spaCy cannot take is a finding, not a crash
                    errors.append(f"{path}:{number}: {type(e).__name__}: {e}")
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "cats.spacy"
            DocBin(docs=docs, store_user_data=False).to_disk(out)
            back = list(DocBin().from_disk(out).get_docs(nlp.vocab))
        records = [{"text": d.text,
                    "on": sorted(k for k, v in d.cats.items() if v == 1.0),
                    "off": sorted(k for k, v in d.cats.items() if v == 0.0),
                    "other": sorted(k for k, v in d.cats.items() if v not in (0.0, 1.0))}
                   for d in back]
        files.append({"records": records, "errors": errors})
    print(json.dumps({"files": files}))


main(sys.argv[1:])
