"""Reporting: what turns the pipeline's tables into what a reader sees (notebook helpers, ...)."""
