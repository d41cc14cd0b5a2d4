"""The screens of the deeprules app: one question per screen, and one base screen per mode."""
