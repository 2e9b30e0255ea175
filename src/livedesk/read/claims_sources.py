"""Source identity as reading uses it: everything lives in livedesk.sources, which fusion and the
web layer ask too, so that a claimant is one source to all of them."""
from livedesk.sources import (MOUTHPIECES, NOT_NAMED, Source, canonical_name, classify, exact, fold, identity,  # noqa: F401
                              is_vague, lookup, origin_key, patron, same_source, side_of)
