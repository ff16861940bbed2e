"""Later short forms of a person found in the text: any word of the name (a Vietnamese given name
with its rivals), a name after titles, a role phrase ("the Russian minister", "the Party leader",
"the manager", "his Vietnamese counterpart").

``_Resolution`` holds these rules as methods of the document (:mod:`framing.speakers.document`):
``person_at`` (a name), ``title_skip`` (titles before it), ``role_at`` and ``resolve_role`` (a role
phrase and the person it names). Pronouns ("he", "they") follow the speakers before them, sentence
by sentence (:mod:`framing.speakers.attribution`)."""

from __future__ import annotations

from framing.lexicons.matching import PhraseTrie
from framing.lexicons.names import is_word, with_in_name
from framing.normalize import fold
from framing.speakers._common import (
    _APPOSITION,
    _DETERMINERS,
    _LED_BY,
    _LEVEL_WORDS,
    _PLURAL_QUANTIFIERS,
    _ROLE_KIN,
    _SHORT_FORMS,
    _TITLE_PLAIN,
    _TITLE_SCAN,
    _marked_vietnamese,
    _positions_before,
    _short_form_stop,
)

# Titles of people "the expert" or "the analyst" may refer to.
#: r29g: unnamed local voices ("local authorities said"), as keys (plurals folded)
_LOCAL_VOICES = frozenset({"authority", "official"})
#: probe 37p4: heads of a local government's name after its level ("the provincial People's Committee")
_LOCAL_BODY_HEADS = frozenset({"committee", "council", "administration", "government"})
_EXPERT_KIN = frozenset({"expert", "analyst", "researcher", "research", "fellow", "scholar", "academic",
                         "scientist", "academician", "professor"})
# Titles of people "the veteran" may refer to: a soldier's rank or the word itself ("Colonel (retired)
# Ivan Sorokin", "war veteran Ivan Sorokin"), never a minister who met veterans.
_VETERAN_KIN = frozenset({"veteran", "colonel", "lieutenant", "general", "major", "captain", "sergeant",
                          "retired", "soldier", "commander", "officer"})
# Civil titles that share a rank's word ("General Secretary", "Lieutenant Governor", "Consul General",
# "Director General"): no soldier, so no veteran (review 16)
_CIVIL_KIN = frozenset({"secretary", "governor", "consul", "director", "attorney", "prosecutor", "manager",
                        "executive"})
_SPOKES = frozenset({"spokesperson", "spokeswoman", "spokesman"})  # one office, three words
#: r29f: verbs by which one thanks or welcomes the other side ("The host thanked the Russian side"): not one's own
_THANKING = frozenset({"thanked", "thank", "thanks", "thanking", "welcomed", "praised", "congratulated"})
# Verbs of a relative clause that holds a post: "who heads", "who sits in", "who is a member of".
_HOLDING = frozenset({"head", "chair", "lead", "sit", "serve", "is", "represent"})
# Nouns of a possessive before a title: "the country's Ambassador to Russia X".
_POSSESSORS = frozenset({"country", "nation", "republic", "kingdom", "government", "ministry", "party", "company"})


# Title words of a person who leads (a "leader"), not of any official.
_LEADING = frozenset({"secretary", "general", "chairman", "chairwoman", "chairperson", "president",
                      "chief", "head", "premier", "prime", "leader"})
# r30i: title words of a body's chair ("the Duma speaker" is the State Duma's chairman).
_CHAIRS = frozenset({"chairman", "chairwoman", "chairperson", "chair", "president"})
_LEGISLATURES = frozenset({"parliament", "legislature", "assembly", "duma", "senate", "congress", "na"})
# R29i: mark of "Party" capitalised before a role ("the Party leader"): as news copy writes the
# party of a general secretary, not the chairman of a party met (lower case "the party leader")
_PARTY = "Party"
# Mark of a role word that stands for another ("premier = prime minister"): see _Document.role_at.
_ALIAS = "="
#: review 42: words that determine only a plural role ("both", r31k's quantifiers): one set, asked twice
_PLURAL_ONLY = _PLURAL_QUANTIFIERS | {"both"}



# Probe 16: lower-case state bodies whose officer a role "of the <side adjective> <body>" names
# ("the chairman of the Russian parliament", "the head of the Vietnamese government"). As keys.
_STATE_BODIES = frozenset({"parliament", "legislature", "assembly", "duma", "senate", "congress",
                           "council", "cabinet", "party"})
#: r30b: modifiers of a role that are common nouns, no body's own name ("the Party official")
_COMMON_BODIES = frozenset({_PARTY}) | _POSSESSORS | _STATE_BODIES


#: r32c: words of time before a capitalised title ("former Deputy Prime Minister X")
_PAST_POST = frozenset({"former", "then", "acting", "outgoing"})

# probe 37p11: the heads of a delegation ("The head of the delegation said") and the title words that
# say a person leads one ("a delegation led by X", "X, head of the delegation"); the unit's mark
_DELEGATION_HEADS = frozenset({"head", "leader", "chief"})
_DELEGATION_LEADING = frozenset({"led", "headed", "head", "leader", "chief"})
_LEADS_DELEGATION = "\x00delegation"


_DASH_NAME_SPAN = 4  # lead's round 39: capitalised words of a body's name on each side of a spaced dash

class _Resolution:
    """Rules of a document that resolve later short forms to its people (methods of ``_Document``)."""

    def _given_name_rivals(self) -> dict[str, list[int]]:
        """Given name -> keys where a person the text discovered, of an origin named by the given
        name, is named in full ("Vũ Lâm": "lâm"): what an actors file's alias "Lâm" may be."""
        keys, found = self.keys, {}
        given = {adjective for adjective, short, _ in self.names.origins if short == "given"}
        for p in self.people:
            if p.origin not in given or len(p.keys) < 2:
                continue
            m = len(p.keys)
            found.setdefault(p.keys[-1], []).extend(
                t for t in _positions_before(keys, p.keys[0], self.n - m + 1) if tuple(keys[t : t + m]) == p.keys)
        return found

    def _name_word_before(self, i: int, titles) -> bool:
        """True if key ``i`` follows a capitalised word of another name: no title, no initial of the
        same name, no time word (lead's round 42: "On Friday Malyshev said" names Malyshev)."""
        keys = self.keys
        return i > 0 and self.caps[i - 1] and is_word(keys[i - 1]) and keys[i - 1] not in titles and (
            not self.view.initial[i - 1] or self._surname_before(i)) and keys[i - 1] not in self.act.time_words

    def _inside_name(self, i: int, end: int) -> bool:
        """True if the one-word short form at keys ``i:end`` is a word of a longer name: after a
        capitalised word that is no title ("Carrie Lam") or before one ("Lam Dong officials"), so
        "Lâm" of Tô Lâm is not there; a title before it ("General Secretary Lâm"), a sentence start
        or a possessive after it ("Lâm's visit") leave it a short form."""
        if end - i != 1:
            return False
        keys, caps = self.keys, self.caps
        before = self._name_word_before(i, self.person_titles | self.act.titles)
        after = i + 1 < self.n and caps[i + 1] and is_word(keys[i + 1]) and not self.view.possessive(i + 1)
        return bool(before or after)

    def _given_alone(self, i: int, hit) -> bool:
        """True if the actors file's one-word alias at key ``i`` is the given name of a person whose
        name's origin refers back by the given name (Vietnamese) and the document never writes the
        name in full: "Lâm said" names Tô Lâm only where "Tô Lâm" or "To Lam" appears (a given
        name is shared by many people); a title before it ("Party chief Lâm") or a surname
        ("Medvedev") needs no full name."""
        name = hit[1][1]
        if hit[0] - i != 1 or name in self._in_full:
            return False
        if i > 0 and self.keys[i - 1] in self.person_titles | self.act.titles:
            return False  # "Party chief Lâm": the office tells who
        words = fold(name).split()
        return len(words) > 1 and words[-1] == self.keys[i] and any(
            short == "given" and words[0] in surnames for _, short, surnames in self.names.origins
        )

    def _surname_before(self, i: int) -> bool:
        """True if the word before key ``i`` is a surname of an origin whose people are named by the
        given name ("Vũ Lâm said" opening a sentence: Vũ Lâm, not the "Lâm" of Tô Lâm); the opening
        word of a sentence is otherwise no part of the name after it ("Then Lâm said")."""
        word = self.keys[i - 1]
        return word not in _DETERMINERS and any(
            short == "given" and word in surnames for _, short, surnames in self.names.origins
        )

    def _index_mentions(self) -> None:
        """Where each person is named: full names and short forms, capitalised."""
        keys, caps = self.keys, self.caps
        full = PhraseTrie()
        tails = PhraseTrie()  # r26a: a given name of two syllables ("Lan Anh" of "Nguyễn Thị Lan Anh")
        short: dict[str, list[int]] = {}
        for at, (end, p) in self._known_at.items():
            self.mention_at[at] = (end, (p,))
            self.people[p].mentions.append(at)
        for p, person in enumerate(self.people):
            if person.how == "known":
                continue  # named by the actors file's names and aliases only
            full.add(person.keys, p)
            words = person.keys
            given = person.origin and any(o[1] == "given" and o[0] == person.origin for o in self.names.origins)
            if given:
                for t in range(1, len(words) - 1):
                    if fold(words[t]) not in self.names.particles:
                        tails.add(words[t:], p)
                words = words[-1:]
            else:
                # a surname of two words or more: "Molina Ortega" of "Roberto Molina Ortega"
                for t in range(1, len(words) - 1):
                    if fold(words[t]) not in self.names.particles:
                        full.add(words[t:], p)
            for w in words:
                # a given name is no particle even when folded alike: "Vân" of "Nghiêm Thị Thanh
                # Vân", "Van" without marks, as the middle "Văn" or "Thị" never names alone
                if (given or fold(w) not in self.names.particles) and len(w) > 1:
                    short.setdefault(w, []).append(p)
        titles = self.person_titles | self.act.titles
        inside = {t for at, (end, _) in self._known_at.items() for t in range(at, end)}
        full_firsts = full.root  # speed: names start with no slot; most keys start none
        for i in range(self.n):
            if not caps[i] or i in self.side_cover or i in inside:
                continue
            hit = full.longest(keys, i) if keys[i] in full_firsts else None
            if hit is not None:
                self.mention_at[i] = (hit[0], (hit[1],))
                self.people[hit[1]].mentions.append(i)
                continue
            if not (i > 0 and caps[i - 1] and is_word(keys[i - 1]) and keys[i - 1] not in titles):
                # standing alone or after a title, not inside another name ("Hồ Chí Minh")
                hit = tails.longest(keys, i)
                if hit is not None:
                    self.mention_at[i] = (hit[0], (hit[1],))
                    self.people[hit[1]].mentions.append(i)
                    continue
            if self._name_word_before(i, titles):
                continue  # "Hồ Chí Minh City", "Vũ Lâm": another name, not "Minh" of "Phạm Minh Khôi"
            if keys[i] in short and not (i + 1 < self.n and caps[i + 1] and is_word(keys[i + 1])
                                         and not self.view.possessive(i + 1)):
                ps = tuple(short[keys[i]])
                self.mention_at[i] = (i + 1, ps)
                for p in ps:
                    self.people[p].mentions.append(i)

    def _who_clauses(self) -> None:
        """A legislature in a relative clause after a person's name is part of the title: "X, who
        heads a working group in the CPRF faction of the State Duma," is a deputy, whom "the
        deputy" (strict: a title's kin word, ``_ROLE_KIN``) then means; "X, who visited the Duma,"
        holds no seat."""
        keys = self.keys
        for end, ps in self.mention_at.values():
            if len(ps) != 1 or end + 2 >= self.n or keys[end] != "," or keys[end + 1] != "who":
                continue
            if keys[end + 2] not in _HOLDING:
                continue
            stop = next((t for t in range(end + 3, min(self.n, end + 3 + _APPOSITION)) if keys[t] in (",", ".", ";")), None)
            if stop is not None:
                self.people[ps[0]].title.update(set(keys[end + 3 : stop]) & _ROLE_KIN["deputy"])

    # -- subjects --------------------------------------------------------------------------------

    def person_at(self, i: int, before: int):
        """(end, person index) of a person named at key ``i`` (the most recent if ambiguous)."""
        hit = self.mention_at.get(i)
        if hit is None:
            return None
        end, ps = hit
        if len(ps) == 1:
            return end, ps[0]
        return end, max(ps, key=lambda p: self._recency(p, before))

    def _recency(self, p: int, before: int) -> int:
        seen = [m for m in self.people[p].mentions if m < before]
        return max(seen) if seen else -1

    def title_skip(self, k: int, b: int):
        """(start, end, person) of a person named at ``k`` or after title words, or None."""
        keys = self.keys
        if k < b and keys[k] in self.act.openers and self.person_at(k, k) is None:
            return None  # "Welcoming Volodin and ..., Mẫn said": a leading phrase, no title
        t = k
        if t + 2 < b and keys[t] == "the" and keys[t + 1] in _POSSESSORS and self.view.possessive(t + 2):
            t += 2  # "the country's Ambassador to Russia X": the title follows
        elif t + 2 < b and keys[t] == "the" and not self.caps[t + 1] and keys[t + 1].isalpha() and (
            self.person_at(t + 2, t + 2) is not None
        ):
            t += 2  # review 15: "The counsellor Mạc Đình Thiêm of ...": a lower-case title, then the name
        while t < b and t - k <= _TITLE_SCAN:
            hit = self.person_at(t, t)
            if hit is not None:
                return t, hit[0], ("discovered", hit[1])
            known = self.act.subjects.longest(keys, t)
            if known is not None and known[1][0] == "person" and not self._inside_name(t, known[0]) and not (
                self._given_alone(t, known)
            ) and not self._unnamed_role(t, known):
                # an alias inside a longer name is none ("Painter Vũ Lâm" is no "Lâm" of Tô Lâm)
                return t, known[0], ("known", known[1][1])
            key = keys[t]
            if t > k and key == "(":  # a bracket inside a title: "Secretary (East) in the Ministry ..."
                close = next((c for c in range(t + 1, min(b, t + 5)) if keys[c] == ")"), None)
                if close is not None:
                    t = close + 1
                    continue
            if t > k and (gap := self._interim_at(t)) and self._person_title(t - 1):
                t += gap  # r29d: "Chargé d'Affaires a.i. Ivan Petrov": the post's "for now" ends nothing
                continue
            if t > k and key in ("its", "their") and keys[t - 1] == "of" and t + 1 < b and self.caps[t + 1]:
                # lead's round 42: "Secretary of the Party Central Committee and head of its Commission
                # for External Relations X said": the body's owner inside the title, as "the"
                t += 1
                continue
            if t > k and key in ("in", "at") and t + 2 < b and keys[t + 1] == "the" and self.caps[t + 2]:
                # "Secretary (East) in the Ministry of External Affairs Arvind Menon"; round 22a:
                # "Education Counsellor at the Vietnamese Embassy in Moscow Bùi Thị Nhàn"
                t += 2
                continue
            if t > k and key == "in" and t + 1 in self.capital_at:
                t = self.capital_at[t + 1][0]  # "Ambassador in Moscow Đặng Minh Khôi": where the post is
                continue
            if t > k and key == "in" and t + 1 in self.side_at and self.person_at(self.side_at[t + 1][0], self.side_at[t + 1][0]):
                # round 19: "Ambassador of Vietnam in Russia Đặng Minh Khôi": the country of the post,
                # right before the name (the title's "of" country gave the person's side)
                t = self.side_at[t + 1][0]
                continue
            if t > k and key == "in" and (post := self._post_place(t + 1, self._caps_run_end(t + 1, b))):
                t = post  # "Consul General in Đà Nẵng Igor Malyshkin" (see _post_place)
                continue
            if (t == k or keys[t - 1] == "and") and key.endswith("ly") and key.isalpha() and t + 3 < b and (
                not self.caps[t + 1] and keys[t + 1].endswith("ed") and self.caps[t + 2] and is_word(keys[t + 2])
            ):  # r33d: a post just taken, an adverb and a participle before the title ("Newly elected VRFA
                t += 2  # President X pledged"; "newly appointed Ambassador X")
                continue
            if self._titleish(t) or (self.caps[t] and is_word(key)) or (
                t > k and (key in self.names.connectors or with_in_name(keys, self.caps, t)) and not self.caps[t]
            ) or (key == "," and t + 1 < b and self.caps[t + 1]) or self._joined_name(t, b) or (
                t > k and _short_form_stop(keys, self.caps, t, _SHORT_FORMS)
                and t + 1 < b and self.caps[t + 1]
            ):  # probe 22: the full stop of "St. Petersburg" inside a title ends nothing (r36f: nor "Lt. Gen.")
                t += 1
                continue
            if t > k and not self.caps[t] and self.view.possessive(t) and self._person_title(t - 1) and (
                t + 1 < b and self.person_at(t + 1, t + 1) is not None
            ):
                t += 1  # "Primorye Governor's adviser Svetlana Pridatko" (see _role_before)
                continue
            if t >= k + 3 and not self.caps[t] and key.isalpha() and keys[t - 1] == "the" and keys[t - 2] == "of" and (
                self.caps[k] and self._person_title(k) and t + 1 < b and self.caps[t + 1]
            ):
                t += 1  # r31d: the unit a titled post heads, in lower case, then the name's own title
                continue  # ("Commander of the frigate Captain X", "Head of the mission Ambassador X")
            if t > k and self._unit_of_titled_body(t) and t + 1 < b and self.person_at(t + 1, t + 1) is not None:
                t += 1  # probe 34p4: "Head of Novatek's Asia-Pacific division X": the unit ends the title
                continue
            if (t == k or keys[t - 1] == "and") and key in _PAST_POST and t + 2 < b and self.caps[t + 1] and (
                self._titleish(t + 1)
            ):  # r32c: a post held before, in lower case after a leading phrase or a first post ("Seeing
                t += 1  # them off, Chairman of the Association and former Deputy Prime Minister X said")
                continue
            if t == k and not self.caps[t] and key.isalpha() and t + 2 < b and not self.caps[t + 1] and (
                keys[t + 1] in self.act.roles and self.person_at(t + 2, t + 2) is not None
            ):
                t += 1  # r28i: a modifier in lower case before a role and the name, after a leading
                continue  # adverbial ("Earlier, presidential aide Yury Ushakov told ...")
            # "... and head of its international commission Sergei X": lower-case words of a title
            # that ends right before a person (see _title_of_before)
            p = next((p for p in range(t + 1, min(b, t + 6 + _TITLE_PLAIN)) if self.person_at(p, p) is not None), None)
            if p is not None and (q := self._title_of_before(p)) is not None and k <= q < t:
                t = p
                continue
            return None
        return None

    def _joined_name(self, t: int, b: int) -> bool:
        """Whether ``t`` is a dash with no space around it between two capitalised words, inside
        a title: "Head of the Chile–Peru Business Council X" (a spaced dash ends it)."""
        if not (0 < t < b - 1 and self.keys[t] == "-" and self.caps[t - 1] and self.caps[t + 1]):
            return False
        text, c = self.view.text, self.view.starts[t]
        if not text[c - 1].isspace() and c + 1 < len(text) and not text[c + 1].isspace():
            return True
        return self._spaced_dash_in_name(t, b)

    def _spaced_dash_in_name(self, t: int, b: int) -> bool:
        """Whether the spaced dash at key ``t`` (between two capitalised words) is inside a name, not
        the end of a title. Review 55: the one reading of a spaced dash that probe 35p7 and the lead's
        round 39 wrote three ways: two countries' names joined by it ("Vice President of the Việt Nam –
        Russia Friendship Association X"); a body's name that opens the sentence and runs on to a title
        and a person (probe 35p7: "A Just Russia – For Truth leader Anatoly Voronin told TASS"); the name
        of the body a title is "of", going on after the dash in capitals and no title before the person
        (lead's round 39: "First Deputy Chairman of A Just Russia – For Truth Aleksandr Bely expressed
        ..."; untouched: a person before the dash, "Minister of Industry Ivanov – ...", a title after
        it, "... – Deputy Prime Minister Alexei Petrov")."""
        keys, caps = self.keys, self.caps
        if t - 1 in self.side_cover and t + 1 in self.side_at:
            return True  # two countries' names joined by the dash
        # probe 35p7: the words from the sentence's start to the dash are capitalised and hold no title
        # (a body's name, not "Minister X – ..."), and a title word follows the dash within four
        # capitalised words before a person. A dash after a headline ("... ready to build a plant –
        # Rosatom chief") has lower-case words before it; a dateline in capitals before a dash is read
        # off before (``_past_dateline``)
        a = self._sentence_start(t)
        words = range(a + (keys[a] in ("a", "the")), t)
        if words and all(caps[u] and keys[u].isalpha() and keys[u] not in self.act.titles
                         and keys[u] not in self.act.roles for u in words):
            for u in range(t + 1, min(b, t + 6)):
                title = self._titleish(u) or keys[u] in self.act.titles or keys[u] in self.act.roles
                if not caps[u] and not title:
                    break
                if title and u + 1 < b and self.person_at(u + 1, u + 1) is not None:
                    return True
        # lead's round 39: the name of the body a title is "of" holds the dash
        u = t - 1
        while u > 0 and t - u <= _DASH_NAME_SPAN and caps[u] and is_word(keys[u]) and keys[u] not in self.act.titles:
            u -= 1
        if keys[u] in ("a", "the") and not caps[u]:
            u -= 1
        if u < 1 or keys[u] != "of" or not self._person_title(u - 1) or u + 1 >= t:
            return False
        if any(self.person_at(v, v) is not None for v in range(u + 1, t)):
            return False
        for v in range(t + 1, min(b, t + 1 + _DASH_NAME_SPAN)):
            if v > t + 1 and self.person_at(v, v) is not None:
                return True
            if not (caps[v] and is_word(keys[v])) or keys[v] in self.act.titles or keys[v] in self.act.roles:
                return False
        return False

    def role_at(self, k: int, b: int):
        """(end, side, role keys) of a role phrase at ``k``: "the Russian deputy minister"."""
        keys = self.keys
        t = k
        # "both" determines a plural role as "the" does ("Both Deputy Prime Ministers agreed")
        # r31k: so does a quantifier of a plural ("Several Vietnamese firms called for", "Many
        # Russian companies said"): the role must then be plural, as after "both"
        det = t < b and (keys[t] in _DETERMINERS or keys[t] in _PLURAL_ONLY)
        if det:
            t += 1
        possessor = None
        if det and t + 1 < b and not self.caps[t] and keys[t] in self.names.heads and self.view.possessive(t + 1) and (
            self.act.roles.longest(keys, t + 1) is not None
        ):
            # "the foundation's director": the director whose title names a foundation (as "the
            # director of the Foundation" below)
            possessor, t = keys[t], t + 1
        # probe 34p8: one lower-case field word may stand between the level and the voice ("local
        # railway authorities said", "provincial tourism officials said"), as after a side word
        field = int(t + 2 < b and not self.caps[t + 1] and keys[t + 1] in self.domain
                    and keys[t + 1] not in _LOCAL_VOICES and keys[t + 2] in _LOCAL_VOICES)
        body = self._local_body_after(t, b)  # probe 37p4: "the provincial People's Committee said"
        if body and not field:
            field = body - 1
        if t + 1 + field < b and (not self.caps[t] or self._opens_sentence(t)) and (
            keys[t] == "local" or keys[t] in self.act.local_levels) and (
            keys[t + 1 + field] in _LOCAL_VOICES or body
        ) and (home := self.dateline_side or self.agency_side or (self.copy_side if body else None)) is not None and (
            self._home_in_sentence(home)
        ):
            # r29g: "..., local authorities said", "the provincial officials said": the government of
            # the place the copy is filed from (else the news agency's country), as a bare ministry
            # in copy filed from a side's country is that side's (institutions._home_ministry); not
            # where the sentence names only other sides (Moscow copy on Vietnamese provinces)
            voice = keys[t + 1 + field]
            self.modifiers, self.unit, self.written = {keys[t]} | ({keys[t + 1]} if field else set()), set(), {voice}
            return t + 2 + field, home, (voice,)
        side = None
        self.modifiers = set()
        self.unit = set()
        for _ in range(4):
            hit = self.side_at.get(t)
            if hit is None and det and t == k + 1:
                # p34p10: a capital right after the article stands for its side ("A Hà Nội official
                # said", "the Moscow officials said"), as a side word there does
                hit = self.capital_at.get(t) or self.city_at(t) or self._marked_place_at(t, b)  # probe 35p1: "A Huế official said"
            if hit is not None:
                side = hit[1]
                t = hit[0]
            elif t < b and (det or side is not None and not self.caps[t]) and self.act.roles.longest(keys, t) is None and (
                det and ((self.caps[t] and is_word(keys[t])) or keys[t] in self.act.titles)
                # probe 35p1: a level of government after a place's name ("the Primorye regional ministry")
                or (det and t > k + 1 and self.caps[t - 1] and not self.caps[t] and keys[t] in self.act.local_levels)
                or (keys[t] in self.domain and t + 1 < b and self.act.roles.longest(keys, t + 1) is not None)
                # r28h: a state body before a role, as a field ("the Russian parliament leader")
                or (keys[t] in _STATE_BODIES and t + 1 < b and self.act.roles.longest(keys, t + 1) is not None)
            ):  # "the defence ministry", "the trade minister": a field before a role; after a side
                # word also without "the" ("Vietnamese tourism authorities", "Việt Nam's energy officials")
                self.modifiers.add(keys[t])
                if keys[t] == "party" and self.caps[t]:
                    self.modifiers.add(_PARTY)  # r29i: "the Party leader", as "the Party chief"
                t += 1  # "the Kremlin leader", "the foreign minister", "the Party leader"
            else:
                break
        role = self.act.roles.longest(keys, t)
        if role is None or not (det or side):
            return None
        end, means = role
        while end < b:  # "the Vietnamese Government leader": the last role word heads the phrase
            more = self.act.roles.longest(keys, end)
            if more is None:
                break
            t, (end, means) = end, more
        if self._opens_institution(t, end, b):
            return None
        if possessor is not None:
            self.unit = {possessor}
        # an alias keeps its head and a mark: "premier", "PM" (= minister) name the head of a
        # government, not any minister (see resolve_role)
        words = tuple(keys[t:end]) if means is True else (_ALIAS, *means)
        self.written = set(keys[t:end])
        if keys[k] in _PLURAL_ONLY and not self.view.surface(end - 1, end).lower().endswith("s"):
            return None  # "both" of one role is no subject ("both minister and ...")
        if side is None and end + 1 < b and keys[end] == "of":  # "the head of the Vietnamese delegation"
            u = end + 1 + (keys[end + 1] == "the")
            hit = self.side_at.get(u)
            if hit is not None and hit[0] < b and (keys[hit[0]] in self.act.side_groups or keys[hit[0]] in _STATE_BODIES):
                # probe 16: "the chairman of the Russian parliament": a state body of a side's
                # adjective is that side's, as its delegation is
                side, end = hit[1], hit[0] + 1
            elif hit is None:
                # "the head of the Commission": the unit whose title names the person
                e = u
                while e < b and self.caps[e] and is_word(keys[e]) and e not in self.side_at:
                    e += 1
                if e > u and keys[e - 1] in self.names.heads:
                    self.unit, end = set(keys[u:e]), e
                elif e == u and u < b and not self.caps[u] and keys[u] in _LEVEL_WORDS and u + 1 < b and (
                    self.act.verbs.longest(keys, u + 1) is not None
                ):
                    # probe 35p1: "The head of the republic said" after "The head of Tatarstan X": the
                    # kind of place the person heads, the role's holder as "the head" alone reads it
                    end = u + 1
                elif e == u and u < b and keys[u] == "delegation" and words[-1] in _DELEGATION_HEADS and u + 1 < b and (
                    self.act.verbs.longest(keys, u + 1) is not None
                ):
                    # probe 37p11: "The head of the delegation said" after "a delegation of ... led by
                    # X": the person whose title says he leads a delegation (see resolve_role)
                    self.unit, end = {_LEADS_DELEGATION}, u + 1
        return end, side, words

    def _marked_place_at(self, t: int, b: int):
        """probe 38p2: (end, side) of a place of two words or more spelled the Vietnamese way with its
        marks right after the article and before a role ("The Bình Dương delegation said", "the Khánh
        Hòa officials"): the side whose names are spelled so; None otherwise (plain letters: "the Vang
        Vieng delegation" may be of Laos)."""
        keys, caps = self.keys, self.caps
        e = t
        while e < b and e - t < 3 and caps[e] and is_word(keys[e]) and e not in self.side_cover:
            e += 1
        if e - t < 2 or e >= b or self.act.roles.longest(keys, e) is None:
            return None
        if not _marked_vietnamese(self.view.surface(t, e)):
            return None
        origin = self.act.origin_sides.get("vietnamese")
        return (e, origin) if origin is not None else None

    def _unnamed_role(self, t: int, known) -> bool:
        """probe 33p5: True if the actors file's hit at ``t`` is a role of its person ("the envoy",
        "the foreign minister") in a report that never names him, and a person the report named
        before holds a title of that role: the role is then his ("Chinese Ambassador Wang Jian ...
        The envoy pledged"); with nobody of the kind named, the actors file's person stays."""
        if self.keys[t] != "the" or known[1][1] in getattr(self, "_named_known", {known[1][1]}):
            return False
        head = self.keys[known[0] - 1]
        kin = _ROLE_KIN.get(head, frozenset()) | {head}
        return any(p.how != "known" and p.first < t and kin & p.title for p in self.people)

    def _opens_sentence(self, t: int) -> bool:
        """r34a: True if key ``t`` opens the sentence being parsed, where a capital is the sentence's
        own ("Local authorities hope the route will ...", not a name)."""
        return self.sentence is not None and t == self.sentence[0]

    def _local_body_after(self, t: int, b: int) -> int:
        """Probe 37p4: after a lower-case level of local government at key ``t`` ("provincial",
        "municipal"), the number of keys of a capitalised body's name that ends in a head of local
        government (``_LOCAL_BODY_HEADS``) and is followed by a lower-case key: "The provincial People's
        Committee said" (2); 0 if none ("the provincial Department of Industry and Trade" runs on past
        its head: its name is read as an institution's)."""
        keys, caps = self.keys, self.caps
        if caps[t] or keys[t] not in self.act.local_levels:
            return 0
        e = t + 1
        while e < b and e - t <= 3 and caps[e] and is_word(keys[e]) and e not in self.side_at:
            e += 1
        if e == t + 1 or e >= b or caps[e] or keys[e - 1] not in _LOCAL_BODY_HEADS or keys[e] == "of":
            return 0
        return e - t - 1

    def _home_in_sentence(self, home: str) -> bool:
        """r29g: True if the sentence being parsed names the side ``home`` or names no side."""
        if self.sentence is None:
            return True
        named = {self.side_at[u][1] for u in range(*self.sentence) if u in self.side_at}
        return not named or home in named

    def _opens_institution(self, t: int, end: int, b: int) -> bool:
        """True if the capitalised role word at keys ``t:end`` opens an institution's name, a run of
        capitalised words right after it that ends in a head: "the General Department of Vietnam
        Customs", "the General Statistics Office" (but "the General Secretary", "the Head of the
        Commission", "the Deputy Minister said")."""
        if not self.caps[t]:
            return False
        e = end
        while e < b and self.caps[e] and is_word(self.keys[e]) and e not in self.side_at:
            e += 1
        return e > end and self.keys[e - 1] in self.names.heads

    def _leads_delegation(self, p: int) -> bool:
        """Probe 37p11: True if person ``p`` is said to lead a delegation: named with his title right
        after "led by" or "headed by" with "delegation" shortly before ("a delegation of ... led by its
        Deputy CEO X"), or titled head of one ("X, head of the delegation")."""
        title = self.people[p].title
        if "delegation" in title and title & _DELEGATION_LEADING:
            return True
        keys, caps = self.keys, self.caps
        first = self.people[p].first
        t = first - 1
        while t >= 0 and first - t <= _TITLE_SCAN and (caps[t] and is_word(keys[t]) or self._titleish(t)
                                                       or keys[t] in _DETERMINERS):
            t -= 1
        return t >= 1 and keys[t] == "by" and keys[t - 1] in _LED_BY and "delegation" in keys[max(0, t - 16) : t - 1]

    def _body_before_title(self, p: int, words: set) -> bool:
        """r30b: True if a capitalised word of ``words`` stands in the run of capitalised and title
        words right before the first full mention of person ``p`` ("*Rosatom* Director General X")."""
        keys, caps = self.keys, self.caps
        first = self.people[p].first
        t = first - 1
        while t >= 0 and first - t <= _TITLE_SCAN and (caps[t] and is_word(keys[t]) or self._titleish(t)):
            if caps[t] and keys[t] in words:
                return True
            t -= 1
        return False

    def visited_side(self, before: int):
        """Probe 34p5: the side of the first country or capital visited before key ``before`` ("X
        visited Vientiane", "a visit to Laos", "arrived in Hanoi"), or None: its people host."""
        keys = self.keys
        for r in range(min(before, self.n) - 1):
            if keys[r] == "visited" or keys[r] in ("visit", "trip") and keys[r + 1] == "to" or (
                keys[r] == "arrived" and keys[r + 1] == "in"
            ):
                u = r + 1 + (keys[r + 1] in ("to", "in"))
                u += u < before and keys[u] == "the"
                hit = self.side_at.get(u) or self.capital_at.get(u)
                if hit is not None and hit[0] <= before:
                    return hit[1]
        return None

    def _marked_dateline_side(self):
        """r32f: the Vietnamese side when the dateline is a place of no listed side spelled the Vietnamese
        way with its marks ("Thái Bình", "Quảng Ninh": a province hosts), as for a provincial body
        (r30k); None otherwise ("Vung Tau" without marks, or a text that names no Vietnamese side)."""
        origin = self.act.origin_sides.get("vietnamese")
        marked = _marked_vietnamese(self.dateline)
        return origin if marked and origin in self.side_counts else None

    def resolve_role(self, k: int, side, role: tuple):
        """The person a role phrase refers to (index), or None."""
        head = role[-1]
        if "visiting" in self.modifiers and self.guest is not None and head not in ("host", "guest", "visitor"):
            # probe 37p11: "the visiting official", "the visiting minister" after "X received Y": the
            # guest, as "the guest" is, not the host named last
            return self.guest if side in (None, self.people[self.guest].side) else None
        if head in ("guest", "visitor") and self.guest is not None:
            return self.guest if side in (None, self.people[self.guest].side) else None
        if head == "host" and self.host is not None:
            return self.host if side in (None, self.people[self.host].side) else None
        if head == "host" and side is None and self.host is None and (visited := self.visited_side(k)) is not None:
            side = visited  # probe 34p5: "X visited Vientiane ... The host country said": the place visited hosts
        if head == "host" and side is None and self.dateline_side is not None:
            side = self.dateline_side  # round 19: nobody seen hosting; the dateline names the host's country
        elif head == "host" and side is None:
            side = self._marked_dateline_side()
        cands = [p for p in range(len(self.people)) if self.people[p].first <= k]
        if self.sentence is not None:
            # "the Party leader congratulated Belyaev": the subject is not the person the same
            # sentence names after it
            later = {p for i in range(k + 1, self.sentence[1]) for p in self.mention_at.get(i, (0, ()))[1]}
            cands = [p for p in cands if p not in later] or cands
            if side is None:
                # "The deputy minister asked the Russian side to ...": one does not ask one's own side
                asked = {self.side_at[i][1] for i in range(k + 3, self.sentence[1] - 2)
                         if i in self.side_at and self.keys[i - 1] == "the" and not self.caps[i - 2]
                         and self.keys[self.side_at[i][0]] == "side" and (
                             self.keys[self.side_at[i][0] + 1] == "to" or self.keys[i - 2] in _THANKING)}
                cands = [p for p in cands if self.people[p].side not in asked] or cands
        if head in ("guest", "visitor") and side is None and len(self.principals) == 2 and all(
            p in cands for p in self.principals
        ):
            # nobody was seen receiving anybody: of the two people the report opens with, "the
            # visitor" answers the one who was named last ("Molina Ortega said ... According to
            # the visitor, ...")
            last = max(self.principals, key=lambda p: self._recency(p, k))
            return next(p for p in self.principals if p != last)
        if head == "counterpart" and side is None and self.keys[k] in ("his", "her") and cands:
            # probe 34p5: "His counterpart thanked ...": the counterpart of the person named last
            # is of another side than his (not that person himself)
            owner = max(cands, key=lambda p: self._recency(p, k))
            mine = self.people[owner].side
            other = [p for p in cands if self.people[p].side not in (None, mine)]
            if mine is not None and other:
                cands = other
        if side is not None:
            cands = [p for p in cands if self.people[p].side == side]
        if head not in self.act.generic_roles and head not in ("guest", "host"):
            # an alias as written counts too: "the vice premier" is "Vice Premier Wang Jun" though
            # "premier" stands for a prime minister
            spec = [p for p in cands if head in self.people[p].title
                    or _ALIAS in role and self.written & self.people[p].title]
            if head in _SPOKES:
                # probe 9: "the spokeswoman said" after "Deputy Spokesperson X": the three words
                # are one office, whichever the title used
                spec = [p for p in cands if _SPOKES & self.people[p].title]
            kin = _ROLE_KIN.get(head) if len(role) == 1 else None
            if kin:
                # "the manager" after "Deputy General Director ... X"; "the deputy" after "Duma
                # deputy X" rather than a deputy minister: a title with a kin word first
                spec = [p for p in spec if kin & self.people[p].title] or spec or [
                    p for p in cands if kin & self.people[p].title]
            if "deputy" in role or "vice" in role:
                spec = [p for p in spec if self.people[p].title & {"deputy", "vice"}] or spec
            if head == "member" and len(role) > 1:
                # r30j: "the Politburo member" is one whose title holds the body, not any member
                # named last ("a member of the United Russia presidium")
                spec = [p for p in spec if set(role[:-1]) <= self.people[p].title]
            if spec:
                cands = spec
            elif head == "speaker":
                # r30i: "the Duma speaker" is the chairman of a legislature named before
                # ("State Duma Chairman X"), as no one is titled "speaker" in news copy
                cands = [p for p in cands if self.people[p].title & _CHAIRS and self.people[p].title & _LEGISLATURES]
            elif head in self.act.strict_roles:
                return None  # "the manager": only a person whose title says so, not any earlier one
            elif self.modifiers & self.act.local_levels:
                # probe 37p5: "the provincial chairman" is a local office's holder, one whose title
                # holds the office, not the ambassador named last
                return None
            if _ALIAS in role:  # "the Vietnamese PM": the prime minister, not the foreign minister
                cands = [p for p in cands if self.people[p].title & _LEADING] or cands
                # the word as written first: "the vice premier" is the Vice Premier, not a deputy
                # prime minister named after him
                cands = [p for p in cands if self.written & self.people[p].title] or cands
        elif head in ("expert", "analyst"):
            # "the expert": only a person titled for research ("a research fellow at ..."), not a
            # director or minister named before
            cands = [p for p in cands if _EXPERT_KIN & self.people[p].title]
        elif head == "veteran":
            cands = [p for p in cands if _VETERAN_KIN & self.people[p].title and not _CIVIL_KIN & self.people[p].title]
        elif head in _ROLE_KIN:
            # "the diplomat": the ambassador or envoy named last, before anyone else
            cands = [p for p in cands if _ROLE_KIN[head] & self.people[p].title] or cands
        mods = self.modifiers | (set(role[:-1]) - {"deputy", "vice", "first", _ALIAS})
        if self.unit == {_LEADS_DELEGATION}:
            # probe 37p11: "the head of the delegation": one whose title says he leads a delegation
            # ("a delegation ... led by X", "X, head of the delegation"), the last named
            cands = [p for p in cands if self._leads_delegation(p)]
            return max(cands, key=lambda p: self._recency(p, k)) if cands else None
        if self.unit:
            # "the head of the Commission": only a person whose title holds that unit's head, the
            # most of its words first ("head of the ... Economic Commission X")
            heads = self.unit & self.names.heads
            # every word of the unit in the title: "the head of the European Commission" is not
            # the head of the Commission for External Relations
            cands = [p for p in cands if heads & self.people[p].title and self.unit <= self.people[p].title]
            if not cands:
                return None
            best = max(len(self.unit & self.people[p].title) for p in cands)
            cands = [p for p in cands if len(self.unit & self.people[p].title) == best]
        marked = [p for p in cands if self.people[p].title & mods]
        if marked:  # "the Party leader", "the Party chief": a person whose title holds "Party"
            # r30i: the title that holds the most of them ("the provincial party chief" is the
            # secretary of the provincial Party Committee, not an official of a party's council)
            most = max(len(self.people[p].title & mods) for p in marked)
            cands = [p for p in marked if len(self.people[p].title & mods) == most]
        elif bodies := self.modifiers - _COMMON_BODIES - self.act.titles:
            # r30b: "the Rosatom head" is the one whose title opens with the body's name ("Rosatom
            # Director General Alexei Likhachev"), not the ambassador he met, named last; a common
            # noun ("the Party official", "the government leader") is no body's name
            cands = [p for p in cands if self._body_before_title(p, bodies)] or cands
        if head in ("leader", "chief"):  # "the Party leader": the general secretary, not a Party official
            leading = [p for p in cands if self.people[p].title & _LEADING]
            cands = leading or cands
            if "party" in role or _PARTY in self.modifiers:
                # spk11: "the Party chief" is a general secretary, not the chairman of a party met
                cands = [p for p in cands if {"general", "secretary"} <= self.people[p].title] or cands
        if not cands:
            return None
        return max(cands, key=lambda p: self._recency(p, k))
