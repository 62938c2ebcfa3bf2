"""One module a portal: each `make(mixed)` returns its filled `Portal`."""
