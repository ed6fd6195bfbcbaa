"""Reads a BioC XML file with lxml as a BioC tool would: validates it against NCBI's BioC.dtd
and prints each document's text (its passages at their offsets) and annotations (type infon,
the text at each location, and the annotation's own <text>) as JSON."""
import json
import sys

from lxml import etree


def located(passages, offset, length):
    for start, text in passages:
        if start <= offset and offset + length <= start + len(text):
            return text[offset - start : offset - start + length]
    return None


def document_text(passages):
    text = ""
    for start, passage in passages:
        text += " " * max(0, start - len(text)) + passage
    return text


def main(path, dtd_path):
    with open(dtd_path, "rb") as f:
        dtd = etree.DTD(f)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(path, parser)
    valid = dtd.validate(tree)
    errors = [str(e) for e in dtd.error_log.filter_from_errors()][:20]
    documents = []
    for document in tree.getroot().iter("document"):
        passages = [
            (int(p.findtext("offset")), p.findtext("text") or "")
            for p in document.findall("passage")
        ]
        annotations = []
        for a in document.iter("annotation"):
            kinds = [i.text or "" for i in a.findall("infon") if i.get("key") == "type"]
            pieces = [
                located(passages, int(loc.get("offset")), int(loc.get("length")))
                for loc in a.findall("location")
            ]
            annotations.append(
                {"type": kinds[0] if kinds else None, "located": pieces, "text": a.findtext("text")}
            )
        documents.append(
            {"id": document.findtext("id"), "text": document_text(passages), "annotations": annotations}
        )
    print(json.dumps({"valid": valid, "errors": errors, "documents": documents}))


main(sys.argv[1], sys.argv[2])
