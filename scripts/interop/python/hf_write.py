"""Writes token classification records with `datasets`, as a user hands them to Loupe.

Dataset.to_json writes <out>/train.jsonl and save_to_disk's dataset_info.json is copied beside
it (it names the ClassLabel tags); with --parquet, Dataset.to_parquet writes <out>/train.parquet
alone (the file's own metadata names the tags, as on the Hub). The records are CoNLL-2003's layout (id, tokens, pos_tags,
chunk_tags, ner_tags) with tokens a tokenizer would cut (1996-08-22, U.S., n't). Prints the
records with their tags by name and id, and the ClassLabel names.
"""
import json
import os
import shutil
import sys
import tempfile

from datasets import ClassLabel, Dataset, Features, Sequence, Value

NAMES = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
ROWS = [
    (["EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."],
     [22, 42, 16, 21, 35, 37, 16, 21, 7], [11, 21, 11, 12, 21, 22, 11, 12, 0],
     [3, 0, 7, 0, 0, 0, 7, 0, 0]),
    (["Peter", "Blackburn"], [22, 22], [11, 12], [1, 2]),
    (["BRUSSELS", "1996-08-22"], [22, 11], [11, 12], [5, 0]),
    (["The", "U.S.", "Department", "of", "State", "did", "n't", "comment", "."],
     [12, 22, 22, 15, 22, 38, 30, 37, 7], [11, 12, 12, 13, 11, 21, 22, 22, 0],
     [0, 3, 4, 4, 4, 0, 0, 0, 0]),
    (["Mike", "Pompeo", "met", "Iraqi", "officials", "in", "Baghdad", "."],
     [22, 22, 38, 16, 24, 15, 22, 7], [11, 12, 21, 11, 12, 13, 11, 0],
     [1, 2, 0, 7, 0, 0, 5, 0]),
]


def main(out, parquet):
    features = Features({
        "id": Value("string"),
        "tokens": Sequence(Value("string")),
        "pos_tags": Sequence(Value("int32")),
        "chunk_tags": Sequence(Value("int32")),
        "ner_tags": Sequence(ClassLabel(names=NAMES)),
    })
    data = {
        "id": [str(i) for i in range(len(ROWS))],
        "tokens": [r[0] for r in ROWS],
        "pos_tags": [r[1] for r in ROWS],
        "chunk_tags": [r[2] for r in ROWS],
        "ner_tags": [r[3] for r in ROWS],
    }
    ds = Dataset.from_dict(data, features=features)
    os.makedirs(out, exist_ok=True)
    if parquet:
        ds.to_parquet(os.path.join(out, "train.parquet"))
    else:
        ds.to_json(os.path.join(out, "train.jsonl"))
        with tempfile.TemporaryDirectory() as tmp:
            ds.save_to_disk(tmp)
            shutil.copy(os.path.join(tmp, "dataset_info.json"), out)
    decode = ds.features["ner_tags"].feature.int2str
    records = [{"id": row["id"], "tokens": row["tokens"], "tags": decode(row["ner_tags"]),
                "ids": row["ner_tags"],
                "fields": {"pos_tags": row["pos_tags"], "chunk_tags": row["chunk_tags"]}}
               for row in ds]
    print(json.dumps({"records": records, "names": ds.features["ner_tags"].feature.names}))


main(sys.argv[1], "--parquet" in sys.argv[2:])
