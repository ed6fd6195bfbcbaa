"""Converts a CoNLL-U file with spaCy's CoNLL-U converter (what `spacy convert -c conllu -n 1`
runs: names read from MISC `name=` / `NE=` entries), and prints each resulting document's words
text and entities (token indices) as JSON, with the file's own count of `# newdoc` lines."""
import json
import re
import sys

from spacy.training.converters import conllu_to_docs


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    newdocs = len(re.findall(r"^# newdoc\b", data, flags=re.M))
    try:
        docs = list(conllu_to_docs(data, n_sents=1, no_print=True))
    except Exception as e:
        print(json.dumps({"docs": [], "error": f"{type(e).__name__}: {e}", "newdocs": newdocs}))
        return
    out = [{"words": [t.text for t in doc], "text": doc.text,
            "ents": [{"label": e.label_, "start": e.start, "end": e.end} for e in doc.ents]}
           for doc in docs]
    print(json.dumps({"docs": out, "error": None, "newdocs": newdocs}))


main(sys.argv[-1])
