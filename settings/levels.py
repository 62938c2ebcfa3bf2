"""The administrative levels a portal can have: stdlib-free data, so that the CLI's `--level`
choices do not load the registry (tomllib, importlib.resources) on every command."""

LEVELS = ("province", "prefecture", "county", "district", "department")
