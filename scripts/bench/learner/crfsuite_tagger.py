"""Plain linear-chain CRF (CRFsuite via python-crfsuite) for Loupe's learner benchmark.

Reads JSON on stdin: {"train": [{"tokens": [...], "tags": [...]}], "test": [{"tokens": [...]}]}
and prints {"tags": [[...], ...]} for the test sentences. Features follow the python-crfsuite
CoNLL-2002 tutorial: word, lower case, affixes of 1-4 characters, shape and the words two
either side; L-BFGS with c1=0.1, c2=0.1, 100 iterations, all possible transitions.
"""

import json
import re
import sys
import tempfile
import os

import pycrfsuite


def shape(word):
    s = re.sub(r"[A-Z]", "X", word)
    s = re.sub(r"[a-z]", "x", s)
    return re.sub(r"[0-9]", "d", s)


def token_features(tokens, i):
    word = tokens[i]
    lower = word.lower()
    f = [
        "bias",
        "w=" + word,
        "lw=" + lower,
        "shape=" + shape(word),
        "title=%s" % word.istitle(),
        "upper=%s" % word.isupper(),
        "digit=%s" % word.isdigit(),
    ]
    for n in range(1, 5):
        f.append("p%d=%s" % (n, lower[:n]))
        f.append("s%d=%s" % (n, lower[-n:]))
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(tokens):
            f.append("w%+d=%s" % (d, tokens[j].lower()))
            f.append("shape%+d=%s" % (d, shape(tokens[j])))
        else:
            f.append("w%+d=%s" % (d, "<s>" if j < 0 else "</s>"))
    return f


def sentence_features(tokens):
    return [token_features(tokens, i) for i in range(len(tokens))]


def main():
    data = json.load(sys.stdin)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in data["train"]:
        trainer.append(sentence_features(sentence["tokens"]), sentence["tags"])
    trainer.set_params(
        {"c1": 0.1, "c2": 0.1, "max_iterations": 100, "feature.possible_transitions": True}
    )
    handle, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        tags = [tagger.tag(sentence_features(s["tokens"])) for s in data["test"]]
        tagger.close()
    finally:
        os.unlink(path)
    json.dump({"tags": tags}, sys.stdout)


if __name__ == "__main__":
    main()
