"""Converts files in spaCy's JSON training format with what `spacy convert <file> <dir>
--converter json` runs (spacy.cli.convert.convert, in this process: one spaCy import for all
files), loads each resulting DocBin and prints each Doc's text and entities as JSON, file by file."""
import json
import sys
from pathlib import Path

import spacy
from spacy.cli.convert import convert
from spacy.tokens import DocBin


def read(path, out_dir, nlp):
    try:
        convert(Path(path), out_dir, file_type="spacy", converter="json")
        converted = Path(out_dir) / (Path(path).stem + ".spacy")
        docs = list(DocBin().from_disk(converted).get_docs(nlp.vocab))
    except (Exception, SystemExit) as e:
        return {"docs": [], "error": f"spacy convert: {type(e).__name__}: {e}"}
    return {"docs": [{"text": doc.text,
                      "ents": [{"text": e.text, "label": e.label_} for e in doc.ents]}
                     for doc in docs],
            "error": None}


def main(out_dir, paths):
    nlp = spacy.blank("xx")
    files = []
    for i, path in enumerate(paths):
        target = Path(out_dir) / str(i)
        target.mkdir(parents=True, exist_ok=True)
        files.append(read(path, target, nlp))
    print(json.dumps({"files": files}))


main(sys.argv[1], sys.argv[2:])
