"""One writer per output format, all fed by the same CheckResult."""
