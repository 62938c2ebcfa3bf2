"""Cleaning: raw portal page bytes → a sectioned, Simplified-Chinese Document. No Scrapy here."""

from cleaning.document import Attachment, Document, Section

__all__ = ["Attachment", "Document", "Section"]
