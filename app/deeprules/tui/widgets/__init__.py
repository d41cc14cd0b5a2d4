"""Reusable widgets of the deeprules app."""
