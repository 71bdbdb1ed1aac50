"""Batch scanning: many tenders and contracts checked in parallel into a SQLite store.

units     what is one unit of work (a DCE folder or archive, a lone contract), its content hash
worker    checks one unit and returns a plain, picklable outcome
local     runs units in forked worker processes, with a timeout and crash isolation
dask_cluster  runs units on a Dask cluster (optional extra `tenderguard[distributed]`)
store     the SQLite store: scans, results per unit and version, requirement rows
scan      the scan itself: discover, skip what is unchanged, run, store, report progress
query     filters and exports stored results; diff compares two results of a unit
"""
