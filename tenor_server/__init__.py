"""The thin sync backend: authenticates, stores ciphertext, forgets."""

__version__ = "0.1.0"
