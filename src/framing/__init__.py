"""framing: comparative discourse analysis of news reports, with every number traceable to its words.

The pipeline, one module per step (data flows one way)::

    normalize  fold, what a token is               text -> folded keys (never changes the text)
    lexicons   load_lexicon, load_actors, ...      word lists; the one phrase-matching engine
    corpus     load_corpus                         raw files -> corpus table (docs)
    tokens     tokenize, split_sentences           docs -> tokens / sentences tables
    speakers   attribute_speakers                  sentences -> who speaks, on which side
    sectors    find_sector_mentions                docs -> mentions table
    concordance kwic, sector_kwic                  any word, glob, /regex/ or phrase in context, sorted
    analysis   analyse                             docs -> Analysis (the tables above, built once)
    stats      keyness, sector_summary, ...        tables -> statistics (never raw text)
    topics     sector_passages, fit_topics         mentions + sentences -> topic models
    plots      textplot_* functions                tables -> matplotlib Figures
    report     reproduce, write_explorer, ...      Analysis -> tables, figures, explorer, widgets
    cli        the ``framing`` command

Public names are imported lazily so that ``framing --help`` starts fast.

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["a"], "period": ["p"], "text": ["Both sides agreed on energy."]})
>>> a = framing.analyse(docs)
>>> framing.sector_summary(a.mentions, a.tokens, by="period").query("count > 0")[["sector", "count"]].values.tolist()
[['energy', 1]]
"""

from __future__ import annotations

import importlib

__version__ = "0.2.0"

# public name -> module that defines it
_EXPORTS = {
    # errors
    "FramingError": "errors",
    "CorpusError": "errors",
    "LexiconError": "errors",
    "AnalysisError": "errors",
    "OutputError": "errors",
    # study and word lists
    "load_study": "config",
    "Study": "config",
    "load_lexicon": "lexicons",
    "load_actors": "lexicons",
    "load_stopwords": "lexicons",
    "load_entities": "lexicons",
    "seed_terms": "lexicons",
    # pipeline
    "fold": "normalize",
    "load_corpus": "corpus",
    "tokenize": "tokens",
    "split_sentences": "tokens",
    "display_forms": "tokens",
    "attribute_speakers": "speakers",
    "find_sector_mentions": "sectors",
    "rejected_mentions": "sectors",
    "match_sectors": "sectors",
    "kwic": "concordance",
    "sector_kwic": "concordance",
    "analyse": "analysis",
    "Analysis": "analysis",
    # statistics
    "sector_summary": "stats",
    "sector_period_difference": "stats",
    "sector_cooccurrence": "stats",
    "sector_by_side": "stats",
    "document_term_matrix": "stats",
    "term_frequencies": "stats",
    "keyness": "stats",
    "collocations": "stats",
    "dispersion": "stats",
    "lexical_overview": "stats",
    "term_trend": "stats.trends",
    # topics
    "sector_passages": "topics",
    "fit_topics": "topics",
    "select_k": "topics",
    "choose_k": "topics",
    "topic_proportions": "topics",
    "TopicModel": "topics",
    # reporting
    "analysis_tables": "report.tables",
    "reproduce": "report.export",
    "export_figure": "report.export",
    "write_explorer": "report.explorer",
    "count_matrix": "scale",
    "iter_corpus": "scale",
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
