"""Shared test settings."""

import os

from hypothesis import settings

# Property tests draw their examples from a fixed seed, so a run gives the same result on every
# machine (the house rule for random processes); HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))
