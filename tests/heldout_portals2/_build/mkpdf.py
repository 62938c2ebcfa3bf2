# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""A small real PDF of one report (reportlab, CJK font embedded): mkpdf.py DATA.json OUT.pdf"""
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=16, leading=24, alignment=1, wordWrap="CJK")
body = ParagraphStyle("b", fontName="WQY", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
doc = SimpleDocTemplate(sys.argv[2], pagesize=A4, title=data["title"], author="潇川县司法局")
story = [Paragraph(data["title"], title), Spacer(1, 12)]
story += [Paragraph(line, body) for line in data["lines"]]
doc.build(story)
