"""Who frames it: each sentence attributed to a speaker, a side, and the rule that decided.

The grammar of reported speech is data (the packaged ``framing/lexicons/actors.yml``); the people
come from the text itself, helped by the study's actors file when there is one, and their sides
from the words of the study's sides (``study.yml``: countries, adjectives, parties, people).

**People found in the text.** A capitalised name after a title ("Russian Deputy Prime Minister
Ivan Sokolov", "Xiengkhouang Governor Somphone Inthavong"), before an apposition that opens with a
title ("Xi Jinping, general secretary of the Communist Party of China"), after a role word ("his
Vietnamese counterpart Nguyen Van An"), or between commas after a role with a side word ("the Russian
ambassador, Gennady Bezdetko,": of that side) is a person. The side is the first that holds:

1. the study's actors file or the side's ``people`` name the person;
2. a side word (country, adjective, party) in the title before the name ("*Lao* Prime Minister");
3. the delegation the person leads ("a *URP* delegation headed by Andrei Lebedev");
4. a side word in the apposition ("Yelena Morozova, Minister of ... of the *Russian Federation*");
5. the name's origin (``names.yml``: a Vietnamese surname gives the side whose adjective is
   "Vietnamese"; a name of two words counts when every word is one Vietnamese syllable, with its
   marks or without them as VNA English and TASS write it: "Tô Lâm", "To Lam", not "Dong Jun");
6. a role phrase of one side that can only be this person ("the *Lao* governor");
7. an organisation in the title that the text gave a side ("Russian energy company Zarubezhneft ...
   Zarubezhneft Director General X"); the side the document names most, among those a name origin
   does not already cover; an aide to a titled person ("Adviser to the Governor X", "the Governor's
   adviser X") first takes the side of the person with that title named before; with no such side
   named, the country of the news agency the person spoke to ("X told TASS": actors.yml
   ``agencies``), else that of the copy's agency (r26b: "Rosatom's ... X told reporters" in TASS
   copy that names only Vietnam); never a person whose title or apposition names an international
   body ("IAEA Director General X", "X, Director General of the IAEA,": actors.yml
   ``international_bodies``), though a post "to" one is a country's ("Ambassador to UNESCO X"). A body of two sides in the title ("Director of the Vietnam-Russia Tropical Centre
   X") gives no side of its own: the name decides, the side it names first only last.

A title in lower case may stand between a possessive and the name ("head of its international
commission Sergei X"). "The Lao minister informed *his host*" tells host and guest when no one is
seen receiving anybody; with no clue at all, the dateline's place ("MOSCOW": names.yml ``capitals``
and ``cities``) names the host's side. "Ambassador of Vietnam in Russia X" is of the country after
"of"; the one after "in" is where the post is. A role subject is not the person the same sentence
names after it ("the Party leader congratulated Belov").

Later, a person is named by any word of the name ("Sokolov", "Khamla"; for a Vietnamese name the
given name, "Bình", or its last two words or more, "Lan Anh" of "Nguyễn Thị Lan Anh", but not after another surname: "Vũ Lâm" is no "Lâm" of Tô Lâm; an actors-file
given name alone only where the text names the person in full or after a title), after titles
("Party chief Bình", "Minister Khôi"), or by a role ("the Russian minister", "the Lao leader", "his
Vietnamese counterpart", "the host", "the guest"): the most recently named person of that side whose
title holds the role ("the Party leader": one whose title leads, a general secretary rather than a
Party official). "The manager" and "the deputy" alone name only a person whose title holds them or a
word of their kind ("General Director", "Duma deputy"); a role after "a" or "an" is someone new ("An
official said"). People of the actors file take part in roles too; a one-word alias of theirs inside
a longer name ("Carrie Lam", "Lam Dong") is none. A plural role ("the diplomats") is the two people
who spoke last.

**Institutions.** "The ministry said" takes the side of the ministry the text last named with a side
word ("the Russian Foreign Ministry"), else that of the person the sentence names first ("...,
officials said"); a name that opens with a side word and ends with a head ("Vietnam Airlines") is that
side's; a name the text tied to a side earlier ("Russia's Rosatom") is that side's; a seat of
government speaks for its country (``names.yml`` ``seats``: "the Kremlin said"); "the press service
said" is the one the text named before with a side word ("the United Russia press service"). "The consulate" or
"the embassy" with no mission named by a side word is the mission of the consul or ambassador named
before; "Members of the association said" speak for the association the text named with a side word.
An organisation the text gives a side ("Russian energy company X", "Vietnam's X Group", "X, a Russian
firm"; actors.yml ``organisations``) gives it to its people ("X Director General Y"), press service
and spokesperson ("a company spokesperson said", "the group's CEO said"); one it gives none, none.
A body whose name opens with a listed city or a place the text tied to a side is that side's
("according to Nanning Customs", "the Guangxi Department of Commerce" after "China's Guangxi"); a
body named bare ("the fleet's press service") is of the copy's news agency's country ("TASS"), else
of its dateline's; so is a firm or body named bare whose press service speaks in an agency's copy
("the Roscosmos press service said", "X plans ..., the company's press service told TASS"; r26b),
unless the name holds an international body ("the WHO press service": none).
Two bodies of two sides ("the Ministry of ... and the Russian Science Foundation announced") and
people of both ("Russian and Vietnamese officials agreed", "officials from the two countries said",
", with leaders of both countries hailing it") are both sides (r26b).

**Reported speech** (the ``rule`` column says which rule attributed the sentence):

* ``subject+verb``: a subject, then a reporting verb (adverbs, times and an apposition between
  commas may stand between: "Putin, in turn, said", "India and Vietnam on Monday agreed"); the
  clause may follow a leading adverbial ("At the meeting, ...", "Noting that ..., Xi emphasised");
* ``inverted``: the subject after a comma, before or after its verb ("..., said Tô Lâm", "...,"
  Volkov said");
* ``according-to``: "According to X/him/the Russian minister/Vietnamese officials, ..." and
  "..., according to the ministry" ("according to official data" and figures given by a data
  word, "figures released by X", "data of X", "X customs data", are the narrator's as the
  guidelines say; "according to EVN" is X's when the text tied X to a side:
  "Vietnam Electricity (EVN)"; "the party's press service" is the party its sentence names before
  it, else the one the nearest earlier sentence names first);
* ``view``: "In Huy's view", "In Lebedev's words", "In his view", "In the view of the Chinese guest";
* ``relative``: a person named right before ", who" and a reporting verb ("..., Oleg Martynyuk, who
  proposed ...") when the sentence has no other speaker;
* ``where``: "he" or "she" after ", where" is the subject of the clause the "where" hangs on
  ("Petrov attended a forum, where he urged ..."), with no need of a gender;
* ``passive``: the agent after "by" of a verb of speech in the passive ("The centre was cited by
  both sides as a model") when the sentence has no other speaker;
* when the subject is no name, the rule names it: ``pronoun`` ("he", "she", "they": the previous
  speaker; "they" after one person: the two principal people who spoke last), ``continuation``
  ("This would ...": the previous speaker), ``group`` ("both sides", "the two ministers": the two
  principal people who spoke last), ``role``, ``country`` ("Japan and Vietnam agreed"); two roles
  ("The host and the guest agreed") are both people; ``inverted:pronoun``, ``according-to:role``,
  ... for the other forms;
* ``narrator``: nobody is reported as saying it.


**Modules**, one kind of rule each:

* :mod:`framing.speakers.discovery`: people found in the text (titles, names, roles, appositions)
  and :class:`Person`;
* :mod:`framing.speakers.sides`: the side of each person (rules 1 to 7), host and guest;
* :mod:`framing.speakers.resolution`: later short forms (a word of the name, titles, a role
  phrase) resolved to a person;
* :mod:`framing.speakers.document`: one document as the rules read it (the three above together),
  :func:`discover_people`;
* :mod:`framing.speakers.subjects`: what the subject of a reporting verb names (a person, a
  pronoun, a pair, joint leaders, a country);
* :mod:`framing.speakers.institutions`: subjects that are bodies (ministries, embassies, offices,
  press services, organisations, parties, local governments) and the side each takes;
* :mod:`framing.speakers.verbs`: a reporting verb after a subject;
* :mod:`framing.speakers.speech`: the forms of reported speech in one sentence (subject and verb,
  "according to", participles, "quoted as saying", the passive agent);
* :mod:`framing.speakers.quotes`: quotations across sentences, pairs, narrated subjects;
* :mod:`framing.speakers.attribution`: the per-sentence loop that decides speaker, side and rule,
  :func:`attribute_speakers` and :func:`speakers_of_document`;
* :mod:`framing.speakers._common`: word lists several rules read, Vietnamese spelling, helpers
  over keys.

The tests mirror the modules: ``tests/test_speakers_<module>.py`` holds the tests of each module's rules
(found by the rule's test name in ``data/evaluation/RULES.md``); ``tests/test_speakers.py`` the end-to-end
tests over the two study reports.
"""

from framing.speakers.attribution import SPEAKER_COLUMNS, attribute_speakers, speakers_of_document
from framing.speakers.discovery import Person
from framing.speakers.document import discover_people

__all__ = ["attribute_speakers", "speakers_of_document", "discover_people", "Person", "SPEAKER_COLUMNS"]
