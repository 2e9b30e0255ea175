"""What a report says happened to a contested place: it changed hands, or it held (the defenders
hold, the fighting goes on, the attack was beaten back). Matching uses it to keep a side's "fighting
goes on" with the other side's "we took it" as one contested event; corroboration to call two such
origins opposite claims ("Russia claims control of Soledar, Ukraine says fierce fighting continues").
"""
from __future__ import annotations

import re

# The types that say a place changed hands.
TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory",
               "Non-violent transfer of territory"}
CONTROL = re.compile(r"\b(?:captur(?:ed|es|e)|took\s+(?:full\s+)?control|tak(?:en|es)\s+(?:full\s+)?control|"
                     r"(?:claim(?:ed|s)?|in|under|established|took|taken)\s+(?:full\s+|complete\s+)?control|"
                     r"seiz(?:ed|es)|overr(?:an|un)|liberat(?:ed|es)|fell\s+to|retook|recaptured|entered|"
                     r"took\s+(?:the\s+)?(?:town|village|city|base|hill|position))\b"
                     # taking a place by its name: "said it had taken Mirebalais", "has taken Bakhmut"
                     r"|\b(?:had|has|have)\s+taken\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?-i:[A-Z])", re.I)
HOLDS = re.compile(r"\b(?:still\s+(?:hold|held|holding|in\s+control|controls?|being\s+fought|taking\s+place|"
                   r"engag\w*|fight\w*|resist\w*|defend\w*|"
                   r"going\s+on|under\s+way|underway|raging|continu\w*)|(?:fighting|battles?|clashes|combat)\s+"
                   r"(?:is\s+|are\s+)?(?:still\s+)?(?:continu\w*|go(?:es)?\s+on|ongoing|rag(?:es|ing))|"
                   r"fierce\s+fighting|repell?(?:ed|s)|repuls(?:ed|es)|(?:beat|beaten|pushed|drove|driven|forced)\s+(?:\w+\s+)?back|"
                   r"remains?\s+(?:in\s+)?(?:under\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:full\s+)?(?:control|hands)|has\s+not\s+fallen|"
                   r"had\s+not\s+fallen|not\s+been\s+captured|(?:failed|fail)\s+to\s+(?:take|capture|advance)|"
                   # defenders telling they kept the place: "holding firm", "held their ground", "are
                   # holding their positions", "standing firm" (a side's word that it did not lose it)
                   r"(?:hold|holds|holding|held)\s+(?:firm|fast|out|(?:on\s+to\s+)?(?:their|its|our)\s+"
                   r"(?:ground|positions?|lines?))|(?:stand|stands|standing|stood)\s+firm)", re.I)


def says_taken(text: str) -> bool:
    """Whether the text says a place changed hands: words of taking control that are not part of
    words of holding it ("remains in full control", "still in control", "has not been captured"
    hold the place; the control words inside them take nothing)."""
    if not text or CONTROL.search(text) is None:     # (most texts: no words of taking at all)
        return False
    held = [h.span() for h in HOLDS.finditer(text)]
    return any(not any(a <= c.start() and c.end() <= b for a, b in held) for c in CONTROL.finditer(text))


# A side saying it left a place ("ordered units to pull out of Avdiivka", "withdrew from its positions
# in Boni"): the other side's taking it, told by the side that lost it.
# (an army telling its own withdrawal often calls it a redeployment or a regrouping "outside" or
# "away from" the place, "to preserve the lives of civilians")
LEFT = re.compile(r"\b(?:pull(?:ed|s|ing)?\s+out\s+of|withdr(?:aw|ew|awn|awal|aws|awing)\s+(?:\w+\s+)?from|"
                  r"retreat(?:ed|s)?\s+from|abandon(?:ed|s)?|"
                  r"(?:redeploy(?:ed|s|ing|ment)?|regroup(?:ed|s|ing)?|reposition(?:ed|s|ing)?)\s+"
                  r"(?:[\w-]+\s+){0,5}?(?:outside|away\s+from|out\s+of))\b", re.I)
# Words that make the ones leaving the speaker's enemies ("the militants pulled out of the village").
ENEMY = re.compile(r"\b(?:enemy|enemies|militants?|rebels?|terrorists?|insurgents?|gunmen|jihadists?|"
                   r"invaders?|occupiers?|occupation|militias?|regime)\b", re.I)
# The clauses a sentence sets two speakers' words in ("X says ..., but Y says ...").
CLAUSES = re.compile(r",?\s+(?:but|while|whereas|although|though|however)\s+|;\s*|\.\s+")
# A report's own voice denying ("denied that ...", "rejected reports of ...", "no aircraft was lost"):
# read where fusion gives an outlet its own voice, which attribution has not read for stance.
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejec?t(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed))\b(?:\s+\w+){0,4}?"
                    r"\s+(?:that|reports?|claims?|allegations?)\b|\bcall(?:ed|s)?\s+(?:the\s+)?(?:reports?|claims?)"
                    r"\s+(?:a\s+)?(?:fabricat\w*|false|baseless|untrue|lies)|\bno\s+truth\s+to\b|"
                    # an existential denial in the speaker's own voice: "No attack took place in X",
                    # "no strike was carried out", "no convoy was attacked"
                    r"^\s*(?:no|there\s+was\s+no)\s+(?:\w+\s+){0,2}?(?:attack|strike|raid|ambush|assault|bombing|"
                    r"shelling|clash|fighting|operation|incident)s?\s+(?:(?:took|has\s+taken|had\s+taken)\s+place|"
                    r"(?:has\s+)?(?:occurred|happened)|(?:was|were|has\s+been|had\s+been)\s+(?:carried\s+out|"
                    r"conducted|launched|attacked|hit|struck))"
                    # the same with the target as the subject: "No base was attacked", "no position of
                    # ours was hit", "No village was bombed"
                    r"|^\s*no\s+(?:\w+\s+){0,3}?(?:base|camp|post|position|unit|convoy|vehicle|checkpoint|"
                    r"station|barracks|patrol|village|town|market|school|hospital|aircraft|jet|drone)s?\s+"
                    r"(?:(?:of\s+)?(?:ours|our\s+\w+)\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:attacked|hit|struck|"
                    r"targeted|bombed|shelled|overrun|captured|taken|shot\s+down|downed|lost)\b"
                    # the speaker calling the other side's words false as the subject of its own
                    # sentence: "The claims of the terrorists about X are baseless", "These reports
                    # are completely fabricated", "The allegations ... are lies"
                    r"|\b(?:the|these|those|such|all)\s+(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|"
                    r"rumou?rs?|assertions?|propaganda|news|information|stories)\b[^.;:]{0,120}?\b(?:are|is|were|was|remain)\s+(?:\w+ly\s+)?"
                    r"(?:baseless|false|fabricat\w*|untrue|unfounded|groundless|lies|a\s+lie|"
                    r"without\s+(?:any\s+)?(?:basis|foundation))\b", re.I | re.M)
