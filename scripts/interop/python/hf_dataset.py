"""Loads a Hugging Face token classification export with `datasets` and prints what it read.

load_dataset("json") on the records, ner_tags cast to ClassLabel(names=label_names.json),
tags decoded by the ClassLabel and turned into entities by spaCy's IOB functions (tags that
break IOB2, such as I-X after O, are listed), the ids as stored and the ClassLabel's names,
each record's other columns; and the dataset card's metadata.
"""
import json
import os
import sys

from datasets import ClassLabel, List, load_dataset
from huggingface_hub import metadata_load
from spacy.training import iob_to_biluo
from spacy.training.iob_utils import tags_to_entities


def iob2_problems(tags):
    problems = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-"):
            before = tags[i - 1] if i > 0 else "O"
            if before[2:] != tag[2:] or before == "O":
                problems.append(f"{tag} at token {i} follows {before}")
        elif tag != "O" and not tag.startswith("B-"):
            problems.append(f"{tag} at token {i} is not O, B-X or I-X")
    return problems


def read_card(folder, names):
    path = os.path.join(folder, "README.md")
    if not os.path.exists(path):
        return {"exists": False, "dataset_info": False, "problem": "no README.md beside the records"}
    try:
        meta = metadata_load(path) or {}
    except Exception as e:
        return {"exists": True, "dataset_info": False, "problem": f"{type(e).__name__}: {e}"}
    info = meta.get("dataset_info")
    return {"exists": True, "dataset_info": bool(info),
            "problem": None if info else "README.md has no dataset_info in its metadata"}


def main(records_path, names_path):
    with open(names_path, encoding="utf-8") as f:
        names = json.load(f)
    card = read_card(os.path.dirname(records_path), names)
    try:
        ds = load_dataset("json", data_files=records_path, split="train")
        ds = ds.cast_column("ner_tags", List(ClassLabel(names=names)))
    except Exception as e:
        print(json.dumps({"records": [], "error": f"{type(e).__name__}: {e}", "card": card}))
        return
    decode = ds.features["ner_tags"].feature.int2str
    records = []
    for row in ds:
        tags = decode(row["ner_tags"])
        problems = iob2_problems(tags)
        try:
            entities = [{"label": label, "start": s, "end": e + 1}
                        for label, s, e in tags_to_entities(iob_to_biluo(tags))]
        except Exception as e:
            entities = []
            problems.append(f"spaCy cannot read the tags: {type(e).__name__}: {e}")
        fields = {k: v for k, v in row.items() if k not in ("id", "tokens", "ner_tags")}
        records.append({"id": row["id"], "tokens": row["tokens"], "tags": tags,
                        "ids": row["ner_tags"], "entities": entities, "problems": problems,
                        "fields": fields})
    names = ds.features["ner_tags"].feature.names
    print(json.dumps({"records": records, "names": names, "error": None, "card": card}))


main(sys.argv[1], sys.argv[2])
