"""`make bench`: speed figures for the engine and the window (measured, never asserted in tests)."""
