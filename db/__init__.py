"""SQLite storage: raw archive, derived corpus, migrations, rebuild, search."""
