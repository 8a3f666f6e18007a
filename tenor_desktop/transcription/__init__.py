"""transcription layer."""
