"""Plain domain types, ids, clock and the error base. No I/O, no third-party imports."""
