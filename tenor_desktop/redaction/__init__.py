"""redaction layer."""
