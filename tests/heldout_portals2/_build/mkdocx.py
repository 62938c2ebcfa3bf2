# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""A small real DOCX of one report (python-docx): mkdocx.py DATA.json OUT.docx"""
import json, sys
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
d = docx.Document()
d.core_properties.title = data["title"]
d.core_properties.author = "潇川县司法局"
h = d.add_paragraph(data["title"])
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for line in data["lines"]:
    d.add_paragraph(line)
d.save(sys.argv[2])
