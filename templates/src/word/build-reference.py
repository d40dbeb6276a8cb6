#!/usr/bin/env python3
"""Zips templates/src/word/reference/ into the bundled Word reference document
(templates/src/main/resources/programbook/word/reference.docx), with fixed entry times and order:
the same sources give the same bytes. Run it after changing a part: python3 templates/src/word/build-reference.py"""
import os, zipfile
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "reference")
out = os.path.join(here, "..", "main", "resources", "programbook", "word", "reference.docx")
names = []
for root, _, files in os.walk(src):
    for f in files:
        names.append(os.path.relpath(os.path.join(root, f), src).replace(os.sep, "/"))
rank = lambda n: (0 if n == "[Content_Types].xml" else 1 if n == "_rels/.rels" else 2, n)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for n in sorted(names, key=rank):
        info = zipfile.ZipInfo(n, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(src, n), "rb") as fh:
            z.writestr(info, fh.read())
print(out)
