"""The command-line shell. Nothing here decides anything: it parses, calls the core, and prints."""
