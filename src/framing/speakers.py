"""Who frames it: each sentence attributed to a speaker and a side.

Rules (the data — people, groups, titles, reporting verbs — is in ``framing/lexicons/actors.yml``):

1. Leading adverbials are skipped: a sentence opening with "At", "For", "On", "During", ... is read
   from after the next comma ("On behalf of the URP, he wished ...").
2. The subject is then a person (optionally after title words: "Party General Secretary Tô Lâm",
   "Russian Communist Party chief Zyuganov"), two people joined by "and", a group ("both sides",
   "the two leaders", "the Russian Party heads"), a role ("the foreign minister"), or a pronoun. It
   is the speaker if a reporting verb follows (after adverbs such as "also", or after an apposition
   between commas).
3. Inverted reports: ", said X" or ", X said" anywhere in the sentence.
4. "he", "she", "they" and continuations of reported speech ("This would ...") take the previous
   sentence's speaker and side.
5. Group subjects: "both sides" is joint; "the two leaders", "both leaders", "the leaders" are the
   last two people who spoke (joint if their sides differ, else their side); "the Vietnamese
   leader" is the last Vietnamese person who spoke.
6. Otherwise the sentence belongs to the ``narrator``.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pandas as pd

from framing.sectors import LexiconError, _check_docs, _stream, _yaml
from framing.text import SENTENCE_COLUMNS, split_sentences

__all__ = ["Actors", "load_actors", "attribute_speakers", "doc_speakers", "SPEAKER_COLUMNS"]

#: Columns of the table returned by :func:`attribute_speakers`.
SPEAKER_COLUMNS = [*SENTENCE_COLUMNS, "speaker", "side"]

NARRATOR = ("narrator", "narrator")
_PERSON_SIDES = {"vietnam", "russia"}
_GROUP_SIDES = {"vietnam", "russia", "joint"}
_RESOLVE = {"none", "speakers", "side"}
_TOP_KEYS = {
    "people",
    "groups",
    "titles",
    "pronouns",
    "continuations",
    "reporting_verbs",
    "adverbs",
    "openers",
}


@dataclass
class Actors:
    """A validated actors list (see :func:`load_actors`)."""

    people: dict  # name -> side, in file order
    groups: list  # dicts: label, side, resolve
    trie: dict  # key tuple trie -> ("person", name) | ("group", index)
    titles: frozenset
    pronouns: frozenset
    continuations: dict  # trie of continuation openings
    verbs: dict  # trie of reporting verbs
    adverbs: frozenset
    openers: frozenset
    source: str = "<actors>"
    order: dict = field(default_factory=dict)


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(_stream(phrase)[2])


def _insert(root: dict, keys: tuple, payload, source: str, entry: str) -> None:
    if not keys:
        raise LexiconError(source, f"{entry}: empty phrase")
    node = root
    for k in keys:
        node = node.setdefault(k, {})
    if None in node and node[None] != payload:
        raise LexiconError(
            source, f"{entry}: phrase {' '.join(keys)!r} is used twice (same after folding)"
        )
    node[None] = payload


def _longest(root: dict, keys: list[str], i: int):
    node, j, best = root, i, None
    while j < len(keys):
        node = node.get(keys[j])
        if node is None:
            break
        j += 1
        if None in node:
            best = (j, node[None])
    return best


def load_actors(path: str | os.PathLike | None = None) -> Actors:
    """Read and validate an actors list.

    Parameters
    ----------
    path : str or PathLike, optional
        YAML file in the format documented at the top of ``framing/lexicons/actors.yml``
        (default: that packaged file).

    Returns
    -------
    Actors

    Raises
    ------
    LexiconError
        Bad YAML, unknown keys, a person without a valid side, a phrase used twice, ...
    """
    if path is None:
        return _packaged_actors()
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(
            p, f"cannot read actors list ({getattr(e, 'strerror', None) or e})"
        ) from None
    return _parse_actors(raw, str(p))


@lru_cache(maxsize=1)
def _packaged_actors() -> Actors:
    raw = resources.files("framing").joinpath("lexicons", "actors.yml").read_text(encoding="utf-8")
    return _parse_actors(raw, "actors.yml")


def _words(data: dict, key: str, source: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise LexiconError(source, f"'{key}' must be a list of words")
    for v in value:
        if not isinstance(v, str) or not v.strip():
            hint = (
                " (quote it: YAML reads on/off/yes/no as booleans)" if isinstance(v, bool) else ""
            )
            raise LexiconError(source, f"'{key}': item {v!r} is not a word{hint}")
    return value


def _parse_actors(raw: str, source: str) -> Actors:
    data = _yaml(raw, source)
    if not isinstance(data, dict):
        raise LexiconError(source, "an actors list must be a mapping with 'people' and 'groups'")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise LexiconError(
            source, f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}"
        )
    trie: dict = {}
    people: dict[str, str] = {}
    for i, item in enumerate(data.get("people") or [], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise LexiconError(source, f"person {i}: must be a mapping with 'name' and 'side'")
        name = item["name"].strip()
        entry = f"person {name!r}"
        bad = set(item) - {"name", "side", "aliases", "roles", "note"}
        if bad:
            raise LexiconError(
                source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, bad)))}"
            )
        if item.get("side") not in _PERSON_SIDES:
            raise LexiconError(
                source, f"{entry}: side must be vietnam or russia, not {item.get('side')!r}"
            )
        if name in people:
            raise LexiconError(source, f"{entry}: listed twice")
        people[name] = item["side"]
        for form in [name, *_words(item, "aliases", source), *_words(item, "roles", source)]:
            _insert(trie, _keys(form), ("person", name), source, entry)
    groups = []
    for i, item in enumerate(data.get("groups") or [], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise LexiconError(source, f"group {i}: must be a mapping with 'label' and 'phrases'")
        entry = f"group {item['label']!r}"
        bad = set(item) - {"label", "side", "resolve", "phrases", "note"}
        if bad:
            raise LexiconError(
                source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, bad)))}"
            )
        resolve = item.get("resolve", "none")
        if resolve not in _RESOLVE:
            raise LexiconError(source, f"{entry}: resolve must be one of none, speakers, side")
        side = item.get("side")
        if resolve != "speakers" and side not in _GROUP_SIDES:
            raise LexiconError(
                source, f"{entry}: side must be vietnam, russia or joint, not {side!r}"
            )
        phrases = _words(item, "phrases", source)
        if not phrases:
            raise LexiconError(source, f"{entry}: no phrases")
        groups.append({"label": item["label"], "side": side or "joint", "resolve": resolve})
        for form in phrases:
            _insert(trie, _keys(form), ("group", len(groups) - 1), source, entry)
    if not people:
        raise LexiconError(source, "'people' must list at least one person")

    def trie_of(key):
        root: dict = {}
        for w in _words(data, key, source):
            _insert(root, _keys(w), True, source, f"{key} {w!r}")
        return root

    def set_of(key):
        return frozenset(k for w in _words(data, key, source) for k in _keys(w))

    return Actors(
        people=people,
        groups=groups,
        trie=trie,
        titles=set_of("titles"),
        pronouns=set_of("pronouns"),
        continuations=trie_of("continuations"),
        verbs=trie_of("reporting_verbs"),
        adverbs=set_of("adverbs"),
        openers=set_of("openers"),
        source=source,
        order={n: i for i, n in enumerate(people)},
    )


def _as_actors(actors) -> Actors:
    if actors is None:
        return load_actors()
    if isinstance(actors, Actors):
        return actors
    return load_actors(actors)


# ---------------------------------------------------------------------------------------------
# Parsing one sentence
# ---------------------------------------------------------------------------------------------


def _subject(keys: list[str], i: int, act: Actors, titles: bool = True):
    """A subject starting at token ``i``: (end, kind, value) or None.

    kind: "people" (tuple of names), "group" (index), "pronoun", "continuation".
    """
    n = len(keys)
    if i >= n:
        return None
    if keys[i] in act.pronouns:
        return i + 1, "pronoun", keys[i]
    hit = _longest(act.continuations, keys, i)
    if hit:
        return hit[0], "continuation", None
    names: list[str] = []
    k = i
    while k < n:
        start = k
        hit = None
        while k < n and k - start <= 8:
            hit = _longest(act.trie, keys, k)
            if hit or not titles or keys[k] not in act.titles:
                break
            k += 1
        if not hit:
            return None
        k, (kind, value) = hit
        if kind == "group":
            return (k, "group", value) if not names else None
        # "the foreign minister Trung": a second name right after a role is the same subject
        again = _longest(act.trie, keys, k)
        if again and again[1][0] == "person":
            k, (_, value) = again
        names.append(value)
        if k < n and keys[k] == "and":
            k += 1
            continue
        return k, "people", tuple(names)
    return None


def _verb_after(keys: list[str], k: int, act: Actors) -> bool:
    n = len(keys)
    if k < n and keys[k] == ",":  # apposition: "Medvedev, Chairman of URP, said"
        close = next((j for j in range(k + 1, min(n, k + 15)) if keys[j] == ","), None)
        if close is None:
            return False
        k = close + 1
    while k < n and keys[k] in act.adverbs:
        k += 1
    return _longest(act.verbs, keys, k) is not None


def _parse(keys: list[str], act: Actors):
    """(kind, value) of the speaker of a sentence, or None for the narrator."""
    i, n = 0, len(keys)
    while i < n and keys[i] in act.openers:
        comma = next((j for j in range(i + 1, min(n, i + 20)) if keys[j] == ","), None)
        if comma is None:
            break
        i = comma + 1
    subj = _subject(keys, i, act)
    if subj is not None:
        end, kind, value = subj
        if kind == "continuation" or _verb_after(keys, end, act):
            return kind, value
    # inverted: ", said X" / ", X said"
    for c in range(n):
        if keys[c] != ",":
            continue
        verb = _longest(act.verbs, keys, c + 1)
        if verb is not None:
            subj = _subject(keys, verb[0], act)
            if subj is not None and subj[1] in ("people", "group"):
                return subj[1], subj[2]
        subj = _subject(keys, c + 1, act)
        if subj is not None and subj[1] in ("people", "group"):
            if _longest(act.verbs, keys, subj[0]) is not None:
                return subj[1], subj[2]
    return None


def _label(names, act: Actors) -> tuple[str, str]:
    names = sorted(set(names), key=lambda x: act.order[x])
    sides = {act.people[x] for x in names}
    return " and ".join(names), (sides.pop() if len(sides) == 1 else "joint")


def _resolve_document(sentence_keys: list[list[str]], act: Actors) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    persons: list[tuple[str, ...]] = []  # people behind each sentence's speaker
    for keys in sentence_keys:
        parsed = _parse(keys, act)
        who: tuple[str, ...] = ()
        if parsed is None:
            res = NARRATOR
        else:
            kind, value = parsed
            if kind in ("pronoun", "continuation"):
                res = out[-1] if out else NARRATOR
                who = persons[-1] if persons else ()
            elif kind == "people":
                res, who = _label(value, act), value
            else:
                g = act.groups[value]
                res = (g["label"], g["side"])
                if g["resolve"] == "speakers":
                    recent: list[str] = []
                    for ppl in reversed(persons):
                        for p in ppl:
                            if p not in recent:
                                recent.append(p)
                        if len(recent) >= 2:
                            break
                    if len(recent) >= 2:
                        who = tuple(recent[:2])
                        res = _label(who, act)
                elif g["resolve"] == "side":
                    match = next(
                        (p for ppl in reversed(persons) for p in ppl if act.people[p] == g["side"]),
                        None,
                    )
                    if match is not None:
                        who = (match,)
                        res = _label(who, act)
        out.append(res)
        persons.append(who)
    return out


def attribute_speakers(docs: pd.DataFrame, actors=None) -> pd.DataFrame:
    """Sentences table with the speaker and side of each sentence.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`).
    actors : Actors or path, optional
        Default: the packaged list (:func:`load_actors`).

    Returns
    -------
    pandas.DataFrame
        :func:`framing.text.split_sentences` columns (doc_id, period, paragraph_id, sentence_id,
        start, end, text) plus ``speaker`` (canonical name such as "Tô Lâm", two names joined by
        " and ", a group label such as "both sides", or "narrator") and ``side`` ("vietnam",
        "russia", "joint" or "narrator").
    """
    _check_docs(docs)
    act = _as_actors(actors)
    sentences = split_sentences(docs)
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    speakers: list[str] = []
    sides: list[str] = []
    # split_sentences writes each document's sentences as one contiguous run, in order
    rows = zip(sentences["doc_id"], sentences["start"], sentences["end"], strict=True)
    for doc_id, run in groupby(rows, key=itemgetter(0)):
        spans = [(s0, s1) for _, s0, s1 in run]
        for speaker, side in doc_speakers(texts[doc_id], spans, act):
            speakers.append(speaker)
            sides.append(side)
    sentences["speaker"] = pd.Series(speakers, index=sentences.index, dtype=object)
    sentences["side"] = pd.Series(sides, index=sentences.index, dtype=object)
    return sentences


def doc_speakers(text: str, spans, actors=None, stream=None) -> list[tuple[str, str]]:
    """(speaker, side) of each sentence of one document.

    Parameters
    ----------
    text : str
        The document text.
    spans : sequence of (start, end)
        Sentence offsets into ``text``, in order (as :func:`framing.text.split_sentences`).
    actors : Actors or path, optional
    stream : tuple, optional
        ``framing.sectors._stream(text)`` if already computed.

    Returns
    -------
    list of (str, str)
    """
    act = _as_actors(actors)
    starts, _, keys = stream if stream is not None else _stream(text)
    sentence_keys = [keys[bisect_left(starts, s0) : bisect_left(starts, s1)] for s0, s1 in spans]
    return _resolve_document(sentence_keys, act)
