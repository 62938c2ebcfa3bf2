"""fazhi: the command line, the demo and the local replay server."""
