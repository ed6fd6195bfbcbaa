"""Reads the names of an OntoNotes / CoNLL-2012 file (*_gold_conll) as the CoNLL-2012 task
describes its layout: on each token line (not #begin / #end document, not blank) the word is
the 4th column and the names the 11th, where "(TYPE*" opens a name, "*)" closes it and
"(TYPE)" is a name of one word. Prints every name, in order, as its label and words (JSON)."""
import json
import sys


def main(path):
    names = []
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            columns = line.split()
            if not columns or columns[0].startswith("#"):
                continue
            word, cell = columns[3], columns[10]
            if cell.startswith("("):
                current = {"label": cell.strip("(*)"), "words": []}
            if current is not None:
                current["words"].append(word)
                if cell.endswith(")"):
                    names.append(current)
                    current = None
    print(json.dumps({"names": names}))


main(sys.argv[-1])
