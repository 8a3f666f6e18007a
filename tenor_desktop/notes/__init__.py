"""notes layer."""
