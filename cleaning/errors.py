"""The one exception of the cleaning stage."""


class CleaningError(ValueError):
    """Input that cannot be read at all (empty bytes, binary data)."""
