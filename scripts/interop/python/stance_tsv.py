"""Loads a stance TSV with the `datasets` CSV loader (tab delimiter), as a reader of the
SemEval-2016 stance data would, and prints its columns and rows as JSON."""
import json
import sys

from datasets import load_dataset


def main(path):
    try:
        ds = load_dataset("csv", data_files=path, delimiter="\t", split="train")
    except Exception as e:
        print(json.dumps({"columns": [], "rows": [], "error": f"{type(e).__name__}: {e}"}))
        return
    rows = [{k: (None if v is None else str(v)) for k, v in row.items()} for row in ds]
    print(json.dumps({"columns": ds.column_names, "rows": rows, "error": None}))


main(sys.argv[1])
