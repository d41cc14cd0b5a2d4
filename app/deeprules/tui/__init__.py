"""The Textual app (`deeprules` with no command). A shell over the core: no logic lives only here."""
