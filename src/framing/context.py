"""What a sector mention is about: a field of cooperation with the partner, or the speaker's own
domestic agenda.

A report on party relations names sectors in two ways. "Wishes to expand collaboration across major
fields such as politics, security and defence, energy ..." names fields of cooperation with the
partner; "the congress's emphasis on transforming the growth model based on science-technology and
digital transformation, ... environmental protection" names the speaker's own priorities, which
the partner is only told about. Counting both as the sectors of the relationship overstates it, so
every mention gets a ``context``: "cooperation", "domestic" or "other" (talks about third parties,
"exchanged views on regional and international issues"), decided by rule from its sentence.

The rules are data: cue phrases per context in ``framing/lexicons/contexts.yml`` (its header gives
the format), matched like sector terms (:mod:`framing.lexicons.matching`). For each mention, within
its sentence, the first rule that applies decides:

1. a cue inside the mention itself ("inter-party cooperation", "relations with the two parties");
2. else the nearest cue starting before the mention ("cooperation in | energy, oil and gas");
3. else the nearest cue after it, or starting in it and running past its end ("| cadre training,
   enhanced collaboration between ..."; "| foreign affairs ... has been identified as a key and
   regular task");
4. else the default context (``other``).

The rule that decided is kept in ``context_rule`` ("before: cooperation", "default", ...), so that
every context can be checked against its sentence.

Examples
--------
>>> import pandas as pd
>>> from framing.tokens import split_sentences
>>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [
...     "They agreed to boost cooperation in energy. "
...     "He stressed the congress's emphasis on digital transformation."]})
>>> sentences = split_sentences(docs)
>>> mentions = pd.DataFrame({"doc_id": ["d", "d"], "sector": ["energy", "science_technology"],
...                          "start": [36, 83], "end": [42, 105], "sentence_id": [0, 1]})
>>> mention_context(mentions, sentences)[["sector", "context", "context_rule"]].values.tolist()
[['energy', 'cooperation', 'before: cooperation'], ['science_technology', 'domestic', "before: congress's emphasis on"]]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, LexiconError, require_columns
from framing.lexicons import read_packaged, read_text, read_yaml
from framing.lexicons.matching import PhraseTrie, key_stream, phrase_keys

__all__ = ["ContextRules", "load_contexts", "mention_context", "CONTEXTS_FILE", "CONTEXT_COLUMNS"]

#: File name of the packaged rules in ``framing/lexicons``.
CONTEXTS_FILE = "contexts.yml"
#: Columns :func:`mention_context` adds to the mentions.
CONTEXT_COLUMNS = ["context", "context_rule"]


@dataclass(frozen=True)
class ContextRules:
    """Cue phrases per context, and the context of a mention no cue reaches.

    Attributes
    ----------
    default : str
        Context when no cue applies.
    contexts : dict of str -> tuple of str
        Context -> its cue phrases, as written, in the file's order.
    source : str
        Where the rules come from (for messages).
    """

    default: str
    contexts: dict[str, tuple[str, ...]]
    source: str = CONTEXTS_FILE
    trie: PhraseTrie = field(default_factory=PhraseTrie, repr=False, compare=False)

    @property
    def names(self) -> list[str]:
        """Every context, in display order: the cue contexts, then the default if it has no cues."""
        return [*self.contexts, *([] if self.default in self.contexts else [self.default])]

    def cues(self, text: str) -> list[tuple[int, int, str, str]]:
        """The cues found in ``text``: (start, end, context, phrase), leftmost-longest, in order."""
        starts, ends, keys = key_stream(text)
        found, i = [], 0
        while i < len(keys):
            hit = self.trie.longest(keys, i) if keys[i] in self.trie else None
            if hit is None:
                i += 1
                continue
            j, (context, phrase) = hit
            found.append((starts[i], ends[j - 1], context, phrase))
            i = j
        return found


def _parse(data, source: str) -> ContextRules:
    if not isinstance(data, dict) or set(data) != {"default", "contexts"}:
        raise LexiconError(source, "must have exactly the keys 'default' and 'contexts'")
    default, contexts = data["default"], data["contexts"]
    if not isinstance(default, str) or not default.strip():
        raise LexiconError(source, "default: must be a context name")
    if not isinstance(contexts, dict) or not contexts:
        raise LexiconError(source, "contexts: must map each context to a list of cue phrases")
    trie = PhraseTrie()
    out: dict[str, tuple[str, ...]] = {}
    for name, phrases in contexts.items():
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(source, f"contexts: {name!r} is not a context name")
        if not isinstance(phrases, list) or not phrases:
            raise LexiconError(source, f"{name}: must be a non-empty list of cue phrases")
        for phrase in phrases:
            if not isinstance(phrase, str) or not any(ch.isalnum() for ch in phrase):
                raise LexiconError(source, f"{name}: {phrase!r} is not a phrase with words")
            before = trie.add(phrase_keys(phrase), (name, phrase.strip()))
            if before is not None:
                raise LexiconError(
                    source, f"{name}: {phrase!r} is already a cue of {before[0]} ({before[1]!r})"
                )
        out[name] = tuple(p.strip() for p in phrases)
    return ContextRules(default=default.strip(), contexts=out, source=source, trie=trie)


@cache
def _packaged() -> ContextRules:
    return _parse(read_yaml(read_packaged(CONTEXTS_FILE), CONTEXTS_FILE), CONTEXTS_FILE)


def load_contexts(path: str | os.PathLike | None = None) -> ContextRules:
    """The context rules: the packaged ``contexts.yml``, or another file of the same format.

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML file (default=None: the packaged one).

    Returns
    -------
    ContextRules

    Raises
    ------
    framing.errors.LexiconError
        A file that cannot be read or does not follow the format.

    Examples
    --------
    >>> rules = load_contexts()
    >>> rules.default, rules.names
    ('other', ['cooperation', 'domestic', 'other'])
    """
    if path is None:
        return _packaged()
    return _parse(read_yaml(read_text(path, "context rules"), str(path)), str(path))


def mention_context(
    mentions: pd.DataFrame, sentences: pd.DataFrame, *, rules: ContextRules | str | os.PathLike | None = None
) -> pd.DataFrame:
    """The mentions with the ``context`` of each one and the rule that decided it.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sentence_id``,
        ``start``, ``end``: offsets into the document's text).
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.tokens.split_sentences`; uses ``doc_id``, ``sentence_id``,
        ``start``, ``end``, ``text``).
    rules : ContextRules or path, optional
        The rules (default=None: the packaged ``contexts.yml``, :func:`load_contexts`).

    Returns
    -------
    pandas.DataFrame
        A copy of ``mentions``, rows in their order, with two more columns: ``context`` (a context
        of the rules: "cooperation", "domestic", "other") and ``context_rule`` ("in mention:
        <cue>", "before: <cue>", "after: <cue>" or "default"; see the module documentation).

    Raises
    ------
    framing.errors.AnalysisError
        A table without its columns, or a mention whose sentence is not in ``sentences``.
    """
    require_columns(mentions, ["doc_id", "sentence_id", "start", "end"], "mentions")
    require_columns(sentences, ["doc_id", "sentence_id", "start", "end", "text"], "sentences")
    if rules is None or isinstance(rules, str | os.PathLike):
        rules = load_contexts(rules)
    elif not isinstance(rules, ContextRules):
        raise AnalysisError("rules", f"expected ContextRules or a path, not {type(rules).__name__}")
    where = {
        (str(d), int(s)): (int(start), str(text))
        for d, s, start, text in zip(
            sentences["doc_id"], sentences["sentence_id"], sentences["start"], sentences["text"],
            strict=True,
        )
    }
    found: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    context, rule = [], []
    for d, s, start, end in zip(
        mentions["doc_id"].astype(str), mentions["sentence_id"], mentions["start"], mentions["end"],
        strict=True,
    ):
        key = (d, int(s))
        if key not in where:
            raise AnalysisError("mentions", f"sentence {key[1]} of document {d!r} is not in sentences")
        if key not in found:
            offset, text = where[key]
            found[key] = [(a + offset, b + offset, c, p) for a, b, c, p in rules.cues(text)]
        c, r = _decide(found[key], int(start), int(end), rules.default)
        context.append(c)
        rule.append(r)
    out = mentions.copy()
    out["context"] = np.array(context, dtype=object)
    out["context_rule"] = np.array(rule, dtype=object)
    return out


def _decide(cues, start: int, end: int, default: str) -> tuple[str, str]:
    """(context, rule) of the mention at ``start:end`` from its sentence's cues (in text order)."""
    inside = [c for c in cues if start <= c[0] and c[1] <= end]
    if inside:
        return inside[0][2], f"in mention: {inside[0][3]}"
    before = [c for c in cues if c[0] < start]
    if before:
        return before[-1][2], f"before: {before[-1][3]}"
    after = [c for c in cues if c[0] >= start]  # after it, or starting in it and running past it
    if after:
        return after[0][2], f"after: {after[0][3]}"
    return default, "default"
