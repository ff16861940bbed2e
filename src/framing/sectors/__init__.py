"""Sector mentions: which sectors of cooperation a report names, where, and in whose mouth.

The sector lexicon is data (``framing/lexicons/sectors.yml``; its header documents the format and the
matching rules; :func:`framing.lexicons.load_lexicon` reads it). :func:`match_sectors` matches it
over the folded key stream of a text with the one phrase trie of :mod:`framing.lexicons.matching`,
so the cost grows with the number of tokens, not with the number of phrases. :func:`automaton_text`
(the default of :func:`find_sector_mentions`) gives the same mentions: one Aho–Corasick scan
(pyahocorasick) finds the candidates, and the rules run only on the sentences that hold them.
Every mention keeps ``doc_id`` and ``start``/``end`` offsets into ``docs.text``; its sentence,
speaker and side come from the sentences table (:func:`framing.speakers.attribute_speakers`),
joined by ``sentence_id``.

Beyond the terms, each text's :class:`DocumentContext` applies general rules, one pass each over the
keys (:mod:`framing.lexicons.names`, data in ``names.yml``): sector words inside names of institutions,
companies, events and titles are no mentions ("Ministry of Industry and Trade", "Russian Energy
Week"), nor are those before an office ("the energy minister") or in a bracket that repeats a name
("(LNG)"); the ``{party}`` slot takes any party the text names ("Lao People's Revolutionary Party",
an acronym it defines, "the two Communist Parties"); a list sharing a head noun gives one mention per
member ("political and economic ties"); party work is found by its verbs and objects ("train another
group of Vietnamese party officials", "building a clean and strong Party"). The ``rule`` column says
what matched.

Tables
------
mentions (:func:`find_sector_mentions`)
    :data:`MENTION_COLUMNS`: doc_id, period, sector, start, end, surface, paragraph_id, sentence_id,
    speaker, side, rel_position, rule (the term or rule that matched, for audit).
rejected (:func:`rejected_mentions`)
    :data:`REJECTED_COLUMNS`: doc_id, sector, start, end, term, check, text: each candidate that
    gave no mention and the check that dropped it (why a word was not counted).

**Modules**, one kind of rule each (an analyst auditing "when is a sector word a place" reads one):

* :mod:`framing.sectors.mentions`: the automaton windows and the mentions table,
  :func:`find_sector_mentions`, and the words it did not count, :func:`rejected_mentions`;
* :mod:`framing.sectors.matcher`: :class:`DocumentContext` and the mention loop :func:`match_keys`
  (candidate, exclusions, checks, merge; ``match_text(..., rejected=[])`` audits what it drops);
* :mod:`framing.sectors.checks`: the ordered table of named checks that drop or shift a candidate
  ("named-place", "inside-name", ...), each with its example and what it does to the position;
* :mod:`framing.sectors.party`: party relations, and whether a sentence speaks of a party;
* :mod:`framing.sectors.cadres`: party work, cadres, party courses and schools;
* :mod:`framing.sectors.fields`: actor or field (institutions, offices and their remits, people);
* :mod:`framing.sectors.places`: the place-noun lists and the rules for places of the story;
* :mod:`framing.sectors.figures`: figures of speech, counts and amounts, scenes, one flight or train;
* :mod:`framing.sectors.lists`: lists of one sector and lists sharing a head noun;
* :mod:`framing.sectors._common`: token-level helpers and word sets several rules read.

The tests mirror the modules: ``tests/test_sectors_<module>.py`` holds the tests of each module's rules
(found by the rule's test name in ``data/evaluation/RULES.md``); ``tests/test_sectors.py`` the end-to-end
tests over the two study reports.

Concordances of words and of sector mentions are in :mod:`framing.concordance`.
"""

from __future__ import annotations

from framing.sectors.matcher import (
    DocumentContext,
    document_context,
    match_keys,
    match_sectors,
    match_text,
)
from framing.sectors.mentions import (
    MENTION_COLUMNS,
    REJECTED_COLUMNS,
    automaton_text,
    automaton_windows,
    find_sector_mentions,
    rejected_mentions,
)

__all__ = [
    "match_sectors",
    "match_text",
    "match_keys",
    "automaton_text",
    "automaton_windows",
    "document_context",
    "DocumentContext",
    "find_sector_mentions",
    "MENTION_COLUMNS",
    "rejected_mentions",
    "REJECTED_COLUMNS",
]
