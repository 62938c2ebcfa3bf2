"""Scrapy settings and the portal registry."""
