"""CMS-family base spiders: listing -> pagination -> article, configured by registry entries."""
