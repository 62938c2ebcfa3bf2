"""SQLite storage on sqlite-utils, one package per store: ``db.archive`` (raw responses, kept
forever) and ``db.corpus`` (derived from the archive); ``db.migrations`` runs both schemas."""
