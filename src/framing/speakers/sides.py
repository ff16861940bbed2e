"""The side of each person found in the text (rules 1 to 7 of :mod:`framing.speakers`): the
study's people, a side word in the title, the delegation, the apposition, the name's origin, a role
phrase of one side; host and guest; the side the document names most; the news agency.

``_Sides`` holds these rules as methods of the document (:mod:`framing.speakers.document`)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from framing.lexicons.actors import side_spelling
from framing.lexicons.names import TextView, alias_brackets, is_word, with_in_name
from framing.speakers._common import (
    _APPOSITION,
    _BE,
    _BRACKET_NAME,
    _DETERMINERS,
    _FUNCTION,
    _LED_BY,
    _LED_GROUPS,
    _LEVEL_WORDS,
    _PLACE_HEADS,
    _ROLE_KIN,
    _TITLE_SCAN,
    _first_keys,
    _positions_before,
    _short_form_stop,
    _vietnamese_spelling,
)
from framing.speakers.discovery import Person

_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})  # review 24: keys that end a phrase (a city ends before them)
# Research bodies named after what they study ("Institute of China and Contemporary Asia").
_STUDY_BODIES = frozenset({"institute", "centre", "center", "faculty"})
# Round 23b: lower-case nouns after a country's adjective that make it the matter an office deals
# with ("sub-committee on Asian affairs"), not the nationality of the person titled. Keys fold plurals.
_OFFICE_FIELDS = frozenset({"affair", "study", "issue"})
_TO_IDIOMS = frozenset({"according", "thanks", "due", "owing"})  # "to" of these sends nobody anywhere
# Endings of nationality adjectives ("American", "Brazilian", "British", "Japanese", "French"), to
# tell a title's country of no side from other capitalised title words ("State Duma member").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ench", "utch")
#: probe 28: two-letter codes that name a country in English copy ("US envoy X", "UK Foreign Secretary X")
_COUNTRY_CODES = frozenset({"US", "UK"})
_DASHES = frozenset("-\u2010\u2011\u2013\u2014")  # one dash joining two countries' names; review 50: also the
# keys of a headline's spaced dash (speech._dash_source), which fold every dash to "-"
_MEETING_SPAN = 10
_OPENING_CLAUSE = 12  # review 29: keys of an opening participle clause ("Receiving the Vietnamese delegation,")
#: r30a: an auxiliary right before a receiving verb makes it passive ("X was received by Y"; review 35:
#: the shared forms of "be", so "will be received by" too)
_PASSIVE_AUX = _BE | {"being"}


#: probe 35p8: relative pronouns that open what a person in apposition did
_RELATIVES = frozenset({"who", "whose", "which", "that"})


#: review 51: kinds of local government that name one country's units in any case ("Primorsky Krai",
#: "the Irkutsk Oblast"); "region" and "territory" only in lower case ("the Irkutsk region"), as a
#: capitalised one ends a name of anywhere ("the Hong Kong Special Administrative Region", "the Northern
#: Territory", "the Ile-de-France Region")
_ANY_CASE_KINDS = frozenset({"oblast", "krai", "okrug"})


#: probe 38p3: lower-case words of a portfolio before a lower-case "ministry" (with "and": "health and
#: sports"), at most
_PORTFOLIO_WORDS = 3
#: probe 38p3: lower-case words that are never a portfolio's ("visited a ministry", "the new ministry")
_NOT_PORTFOLIO = frozenset({"a", "an", "of", "to", "in", "on", "at", "by", "as", "its", "their", "his", "her", "new",
                            "whose", "that", "which", "who", "said", "told", "visited", "met"})
#: review 54: names of parts of the world before a lower-case "region", no place of local government
#: ("the Asia-Pacific region", "the Mekong region", "the Middle East region"; probe 38p2 reads "the
#: Sverdlovsk region")
_WORLD_REGIONS = frozenset({"pacific", "asia", "mekong", "arctic", "asean", "eurasia", "eurasian", "europe",
                            "africa", "east", "caribbean", "baltic"})
#: probe 38p2: keys between a person and the counterpart he meets in one opening clause
_MET_REACH = 16


class _Sides:
    """Rules of a document that give its people sides (methods of ``_Document``)."""

    @cached_property
    def level_places(self) -> list[int]:
        """Keys of the capitalised place words of local government ("Province", "Republic"), in
        order: found once, read by every regional-government subject (:func:`_local_side`)."""
        words = _LEVEL_WORDS
        keys, caps, n = self.keys, self.caps, self.n
        # round 24d: also in lower case before "of" and a name ("the province of Khánh Hòa"), not a
        # person's title ("the home province of President Hồ Chí Minh")
        titles = self.names.titles
        return [t for t in range(n) if keys[t] in words and (
            caps[t] or t + 2 < n and keys[t + 1] == "of" and caps[t + 2] and keys[t + 2] not in titles
            or self._named_lower_place(t))]

    def _one_word_place(self, k: int) -> bool:
        """probe 38p2: a capitalised kind of local government at key ``k`` after a place of one word and
        before a title ("Irkutsk Region Governor X"), not the end of a longer name ("the Hong Kong Special
        Administrative Region")."""
        keys, caps = self.keys, self.caps
        return (k >= 1 and k + 1 < self.n and caps[k - 1] and is_word(keys[k - 1]) and keys[k - 1] not in self.names.titles
                and (k < 2 or not caps[k - 2] or keys[k - 2] in _DETERMINERS or self.view.initial[k - 1])
                and keys[k + 1] in self.names.titles)

    def _named_lower_place(self, t: int) -> bool:
        """probe 38p2: a place word in lower case after the place's capitalised name ("Ulyanovsk region's
        head X", "the Sverdlovsk region", "Vietnam's Vinh Phuc province"), as TASS and VNA write it: a
        place of that level; not after a sentence's first word alone ("The region") or a title ("Deputy
        region")."""
        keys, caps = self.keys, self.caps
        if t < 1 or not caps[t - 1] or not is_word(keys[t - 1]) or keys[t - 1] in _DETERMINERS:
            return False
        return keys[t - 1] not in self.names.titles and keys[t - 1] not in _WORLD_REGIONS

    # -- side words ------------------------------------------------------------------------------

    def _find_sides(self) -> None:
        keys, act = self.keys, self.act
        partial: dict[str, set] = {}
        self._heads_alone: set = set()  # where a country's last word stands alone ("Korea")
        firsts = _first_keys(act.side_words)
        for i in range(self.n):
            if not self.caps[i] or firsts is not None and keys[i] not in firsts:
                continue
            hit = act.side_words.longest(keys, i)
            if hit is not None and hit[1] is not None and self._spelled_as_listed(i, hit[0]) and not self._in_place_name(i, hit[0]):
                self.side_at[i] = hit
                self.side_counts[hit[1]] = self.side_counts.get(hit[1], 0) + 1
        # an acronym defined after a side word is that side's: "Lao People's Revolutionary Party (LPRP)"
        # r36g: not when the name holds another side's word before it ("Association of Vietnamese Alumni
        # of Russia (AVAR)" is no Russian acronym)
        ends = {e: side for a, (e, side) in self.side_at.items() if not self._other_side_before(a, side)}
        aliases = {}
        for o, a, _ in alias_brackets(self.view):
            if o in ends:
                aliases[keys[a]] = ends[o]
        if aliases:
            for i in range(self.n):
                if i not in self.side_at and self.caps[i] and keys[i] in aliases:
                    self.side_at[i] = (i + 1, aliases[keys[i]])
        # "Korea" alone: the side whose country's name ends so, among those the document names
        for keys_, side in act.country_heads:
            partial.setdefault(keys_, set()).add(side)
        covered = {t for a, (e, _) in self.side_at.items() for t in range(a, e)}
        for i in range(self.n):
            if i > 0 and self.caps[i - 1] and is_word(keys[i - 1]) and not self.view.initial[i - 1]:
                continue  # the last word of a name: "Đỗ Đức Nam" is no "Việt Nam"
            if self.caps[i] and i not in covered and keys[i] in partial:
                present = {s for s in partial[keys[i]] if s in self.side_counts}
                if len(present) == 1:
                    self.side_at[i] = (i + 1, present.pop())
                    self._heads_alone.add(i)
        # a seat of government for its country: "the Kremlin said", "Kremlin spokesman X"; a capital
        # only where a title cannot hold it (capital_at: the place of talks, a subject), as "the
        # Vietnamese Ambassador in Moscow" is no Russian
        for places, at in ((self.names.seats, self.side_at), (self.names.capitals, self.capital_at)):
            for seat, country in places:
                side = self._country_side(country)
                if side is None:
                    continue
                for i in _positions_before(keys, seat[0], self.n - len(seat) + 1):  # speed: where it starts
                    if self.caps[i] and i not in self.side_at and tuple(keys[i : i + len(seat)]) == seat:
                        at[i] = (i + len(seat), side)
                        if at is self.side_at:
                            self.seat_at.add(i)
        self.side_cover = {t: a for a, (e, _) in self.side_at.items() for t in range(a, e)}

    def _spelled_as_listed(self, i: int, j: int) -> bool:
        """True unless keys ``i:j`` carry marks that no listed spelling of a side has ("Lào Cai")."""
        letters = side_spelling(self.view.surface(i, j))
        return letters.isascii() or letters in self.act.side_spellings or not self.act.side_spellings

    def _in_place_name(self, i: int, j: int) -> bool:
        """True if the side word at keys ``i:j`` opens a longer name spelled the Vietnamese way:
        "Lao Cai" (Lào Cai, without its marks) is a province, no Lao; "Lao Deputy Minister" is Lao."""
        e = j
        while e < self.n and self.caps[e] and is_word(self.keys[e]):
            e += 1
        if j == i + 1 and e > j and _vietnamese_spelling(self.view.surface(i, j + 1)):
            return True  # "Lao Cai Provincial Party Committee": the province, then more of a title
        return e > j and _vietnamese_spelling(self.view.surface(i, e))

    def side_word(self, i: int):
        """(end, side) of a side word starting at key ``i``, or None."""
        return self.side_at.get(i)

    def _city_title(self, a: int, s: int):
        """The side of a city (names.yml ``cities``) that opens the title at keys ``a:s`` of a name
        at ``s`` ("Vladivostok Mayor X", "St. Petersburg Governor X", "Governor of Da Nang X"), or
        None; not a city after "in" or "to", where the post is ("Consul General in Da Nang X").
        p34p10: a capital (names.yml ``capitals``) as well, a title's place only where the title
        names no side: "Mayor of Vientiane Capital X", "Deputy Mayor of Moscow X" (a capital after
        "in", "Vietnamese Ambassador in Moscow X", stays the post's place)."""
        keys = self.keys
        for t in range(max(0, a - 2), s):  # "St. Petersburg": the scan stops at the abbreviation's dot
            if not self.caps[t] or t > 0 and (keys[t - 1] == "in" or keys[t - 1] == "to" and (t < 2 or keys[t - 2] != "according")):
                continue  # "Consul General in Da Nang X"; "According to Novosibirsk Mayor X" is read
            for city, country in (*self.names.cities, *self.names.capitals):
                # p34p10: a city before the title's first key must reach into it ("St. Petersburg"
                # split at its dot), not end a sentence before ("... the Russian city of Novosibirsk.
                # Vice Chairman of the provincial People's Committee X" is no Russian)
                # probe 35p1: or end the title after "of" ("Governor of Saint Petersburg X", "Mayor of
                # Kazan X"): the post's place, as a city before the title word is
                last = s - 1 if t > 0 and keys[t - 1] == "of" else s - 2
                if a <= t + len(city) - 1 <= last and tuple(keys[t : t + len(city)]) == city and not any(
                    keys[v] in _CLAUSE_MARKS for v in range(t + len(city), s)
                ):  # review 24: "After visiting Vladivostok, Minister X": a comma ends the place
                    if (side := self._country_side(country)) is not None:
                        return side
        return None

    def _named_body_head(self, s: int):
        """probe 38p6: the side of a body named before whose head noun the title of a name at key ``s``
        takes back in the possessive, "the <noun>'s <title> X": "Russia's Federal Medical-Biological
        Agency (FMBA) will send ..., the agency's head Igor Morozov told TASS" is Russia's, the body's,
        not the side the document names most. The body is the last capitalised name before ending in
        that noun ("Agency") that holds or follows a side word ("Russia's", "the Lao"); None when there
        is none ("The FMBA will send doctors to Laos, the agency's head X": rule 7 as before)."""
        keys, caps = self.keys, self.caps
        if s < 3 or keys[s - 3] != "the" or caps[s - 2] or not is_word(keys[s - 2]) or not (
                self.view.possessive(s - 1) and self._person_title(s - 1)):
            return None
        noun = keys[s - 2]
        for t in range(s - 4, -1, -1):
            if keys[t] != noun or not caps[t] or t >= 1 and self.view.surface(t - 1, t).lower() == "news":
                continue  # review 54: "Vietnam News Agency reported": the source, no body the head leads
            u = t - 1
            while u >= 0 and t - u <= _TITLE_SCAN and (caps[u] and is_word(keys[u]) or keys[u] in ("of", "and", "for", "-")):
                if u in self.side_cover:
                    return self.side_at[self.side_cover[u]][1]
                u -= 1
            return None
        return None

    def _other_side_before(self, a: int, side: str) -> bool:
        """r36g: True if the capitalised name that the side word at key ``a`` ends holds another side's
        word before it ("Association of Vietnamese Alumni of Russia (AVAR)": a body of two sides, whose
        acronym is neither's; "Association of Tour Operators of Russia (ATOR)" stays Russia's)."""
        keys, caps = self.keys, self.caps
        t = a - 1
        while t >= 0 and a - t <= _TITLE_SCAN and (caps[t] and is_word(keys[t]) or keys[t] in ("of", "for", "and", "the")):
            if t in self.side_at and self.side_at[t][1] not in (None, side):
                e = self.side_at[t][0]
                # a name the country after "of" owns ("Liberal Democratic Party of Russia (LDPR)": not
                # Japan's party of that name) is one side's
                return not (e < a and keys[e] == "of" and e + 1 + (keys[e + 1] == "the") == a)
            if self.view.initial[t]:
                break
            t -= 1
        return False

    def _country_side(self, country: tuple):
        """The side whose word is the whole of ``country`` (keys of names.yml's "= Country"), or None
        (review 51: one reading for seats, capitals, cities and kinds of local government)."""
        hit = self.act.side_words.longest(list(country), 0)
        return hit[1] if hit is not None and hit[0] == len(country) else None

    def city_at(self, t: int):
        """probe 35p1: (end, side) of a city of names.yml ``cities`` that starts at key ``t`` ("Huế",
        "Shanghai"), or None (capitals are ``capital_at``)."""
        if not self.caps[t]:
            return None
        for city, country in self.names.cities:
            if tuple(self.keys[t : t + len(city)]) == city:
                if (side := self._country_side(country)) is not None:
                    return t + len(city), side
        return None

    def _dash_before(self, a: int):
        """Last key of a side joined to the side at key ``a`` by a dash, spaced ("Chile - Peru") or
        not ("Vietnam-Russia", where the dash is no key); None if none."""
        if a > 1 and self.keys[a - 1] == "-" and a - 2 in self.side_cover:
            return a - 2
        view = self.view
        if a > 0 and a - 1 in self.side_cover and view.text[view.ends[a - 1] : view.starts[a]] in _DASHES:
            return a - 1
        return None

    def _side_of(self, person: Person, run_start: int, s: int, e: int) -> None:
        """Side and title of a person from the words around its full mention (rules 2-5)."""
        keys, n = self.keys, self.n
        # 2. the title before the name: back over titles, side words and capitalised words
        k = s - 1
        side = None
        body = None  # the first side a two-country body in the title names
        of_at = -1  # round 25a: the side word of "of <country>" ending a body's name, if the side came from it
        lower = self._title_of_before(run_start)  # "head of its international commission X"
        if lower is not None:
            run_start = -1
        while k >= 0 and s - k <= _TITLE_SCAN:
            key = keys[k]
            if _short_form_stop(keys, self.caps, k):
                k -= 1  # r36f: the full stop of a title written short ("Lt. Gen. X", "Assoc. Prof. Dr. X")
                continue
            if key in ("and", ",", "to") and k - 1 in self._name_ends:
                # "... Secretary Roberto Molina Ortega and Lê Thành Công": not the other's title
                # (r31g: nor "Prime Minister X to Prime Minister Y", one pair of a list of messages)
                break
            if key == "to" and k == s - 1:
                # r33c: "presented the Order of Friendship of Vietnam to Viktor Kuzmin": a name right
                # after "to" is the object of "to", and the capitalised words before are no title
                break
            gap = self._interim_at(k) or (k > 0 and self._interim_at(k - 1) == 2 and 2)
            if gap and k - gap + 1 > 0 and self._person_title(k - gap):
                k -= gap  # r29d: "Lao Chargé d'Affaires ad interim X": back over the post's "for now"
                continue
            if key == ")":  # a bracket in the title: "Chairman of the CPRF (Communist Party ...) X"
                o = next((t for t in range(k - 1, max(-1, k - _BRACKET_NAME - 2), -1) if keys[t] == "("), None)
                if o is not None:
                    side = side or next((self.side_at[t][1] for t in range(o, k) if t in self.side_at), None)
                    k = o - 1
                    continue
            if key == "in" and (k + 1 in self.capital_at or self._post_place(k + 1, e) == s):
                k -= 1  # "Russian Ambassador in Hà Nội X": the capital is where the post is, not a side
                continue
            a = self.side_cover.get(k)
            if a is not None:
                if self._dash_before(a) is not None:
                    # "Head of the Chile–Peru Business Council X": each side names a bilateral body
                    # with its own country first, but only when no other side word is in the title
                    # ("Peruvian co-chair of the Chile–Peru Commission X" is Peruvian)
                    a = self.side_cover[self._dash_before(a)]
                    body = body or self.side_at[a][1]
                elif self._title_in_before(a) and self.side_at[a][0] <= s:
                    # "President of the Association of Vietnamese in Russia X": where the body is
                    k = a - 2 - (keys[a - 1] == "the")
                    continue
                elif a > 1 and keys[a - 1] == "in" and (self.caps[a - 2] and is_word(keys[a - 2]) or self._titleish(a - 2)):
                    # "Vietnamese Trade Counsellor in Russia X": the country is where the post is
                    k = a - 2
                    continue
                elif not (a > 0 and keys[a - 1] == "to" and not (a > 1 and keys[a - 2] in _TO_IDIOMS)) and not self._studied(a):
                    # "Russian Ambassador to Vietnam X": not Vietnam; round 24c: "According to Russian
                    # Ambassador X": "to" of an idiom opens the title, no post's country
                    if side is not None and of_at >= 0 and self._body_owner(a, of_at):
                        # round 25a: "Chairman of the Russian Union of Veterans of Vietnam X": the
                        # adjective opening the body's name is whose it is; "of Vietnam" ending the
                        # name is what the body is about
                        side = self.side_at[a][1]
                    of_body = side is None and a > 1 and keys[a - 1] == "of" and self.caps[a - 2] and is_word(keys[a - 2])
                    of_at = a if of_body else -1
                    side = side or self.side_at[a][1]
                if a in self.seat_at:  # "State Duma deputy X": the seat is part of the title
                    person.title.update(keys[a : self.side_at[a][0]])
                k = a - 1
                continue
            if self.caps[k] and is_word(key) or self._titleish(k) or self._body_member(k) or key in _POSSESSIVES or (
                key in self.names.connectors and k > run_start
            ) or (lower is not None and k >= lower) or with_in_name(keys, self.caps, k):
                if self._titleish(k):
                    person.title.add(key)
                    if key in self._kind_countries and (not self.caps[k] or key in _ANY_CASE_KINDS or (
                            self._one_word_place(k))):
                        # review 51: "the Irkutsk region", not a name's "Special Administrative Region"
                        self._kinds.setdefault(person.order, key)
                k -= 1
                continue
            break
        to = next((t for t in range(k + 1, s - 1) if keys[t] == "to" and self._person_title(s - 1)), None)
        if side is None and to is not None:
            # "Adviser to the Governor Pavel Lukin": an aide of the titled person named before
            self._aides[person.order] = (keys[s - 1], s)
        elif side is None and s >= 2 and not self.caps[s - 1] and self.view.possessive(s - 1) and self._person_title(s - 2):
            self._aides[person.order] = (keys[s - 2], s)  # "the Governor's adviser X"
        if side is None and body is None and k + 1 < s:
            side = self._city_title(k + 1, s)  # r24e: "Vladivostok Mayor X": the city's country
        if side is None and body is None:
            side = self._named_body_head(s)  # probe 38p6: "Russia's ... Agency ..., the agency's head X"
        if side is None and body is None and k + 1 < s and self._foreign_mark(k + 1):
            # "US envoy John Smith", "British Ambassador X": a country of no side opens the title;
            # the person takes no side, not the one the document names most (rule 7)
            person.how = "foreign"
            return
        apposed = self._apposed_role(s)
        if side is None and apposed is not None:  # "the Russian ambassador, Gennady Bezdetko"
            side = apposed[1]
            person.title.add(keys[apposed[0]])
        if side is not None:
            person.side, person.how = side, "title"
            return
        # 2b. "of <country>" right after the name: "Foreign Minister Sergei Lavrov of Russia"
        if e + 1 < n and keys[e] == "of":
            hit = self.side_at.get(e + 1 + (keys[e + 1] == "the"))
            if hit is not None:
                person.side, person.how = hit[1], "title"
                return
        # 3. a delegation the person leads: "a URP delegation headed by Andrei Lebedev"
        # (r28a: or a side: "The Vietnamese side was represented by PV Power General Director X")
        if k >= 1 and keys[k] == "by" and (keys[k - 1] in _LED_BY or keys[k - 1] == "lead"):
            for d in range(k - 2, max(-1, k - 16), -1):
                if keys[d] in _LED_GROUPS:
                    for t in range(max(0, d - 4), k - 1):
                        if t in self.side_at:
                            person.side, person.how = self.side_at[t][1], "delegation"
                            return
                    # p34p10: "a delegation from Moscow led by Deputy Mayor X": the capital it comes
                    # from, when the group names no side (a capital after "in" is where it is)
                    for t in range(d + 1, k - 1):
                        if t in self.capital_at and keys[t - 1] == "from":
                            person.side, person.how = self.capital_at[t][1], "delegation"
                            return
                    # probe 35p1: "a delegation of the Tomsk region led by Governor X": the kind of
                    # local government it comes from, read by rule 7 when nothing else gives a side
                    kind = next((keys[t] for t in range(d + 1, k - 1) if not self.caps[t] and t > 0
                                 and self.caps[t - 1] and keys[t] in self._kind_countries), None)
                    if kind is not None:
                        self._kinds[person.order] = kind
                    break
        # 4. an apposition: "Yelena Morozova, Minister of ... of the Russian Federation,"
        if self._apposition_title(e) and not self._next_person_listed(e):
            sided = False
            run, after = -1, []  # probe 13: the title words right after the side word
            for t in range(e + 1, min(n, e + _APPOSITION)):
                if keys[t] in (",", ".", ";") or self.view.initial[t]:
                    break
                if t > e + 2 and keys[t] in _RELATIVES and not sided and (
                    keys[t - 1] in self.act.trades or keys[t - 1] in self.act.generic_roles
                ):
                    # probe 35p8: ", a veteran who helped build Việt Nam's air defence,": what the
                    # person of no office did, not whose they are (", who heads ... of United
                    # Russia," opening the apposition gives the post, r27b)
                    break
                if self._titleish(t) and not sided:
                    person.title.add(keys[t])
                elif t == run and self._titleish(t):
                    after.append(keys[t])
                    run += 1
                if t in self.seat_at:  # round 22b: "..., a member of the CPRF Central Committee and a
                    person.title.update(keys[t : self.side_at[t][0]])  # State Duma deputy,": a seat
                if not sided and t in self.capital_at and keys[t - 1] in ("the", "a") and t + 1 < n and (
                        self.caps[self.capital_at[t][0]] and is_word(keys[self.capital_at[t][0]])):
                    # r36g: a capital opens the body's name, as a side's adjective does ("..., chairman
                    # of the Moscow Union of Veterans of Vietnam,": Moscow's, the country after "of" is
                    # what the body is about)
                    person.side, person.how = self.capital_at[t][1], "apposition"
                    run = self.capital_at[t][0]
                    sided = True
                if not sided and t in self.side_at and not self._studied(t) and not (
                    keys[t - 1] == "to" and keys[t - 2] in _ROLE_KIN["diplomat"]
                ) and keys[t - 1] != "in":  # r24e: "..., head of a company ... in Russia,": a place  # round 21: ", a former ambassador to Russia,": the country he was sent to, not his
                    person.side, person.how = self.side_at[t][1], "apposition"
                    run = self.side_at[t][0]
                    sided = True  # round 22b: a seat after the side word is read as well
            if sided:
                if _ROLE_KIN["diplomat"] & set(after):
                    # probe 13: ", Vietnamese Consul General in X,": a diplomatic post after the side
                    # word is the person's role ("the envoy", "the consul" later); other titles
                    # there stay out (round 22b: "..., Russian Deputy Minister of Labour,")
                    person.title.update(after)
                return
        # 5. the name's origin
        if person.origin:
            side = self.act.origin_sides.get(person.origin)
            if side is not None:
                person.side, person.how = side, "origin"
                return
        if body is not None:
            # "Director of the Vietnam-Russia Tropical Centre Ivan Petrov": a body of two sides is
            # both sides', so the name decides (rule 7), the side named first only when it cannot
            self._bodies[person.order] = body

    def _next_person_listed(self, e: int) -> bool:
        """True if the "apposition" after the comma at key ``e`` is the next person of a list: a
        person's title word and a capitalised name of two words or more right after it, before the next
        comma ("Deputy Minister ... Đỗ Quang Minh, Russian Ambassador Gennady Bezdetko, leaders of
        ..."): the side word there is the next person's, not this one's (probe 26). "Yelena Morozova,
        Minister of Natural Resources of the Russian Federation," (the capitalised words follow "of")
        and "X, Russian Ambassador Extraordinary and Plenipotentiary," are appositions still."""
        keys, n = self.keys, self.n
        for t in range(e + 2, min(n - 1, e + _APPOSITION)):
            if keys[t] in (",", ".", ";"):
                return False
            if (self.caps[t] and self.caps[t + 1] and is_word(keys[t])
                    and is_word(keys[t + 1]) and not self._titleish(t) and not self._titleish(t + 1)
                    and (self._person_title(t - 1) or self._posted_to(e + 2, t))):
                return True
        return False

    def _posted_to(self, lo: int, t: int) -> bool:
        """r31k: True if a diplomat's title and "to" a side's country end right before key ``t``
        ("..., Russian Ambassador to Việt Nam Gennady Bezdetko"): the name after the post is the next
        person of a list, as a name right after a title is."""
        keys = self.keys
        for a in range(max(lo + 2, t - 4), t):
            hit = self.side_at.get(a)
            if hit is not None and hit[0] == t and keys[a - 1] == "to" and keys[a - 2] in _ROLE_KIN["diplomat"]:
                return True
        return False

    def _body_owner(self, a: int, of_at: int) -> bool:
        """True if the side word at key ``a`` is a nationality adjective opening a body's name
        after "the" ("the *Russian* Union of Veterans of Vietnam"), not a country noun, and that
        name runs to "of" and the country at key ``of_at``. Review 25: "of the" between opens a
        parent body the country owns ("the Chinese Department of the Ministry of Foreign Affairs of
        Vietnam", "the Russian Language Faculty of the University of Laos"): the adjective names
        what the unit deals with."""
        end = self.side_at[a][0]
        word = self.view.surface(a, end)
        if any(self.keys[t] == "of" and self.keys[t + 1] == "the" for t in range(end, of_at - 1)):
            return False
        return (a > 0 and self.keys[a - 1] == "the" and end < self.n and self.caps[end]
                and is_word(self.keys[end]) and word.endswith(_NATIONALITY_ENDINGS))

    def _studied(self, a: int) -> bool:
        """True if the side word at key ``a`` is what a research body studies, not whose it is:
        right after "Institute of" or "Centre for" ("the Institute of China and Contemporary Asia of
        the Russian Academy of Sciences"), or before "studies" ("the Centre of Vietnamese Studies")."""
        keys, end = self.keys, self.side_at[a][0]
        if end < self.n and keys[end] == "study" and self.view.surface(end, end + 1).lower() == "studies":
            return True  # r31e: keys fold the plural; review 39: the singular is a study's owner ("a Vietnamese study team")
        return a > 1 and keys[a - 1] in ("of", "for") and keys[a - 2] in _STUDY_BODIES

    def _person_word(self, t: int) -> bool:
        """probe 28: True if key ``t`` is a word of a person's title or role ("Prime", "Director")."""
        k = self.keys[t]
        return k in self.act.titles or k in self.names.titles or self.act.roles.longest(self.keys, t) is not None

    def _foreign_mark(self, t: int) -> bool:
        """True if key ``t`` is a capitalised country word of no side: an abbreviation of two
        capitals ("US", "UK") or a nationality adjective by its ending ("American", "British",
        "Japanese", "French"); side words are found before this (``side_at``)."""
        if t in self.side_cover or self._titleish(t):
            return False
        if t + 1 < self.n and self.keys[t + 1] in _OFFICE_FIELDS and not self.caps[t + 1]:
            return False  # round 23b: "sub-committee on Asian affairs X": what the office deals with
        word = self.view.surface(t, t + 1)
        if t + 1 < self.n and self.caps[t + 1] and self.keys[t + 1] in self.act.organisations:
            return False  # round 24c: "TH Group Chairwoman X": the letters name a company, no country
        if len(word) == 2 and word.isupper() and word.isalpha():
            # r28a: no country where the text gave the letters and the next word as a body's short
            # name in brackets: "PetroVietnam Power Corporation (PV Power) ... PV Power General Director X"
            if t + 1 < self.n and self.caps[t + 1] and f"({self.view.surface(t, t + 2)})" in self.view.text:
                return False
            # probe 28: letters that are no country's code before a capitalised word that is no title
            # open a firm's short name ("PV Power General Director X"); "US Trade Representative X",
            # "UK Foreign Secretary X" and letters right before a title ("NZ Prime Minister X") stay
            return word in _COUNTRY_CODES or not (t + 1 < self.n and self.caps[t + 1] and is_word(self.keys[t + 1])
                                                  and not self._person_word(t + 1))
        return (word[:1].isupper() and word[1:].islower() and word.endswith(_NATIONALITY_ENDINGS)
                and not self._place_elsewhere(self.keys[t]))

    def _place_elsewhere(self, key: str) -> bool:
        """probe 34p8: True if the report writes ``key`` elsewhere as a place, not a nationality: right
        before a lower-case place head ("Yunnan province", "Hainan province") or right after "in" or
        "from" ("in Yunnan"), so "Yunnan Vice Governor X" is no foreign title as "American envoy X" is."""
        keys, caps = self.keys, self.caps
        for u in _positions_before(keys, key, self.n):
            if (u + 1 < self.n and not caps[u + 1] and keys[u + 1] in _PLACE_HEADS) or (
                u > 0 and not caps[u - 1] and keys[u - 1] in ("in", "from")
            ):
                return True
        return False

    def _hosts(self) -> None:
        """The host and the guest: who receives whom ("X received Y", "Receiving Y, X said")."""
        keys, act = self.keys, self.act
        for r in range(self.n):
            if keys[r] not in act.receiving_verbs or r > 0 and keys[r - 1] in _DETERMINERS:
                continue  # "thanked the host", "a warm welcome": a noun, not "hosts" or "welcomed"
            after = [p for i in range(r + 1, min(self.n, r + 30)) for p in self._people_at(i)]
            if r + 2 < self.n and keys[r + 1] == "the" and keys[r + 2] in ("visitor", "guest", "visitors", "guests"):
                # "Khôi welcomed the visitor and briefed him": the guest is the other of the first two
                start = self._sentence_start(r)
                before = [p for i in range(start, r) for p in self._people_at(i)]
                if before and len(self.people) >= 2:
                    other = [p for p in (0, 1) if p != before[-1]]
                    if len(other) == 1 or (other and before[-1] not in (0, 1)):
                        self.host, self.guest = before[-1], other[0]
                        return
                if not before and r == start and after and len(self.people) >= 2:
                    # r27b: "Receiving the guests, X said": the subject after the opening clause hosts
                    # ("the guest" was else the one of the two opening people named less recently)
                    other = [p for p in (0, 1) if p != after[0]]
                    if len(other) == 1:
                        self.host, self.guest = after[0], other[0]
                        return
            if not after:
                continue
            if keys[r].startswith("welcom") and not any(
                keys[t] == "delegation" for t in range(r + 1, min(self.n, r + 6))
            ):
                continue
            start = self._sentence_start(r)
            before = [p for i in range(start, r) for p in self._people_at(i)]
            opened = self._opening_host(r, start, after) if not before else None
            if opened is not None:
                host, guest = opened
            elif before and self._received_by(r, after[0]):
                # r30a: "X was received in Moscow by Y": the agent after "by" hosts the subject
                host, guest = after[0], before[-1]
            elif before:
                host, guest = before[-1], after[0]
            elif len(after) > 1:
                guest, host = after[0], after[-1]
            else:
                continue
            if host != guest:
                self.host, self.guest = host, guest
                return
        if not self._hosts_by_visit():
            self._hosts_by_possessive()
        if self.host is None and self.dateline_side is not None:
            self._hosts_by_dateline()

    def _received_by(self, r: int, agent: int) -> bool:
        """r30a: True if the receiving verb at key ``r`` is passive ("was received", "were welcomed")
        and "by" stands between it and the first mention of person ``agent`` in its sentence."""
        keys = self.keys
        if r == 0 or keys[r - 1] not in _PASSIVE_AUX:
            return False
        for t in range(r + 1, min(self.n, r + 30)):
            if keys[t] in (".", ";"):
                return False
            if agent in self._people_at(t):
                return False
            if keys[t] == "by":
                return any(agent in self._people_at(u) for u in range(t + 1, min(self.n, t + 20)))
        return False

    def _opening_host(self, r: int, start: int, after: list):
        """Review 29: ``(host, guest)`` when the receiving verb at key ``r`` is a participle opening its
        sentence and no person is named in its clause ("Receiving the Vietnamese delegation,
        Chernyshenko said ..."): the subject after the comma hosts, the other of the first two people
        named is the guest, as after "Receiving the guests" (r27b); else None (a person named in the
        clause, "Receiving Deputy Prime Minister X, Y said", is read as before)."""
        keys = self.keys
        if r != start or not keys[r].endswith("ing") or len(self.people) < 2:
            return None
        c = next((t for t in range(r + 1, min(self.n, r + _OPENING_CLAUSE)) if keys[t] in (",", ".", ";")), None)
        if c is None or keys[c] != ",":
            return None
        if any(self._people_at(t) for t in range(r + 1, c)):
            return None
        host = next((p for t in range(c + 1, min(self.n, c + 4)) for p in self._people_at(t)), None)
        if host is None or host not in after:
            return None
        other = [p for p in (0, 1) if p != host]
        return (host, other[0]) if len(other) == 1 else None

    def _place_side(self, place: str):
        """The side of a dateline's place ("MOSCOW", "HÀ NỘI", "Vientiane, Laos"): a side's country
        (study file) or a city of it (names.yml ``capitals`` and ``cities``); None if it names no
        side or two."""
        found = set()
        for part in place.split(","):
            keys = TextView(part.strip()).keys
            if not keys:
                continue
            hit = self.act.side_words.longest(keys, 0)
            if hit is not None and hit[0] == len(keys) and hit[1] is not None:
                found.add(hit[1])
            for city, country in (*self.names.capitals, *self.names.cities):
                if tuple(keys) == city:
                    if (side := self._country_side(country)) is not None:
                        found.add(side)
        return found.pop() if len(found) == 1 else None

    def _hosts_by_dateline(self) -> None:
        """No other clue: of the two people of two sides the report opens with, the one of the
        side whose country or capital the dateline names is the host ("MOSCOW, ... Russian Deputy
        Prime Minister X met Vietnamese Minister Y ... The host said"), the other the guest."""
        opening = self._opening_people()
        if len(opening) != 2 or len({self.people[p].side for p in opening}) != 2:
            return
        mine = [p for p in opening if self.people[p].side == self.dateline_side]
        if len(mine) == 1:
            self.host = mine[0]
            self.guest = next(p for p in opening if p != self.host)

    def _hosts_by_visit(self) -> bool:
        """No one was seen receiving: "X paid a working visit to Laos, holding talks with Y" or "X held
        talks in Hà Nội with Y" (a capital: names.yml ``capitals``) makes the one of the two people
        the report opens with whose side is the country visited the host, the other the guest. A
        capital counts right after a word of meeting ("met Y in Moscow") or as the last capital
        the opening names ("co-chaired the 25th session of the ... Commission in Hà Nội"), not in a
        clause about something else ("who studied in Hà Nội, met Y in Moscow": Moscow). True if
        it set them."""
        keys = self.keys
        end = self._opening_end()
        opening = self._opening_people()
        if len(opening) == 1 and self.people[opening[0]].side is not None:
            return self._visit_of_one(opening[0], end)
        if len(opening) != 2 or len({self.people[p].side for p in opening}) != 2:
            return False
        last = max((r for r in range(end - 1) if keys[r] == "in" and r + 1 in self.capital_at), default=None)
        for r in range(end - 2):
            if keys[r] in ("visit", "trip", "tour") and keys[r + 1] == "to":
                u = r + 2 + (keys[r + 2] == "the")
                hit = self.side_at.get(u) or self.capital_at.get(u)
            elif keys[r] == "in" and r + 1 in self.capital_at and (self._met_before(r) or r == last):
                hit = self.capital_at[r + 1]  # "held talks in Hà Nội with ...": the capital's side hosts
            else:
                continue
            mine = [p for p in opening if hit is not None and self.people[p].side == hit[1]]
            if len(mine) == 1:
                self.host = mine[0]
                self.guest = next(p for p in opening if p != self.host)
                return True
        return False

    def _visit_of_one(self, guest: int, end: int) -> bool:
        """Review 13: "A delegation ... led by X paid a working visit to Russia" with no one else in
        the opening: X is the guest, and the first person of the country visited the text names
        after the opening is the host ("During a meeting with Y, Secretary of ... United Russia");
        True if it set them, False when the visit is to X's own side or nobody of that side is
        named."""
        keys, side = self.keys, self.people[guest].side
        for r in range(end - 2):
            if keys[r] in ("visit", "trip", "tour") and keys[r + 1] == "to":
                u = r + 2 + (keys[r + 2] == "the")
                hit = self.side_at.get(u)
                if hit is None or hit[1] == side:
                    continue
                host = min((p for p, q in enumerate(self.people) if q.side == hit[1] and q.first >= end),
                           key=lambda p: self.people[p].first, default=None)
                if host is not None:
                    self.host, self.guest = host, guest
                    return True
        return False

    def _met_before(self, r: int) -> bool:
        """True if a word of meeting (actors.yml ``meeting_words``: "talks", "met") stands shortly
        before key ``r`` in the same clause: "held talks in", "met Minister X in"; not "who studied
        in"."""
        for t in range(r - 1, max(-1, r - _MEETING_SPAN), -1):
            if self.keys[t] in self.act.meeting_words:
                return True
            if self.keys[t] in (",", ";", ".", "who", "which", "where", '"'):
                return False
        return False

    def _hosts_by_possessive(self) -> None:
        """No one was seen receiving: "The Lao minister informed *his host*" makes the subject the
        guest, "X briefed *her guest*" the host; the other is the other person the report opens
        with. The subject is the first person or side word of the sentence, after an opening phrase
        ("Speaking to X, ...", "At the talks with X, ...")."""
        keys = self.keys
        opening = self._opening_people()
        if len(opening) != 2:
            return
        for r in range(1, self.n):
            if keys[r] not in ("host", "guest", "visitor"):
                continue
            start = self._sentence_start(r)
            if keys[r - 1] not in _POSSESSIVES and not (keys[r - 1] == "the" and r - 1 > start):
                continue  # "Hùng briefed the guests": also an object after "the", not a subject
            if keys[start] in self.act.openers:
                # "Speaking to Chernyshenko, Chính thanked his host": the subject follows the
                # opening phrase, which names the other person
                comma = next((t for t in range(start, r) if keys[t] == ","), None)
                if comma is not None:
                    start = comma + 1
            subject = None
            for t in range(start, r):
                if self._people_at(t):
                    subject = self._people_at(t)[0]
                    break
                if t in self.side_at:
                    side = self.side_at[t][1]
                    mine = [p for p in opening if self.people[p].side == side]
                    subject = mine[0] if len(mine) == 1 else None
                    break
            if subject not in opening:
                continue
            other = next(p for p in opening if p != subject)
            self.host, self.guest = (other, subject) if keys[r] == "host" else (subject, other)
            return

    def _opening_end(self) -> int:
        """Key where the report's opening (first paragraph, at least its first sentence) ends."""
        para = self.view.text.find("\n")
        cut = bisect_left(self.view.starts, para) if para >= 0 else self.n
        first_sentence = next((i for i in range(1, self.n) if self.view.initial[i]), self.n)
        return max(cut, first_sentence)

    def _opening_people(self) -> list[int]:
        """The people (indices) named in the report's opening (:meth:`_opening_end`); r28e: when the
        opening names nobody ("The Days of Russian Culture opened at the Opera House ..."), the two
        people of two sides the next paragraph names ("Attending the ceremony were Minister X and
        Russian Deputy Minister Y"), if it names just those."""
        end = self._opening_end()
        found = [p for p in range(len(self.people)) if self.people[p].first < end]
        if found or not self.people:
            return found
        para = self.view.text.find("\n", self.view.starts[end] if end < self.n else len(self.view.text))
        cut = bisect_left(self.view.starts, para) if para >= 0 else self.n
        pair = [p for p in range(len(self.people)) if self.people[p].first < cut]
        sides = {self.people[p].side for p in pair}
        return pair if len(pair) == 2 and len(sides) == 2 and None not in sides else found

    def _sentence_start(self, i: int) -> int:
        """The first key of the sentence around key ``i``."""
        while i > 0 and not self.view.initial[i]:
            i -= 1
        return i

    def _people_at(self, i: int) -> tuple:
        hit = self.mention_at.get(i)
        return hit[1] if hit is not None and len(hit[1]) == 1 else ()

    def _counterparts(self) -> None:
        """"X held talks with his Vietnamese counterpart Y": X is of another side, the side the
        document names most after that one."""
        keys = self.keys
        for i in range(2, self.n):
            if keys[i] != "counterpart" or i - 1 not in self.side_cover:
                continue
            other = self.side_at[self.side_cover[i - 1]][1]
            start = self._sentence_start(i)
            before = [p for t in range(start, i) for p in self._people_at(t)]
            if not before or self.people[before[0]].side is not None:
                continue
            ranked = sorted((s for s in self.side_counts if s != other), key=lambda s: -self.side_counts[s])
            if ranked and (len(ranked) == 1 or self.side_counts[ranked[0]] > self.side_counts[ranked[1]]):
                self.people[before[0]].side, self.people[before[0]].how = ranked[0], "counterpart"

    def _learn_from_roles(self) -> None:
        """Rule 6: "the Lao governor" gives the Lao side to the only governor without a side."""
        keys = self.keys
        for i in range(self.n):
            if i not in self.side_at or i == 0 or keys[i - 1] not in _DETERMINERS:
                continue
            e, side = self.side_at[i]
            role = self.act.roles.longest(keys, e)
            if role is None:
                continue
            # every word of the title, as role_at: "the Lao party chief" (= general secretary) is a
            # general secretary, not any secretary
            words = tuple(keys[e : role[0]]) if role[1] is True else role[1]
            words = tuple(w for w in words if w not in _FUNCTION and w != "of") or words[-1:]
            if words[-1] in self.act.generic_roles:
                continue
            cands = [p for p in self.people if p.side is None and all(w in p.title for w in words) and p.first < i]
            if len(cands) == 1 and not any(
                p.side == side and all(w in p.title for w in words) and p.first < i for p in self.people
            ):  # r29h: "the Vietnamese deputy minister" is the one of that side named before, if any
                # ("Deputy Minister of National Defence Nguyen Van Thanh"), not a second one without a side
                cands[0].side, cands[0].how = side, "role"

    def _fallback_sides(self) -> None:
        """Rule 7: the side the document names most, among those no name origin covers."""
        # a side is covered when its surname list is complete (Vietnamese): a name with none of
        # them is of another side; a partial list (Chinese) covers nobody
        covered = {self.act.origin_sides.get(o[0]) for o in self.names.origins if o[0] not in self.names.open_origins}
        ranked = sorted(
            (s for s in self.side_counts if s not in covered), key=lambda s: -self.side_counts[s]
        )
        # a text that names no side but one a name origin covers: the country of the news agency
        # someone speaks to ("Rosatom Deputy Director General X told TASS")
        home = None if ranked else self._agency_side(covered)
        if not ranked and home is None and self.copy_side not in covered:
            # r26b: nor does the person speak to an agency ("told reporters"): the country of the
            # copy's agency ("Rosatom's First Deputy Director General X" in TASS copy naming only
            # Vietnam), as an agency names its own country's people bare
            home = self.copy_side
        place = None
        if not ranked and home is None:
            # probe 35p1: a text that names no side but those a name origin covers, filed from a city
            # or capital of another side ("VLADIVOSTOK" in VNA copy, "KUNMING" in Nhân Dân copy): a
            # person of no other clue is of the place the report was filed from
            place = self._place_side(self.dateline) if self.dateline else None
            place = place if place not in covered else None
        for p in self.people:
            if p.side is None and not p.origin and p.how != "foreign" and not self._of_international_body(p):
                # review 28 leftover: "IAEA Director General X" is of no country, in TASS copy too
                side = ranked[0] if ranked else self._bodies.get(p.order) or home or place
                kind = self._kinds.get(p.order)
                if ranked and kind is not None and self._kind_countries.get(kind) not in (None, *covered) and any(
                        q.side == side and q.how == "title" and abs(q.first - p.first) < _MET_REACH for q in self.people):
                    # probe 38p2: "Irkutsk Region Governor X met Lao Deputy Prime Minister Y" in copy that
                    # names only Laos: the side the text names most is his counterpart's, by title, a few
                    # words off; the governor is of the country of his title's kind of local government
                    # (probe 35p1's Belarusian "Governor of the Gomel region X" received by a Vietnamese
                    # minister keeps the side the text names)
                    side = self._kind_countries[kind]
                if side is None and not ranked:
                    # probe 35p1: "Governor of the Irkutsk region X" in VNA copy naming only Việt Nam:
                    # the country whose units the title's kind of local government names (names.yml
                    # ``local_kinds``), or the kind of the delegation the person leads
                    kind = self._kinds.get(p.order)
                    side = self._kind_countries.get(kind) if kind is not None else None
                    side = side if side not in covered else None
                if side is not None:
                    p.side, p.how = side, "document"

    @cached_property
    def _kind_countries(self) -> dict:
        """probe 35p1: each kind of local government of names.yml ``local_kinds`` ("region") and the
        side of its country, for the study's sides."""
        out = {}
        for kind, country in self.names.local_kinds:
            if len(kind) == 1 and (side := self._country_side(country)) is not None:
                out[kind[0]] = side
        return out

    def agency_side_at(self, i: int):
        """The side of the news agency named at key ``i`` ("TASS = Russia"), or None."""
        hit = self.act.agencies.longest(self.keys, i) if self.caps[i] else None
        if hit is None or hit[1] is True:
            return None
        side = self.act.side_words.longest(list(hit[1]), 0)
        return side[1] if side is not None and side[0] == len(hit[1]) else None

    def _agency_of_copy(self, agency: str, named: bool = True):
        """r26a: the side of the copy's news agency ("TASS", "VNA/VNS": actors.yml ``agencies``) when
        the text names that side (r26b: or not, with ``named`` False), else None."""
        keys = TextView(agency.split("/")[0].strip()).keys if agency else []
        hit = self.act.agencies.longest(keys, 0) if keys else None
        if hit is None or hit[0] != len(keys) or hit[1] is True:
            return None
        side = self.act.side_words.longest(list(hit[1]), 0)
        side = side[1] if side is not None and side[0] == len(hit[1]) else None
        return side if side in self.side_counts or not named else None

    def _agency_side(self, covered: set):
        """The one side, not in ``covered``, of the news agencies the text names right after "told",
        "to" or "with" ("told TASS", "in an interview with TASS"), or None."""
        found = set()
        for i in range(1, self.n):
            if self.keys[i - 1] in ("told", "to", "with"):
                side = self.agency_side_at(i)  # "TASS = Russia" (actors.yml)
                if side is not None and side not in covered:
                    found.add(side)
        return found.pop() if len(found) == 1 else None

    def _aides_sides(self) -> None:
        """An aide to a titled person ("Adviser to the Governor Pavel Lukin") takes the side of the
        person named last before with that title and a side (the governor's region), before the
        side the document names most; with none, the aide's own side stays."""
        for order, (head, at) in self._aides.items():
            aide = self.people[order]
            if aide.how not in ("", "document"):
                continue
            chiefs = [p for p in self.people if p is not aide and p.side is not None and head in p.title
                      and any(m < at for m in p.mentions or [p.first])]
            if chiefs:
                chief = max(chiefs, key=lambda p: max(m for m in p.mentions or [p.first] if m < at))
                aide.side, aide.how = chief.side, "title"

    def sentence_side(self):
        """The side of the person the sentence being parsed names first, or None: "Menon offered
        credit, officials said" (as "according to the ministry" in _source)."""
        if self.sentence is None:
            return None
        return self.first_side_between(*self.sentence)

    def first_side_between(self, a: int, b: int, title: str | None = None):
        """The side of the first person with a side named in keys ``a:b`` (review 54: one scan for
        :meth:`sentence_side` and probe 38p7's bare government, which wrote a second), of one whose
        title holds the key ``title`` if given; None if none."""
        for x in range(a, b):
            hit = self.person_at(x, x)
            if hit is not None and self.people[hit[1]].side is not None and (
                    title is None or title in self.people[hit[1]].title):
                return self.people[hit[1]].side
        return None

    def _portfolio_word(self, t: int, u: int) -> bool:
        """Probe 38p3: True if key ``u``, right before the lower-case head at key ``t`` or before
        another such word, may be a word of its portfolio written in lower case ("the Russian
        culture ministry", "the Lao health and sports ministry"): a plain lower-case word (or
        "and"), no function word, article, preposition or verb of speech; the head capitalised
        ("the Russian Foreign Ministry") is read as a name, as before."""
        keys = self.keys
        if self.caps[t] or self.caps[u] or u in self.side_cover:
            return False
        if keys[u] == "and":
            return u + 1 < t
        return (is_word(keys[u]) and keys[u] not in _FUNCTION and keys[u] not in _NOT_PORTFOLIO
                and self.act.verbs.longest(keys, u) is None)

    def institution_side(self, head: str, before: int):
        """The side of the institution named by ``head`` ("ministry", "embassy") that the text
        named last before key ``before`` with a side word: "the Russian Foreign Ministry",
        "the Embassy of Việt Nam"; None if there is none."""
        keys = self.keys
        for t in range(before - 1, -1, -1):
            if keys[t] != head:
                continue
            portfolio = 0  # probe 38p3: lower-case words of a lower-case head's portfolio
            for u in range(t - 1, max(-1, t - 5), -1):  # "the Russian Foreign Ministry"
                if u in self.side_cover:
                    return self.side_at[self.side_cover[u]][1]
                if self._portfolio_word(t, u) and portfolio < _PORTFOLIO_WORDS:
                    portfolio += 1  # "the Russian culture ministry", "Russia's defence ministry"
                    continue
                if not (self.caps[u] and is_word(keys[u])) and keys[u] not in ("'s", "of"):
                    break
            u = t + 1
            if u < self.n and keys[u] == "of":  # "the Embassy of Việt Nam", "Ministry of ... of Russia"
                for v in range(u + 1, min(self.n, u + 10)):
                    if v in self.side_at:
                        return self.side_at[v][1]
                    if keys[v] in (",", ".", ";", "(", "in", "to") or not (
                        self.caps[v] or keys[v] in ("of", "and", "the")
                    ):
                        break
        return None
