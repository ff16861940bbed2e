"""framing: comparative discourse analysis of news reports, with every number traceable to its words.

The pipeline, one module per step (data flows one way)::

    corpus     load_corpus                      raw files -> corpus table (docs)
    text       tokenize, split_sentences        docs -> tokens / sentences tables
    sectors    find_sector_mentions, kwic, ...  docs -> mentions table -> sector summaries
    frequencies term_frequencies, keyness, ...  docs -> term statistics (keyness, collocations)
    topics     sector_passages, fit_topics      mentions -> passages -> topic models
    plots      textplot_* functions             tables -> matplotlib Figures
    export     reproduce, export_figure         everything -> figures/ and data/processed/
    cli        the ``framing`` command

Public names are imported lazily so that ``framing --help`` starts fast.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "CorpusError": "corpus",
    "load_corpus": "corpus",
    "tokenize": "text",
    "split_sentences": "text",
    "display_forms": "text",
    "fold": "text",
    "load_stopwords": "text",
    "LexiconError": "sectors",
    "load_lexicon": "sectors",
    "find_sector_mentions": "sectors",
    "attribute_speakers": "speakers",
    "kwic": "sectors",
    "sector_summary": "sectors",
    "seed_terms": "sectors",
    "sector_period_difference": "sectors",
    "sector_cooccurrence": "sectors",
    "sector_by_side": "sectors",
    "sector_tables": "sectors",
    "load_actors": "speakers",
    "document_term_matrix": "frequencies",
    "term_frequencies": "frequencies",
    "keyness": "frequencies",
    "collocations": "frequencies",
    "dispersion": "frequencies",
    "lexical_overview": "frequencies",
    "keyness_tables": "frequencies",
    "KeynessError": "frequencies",
    "sector_passages": "topics",
    "fit_topics": "topics",
    "select_k": "topics",
    "topic_proportions": "topics",
    "topic_tables": "topics",
    "TopicModel": "topics",
    "reproduce": "export",
    "export_figure": "export",
    "write_explorer": "explorer",
    "ExplorerError": "explorer",
    "count_matrix": "scale",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"framing.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))
