"""Who frames it: each sentence attributed to a speaker and a side.

Rules (the data is in the packaged ``framing/lexicons/actors.yml``, the grammar of reported speech,
plus the study's actors file: its people and their sides; see :func:`framing.lexicons.load_actors`):

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
   last two people who spoke (joint if their sides differ, else their side); a group with
   ``resolve: side`` ("the Vietnamese leader") is the last person of that side who spoke.
6. Otherwise the sentence belongs to the ``narrator``.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import groupby
from operator import itemgetter

import pandas as pd

from framing.errors import require_columns
from framing.lexicons.actors import JOINT, NARRATOR, Actors, as_actors
from framing.lexicons.matching import key_stream
from framing.tokens import SENTENCE_COLUMNS

__all__ = ["attribute_speakers", "speakers_of_document", "SPEAKER_COLUMNS"]

#: Columns of the table returned by :func:`attribute_speakers`.
SPEAKER_COLUMNS = [*SENTENCE_COLUMNS, "speaker", "side"]

_NOBODY = (NARRATOR, NARRATOR)


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
    hit = act.continuations.longest(keys, i)
    if hit:
        return hit[0], "continuation", None
    names: list[str] = []
    k = i
    while k < n:
        start = k
        hit = None
        while k < n and k - start <= 8:
            hit = act.subjects.longest(keys, k)
            if hit or not titles or keys[k] not in act.titles:
                break
            k += 1
        if not hit:
            return None
        k, (kind, value) = hit
        if kind == "group":
            return (k, "group", value) if not names else None
        # "the foreign minister Trung": a second name right after a role is the same subject
        again = act.subjects.longest(keys, k)
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
    return act.verbs.longest(keys, k) is not None


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
        verb = act.verbs.longest(keys, c + 1)
        if verb is not None:
            subj = _subject(keys, verb[0], act)
            if subj is not None and subj[1] in ("people", "group"):
                return subj[1], subj[2]
        subj = _subject(keys, c + 1, act)
        if subj is not None and subj[1] in ("people", "group"):
            if act.verbs.longest(keys, subj[0]) is not None:
                return subj[1], subj[2]
    return None


def _label(names, act: Actors) -> tuple[str, str]:
    names = sorted(set(names), key=lambda x: act.order[x])
    sides = {act.people[x] for x in names}
    return " and ".join(names), (sides.pop() if len(sides) == 1 else JOINT)


def _resolve_document(sentence_keys: list[list[str]], act: Actors) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    persons: list[tuple[str, ...]] = []  # people behind each sentence's speaker
    for keys in sentence_keys:
        parsed = _parse(keys, act)
        who: tuple[str, ...] = ()
        if parsed is None:
            res = _NOBODY
        else:
            kind, value = parsed
            if kind in ("pronoun", "continuation"):
                res = out[-1] if out else _NOBODY
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


def attribute_speakers(sentences: pd.DataFrame, *, actors=None) -> pd.DataFrame:
    """The sentences table with the speaker and side of each sentence.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.tokens.split_sentences`): each document's sentences as one
        run, in order; uses ``doc_id`` and ``text``.
    actors : Actors, path or list of paths, optional
        The study's actors (default=None: the packaged grammar alone, which names no person;
        :func:`framing.lexicons.load_actors`).

    Returns
    -------
    pandas.DataFrame
        The sentences columns plus ``speaker`` (canonical name such as "Tô Lâm", two names joined
        by " and ", a group label such as "both sides", or "narrator") and ``side`` (a side id of the
        study, "joint" or "narrator").

    Examples
    --------
    >>> from framing.tokens import split_sentences
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to meet. Prices rose."]})
    >>> attribute_speakers(split_sentences(docs))[["speaker", "side"]].values.tolist()
    [['both sides', 'joint'], ['narrator', 'narrator']]
    """
    require_columns(sentences, ["doc_id", "text"], "sentences")
    act = as_actors(actors)
    out = sentences.copy()
    speakers: list[str] = []
    sides: list[str] = []
    rows = zip(out["doc_id"], out["text"], strict=True)
    for _, run in groupby(rows, key=itemgetter(0)):
        keys = [key_stream(text)[2] for _, text in run]
        for speaker, side in _resolve_document(keys, act):
            speakers.append(speaker)
            sides.append(side)
    out["speaker"] = pd.Series(speakers, index=out.index, dtype=object)
    out["side"] = pd.Series(sides, index=out.index, dtype=object)
    return out


def speakers_of_document(text: str, spans, *, actors=None, stream=None) -> list[tuple[str, str]]:
    """(speaker, side) of each sentence of one document.

    Parameters
    ----------
    text : str
        The document text.
    spans : sequence of (start, end)
        Sentence offsets into ``text``, in order (:func:`framing.tokens.sentence_spans`).
    actors : Actors or path, optional
        Default=None: the packaged grammar alone.
    stream : tuple, optional
        ``framing.lexicons.matching.key_stream(text)`` if already computed (default=None).

    Returns
    -------
    list of (str, str)
    """
    act = as_actors(actors)
    starts, _, keys = stream if stream is not None else key_stream(text)
    sentence_keys = [keys[bisect_left(starts, s0) : bisect_left(starts, s1)] for s0, s1 in spans]
    return _resolve_document(sentence_keys, act)
