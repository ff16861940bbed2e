"""Shared test settings, and the fixtures of the study corpus that several test files read.

The fixtures of ``framing.sectors`` and ``framing.speakers`` tests live here (``docs``, ``analysis``,
``mentions``, ``study``, ``actors``; module scope, so each file loads them once); their plain helpers
and data are in ``tests/sectors_helpers.py`` and ``tests/speakers_helpers.py``.
"""

import os

import pytest
from hypothesis import settings

import framing
from framing.config import load_study
from framing.corpus import load_corpus
from framing.lexicons import load_actors
from framing.sectors import find_sector_mentions

# Property tests draw their examples from a fixed seed, so a run gives the same result on every
# machine (the house rule for random processes); HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))


@pytest.fixture(scope="module")
def docs():
    """The study corpus (the two reports)."""
    return load_corpus()


@pytest.fixture(scope="module")
def study():
    return load_study()


@pytest.fixture(scope="module")
def analysis(docs):
    return framing.analyse(docs, study=load_study())


@pytest.fixture(scope="module")
def mentions(docs, analysis):
    return find_sector_mentions(docs, sentences=analysis.sentences)


@pytest.fixture(scope="module")
def actors(study):
    return load_actors(study.actors, sides=study.sides)
