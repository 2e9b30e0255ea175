"""Stance of a headline as a whole, over what the parse made of it.

Headlines drop the words the parse leans on ("Police Chief Rejects Claims Officers Planted
Evidence", "No truth to coup rumours, says army chief", "X pours cold water on reports of Y"),
so their denials are read from the headline's wording: a denial verb or idiom, or a false word
said of reports, claims or rumours. A headline attributed to nobody in particular ("..., sources
claim", "..., report says", "leaker claims") or guessed ("may", "could", "likely to") only observes;
"set to" is a plan the page states in its own voice, as a future is an assertion.
"""
from __future__ import annotations

import re

from livedesk.model import Claim
from livedesk.read.claims_sources import classify, lookup, side_of

_DENY_VERB = (r"denies|deny|denied|refutes?|refuted|rejects?|rejected|dismiss(?:es|ed)?|rebuts?|rebuffs?|debunks?|"
              r"quash(?:es)?|scotch(?:es)?|slams?|hits back at|hits? out at|pushes back on|pours? cold water on|shoots? down|"
              r"knocks? down|laughs? off|brushes (?:aside|off)|plays? down|disputes?|contradicts?|disowns?|"
              r"calls? (?:reports?|claims?|rumou?rs?|allegations?|stories|story)|slaps? down|rubbish(?:es|ed)?|"
              r"brands?|labels?|insists?|rules? out|puts? (?=(?:[\w'-]+\s+){1,6}to (?:rest|bed)\b)|shuts? down|"
              r"calls? (?:bs|bull|time|nonsense|rubbish) on")
_FALSE = (r"untrue|not true|no truth|unfounded|baseless|groundless|false|fake|fake news|nonsense|rubbish|"
          r"fabricated|fabrication|lies?|a lie|exaggerated|overblown|impossible|fantasy|speculation|"
          r"inaccurate|misleading|no evidence|no proof|without foundation|never happened|did not happen|"
          r"didn't happen|wrong|not accurate|not correct|invention|invented|without merit|no basis|hoax|myth|"
          r"debunked|not real|does not hold up|doesn't hold up|doctored|photoshopped|scam|edited|forged|faked|"
          r"staged|altered|digitally altered|manipulated|deepfake|ai-generated|phishing scam|fiction|pure fiction|"
          r"fairy ?tale|made up|made-up|"
          # what the rumour turns out to be: "Quote Traces Back To Satire Site", "'Leak' Is Fan-Made Mock-Up"
          r"satire|satirical|parody|spoof|prank|fan-made|mock-?up|"
          # verdicts on a rumour's motive: "Charges 'Politically Motivated'", "Reports 'Enemy Propaganda'"
          r"politically motivated|propaganda|scaremongering|smear|smear campaign|witch-?hunt|without basis")
_CLAIMS = (r"reports?|claims?|rumou?rs?|allegations?|stories|story|speculation|accusations?|suggestions?|"
           # what a rumour travels in: "Photo of X is fake", "'miracle cure' study does not hold up"
           r"study|studies|photos?|videos?|images?|pictures?|footage|clips?|recordings?|audio|screenshots?|posts?|tweets?|"
           r"theory|notice|messages?|emails?|texts?|letters?|talk|gossip|leaks?|"
           # what a court case rests on: "Banker calls charges 'politically motivated'"
           r"charges")
_VERB_RE = re.compile(rf"^(?P<who>.{{2,70}}?)\s+(?P<v>{_DENY_VERB})\b\s*(?P<what>.*)$", re.I)
_FALSE_RE = re.compile(rf"\b(?:{_FALSE})\b", re.I)
_CLAIMS_RE = re.compile(rf"\b(?:{_CLAIMS})\b", re.I)
_THERE_NO = re.compile(r"\b(?:there (?:is|was|were|are|will be|would be) no|there won't be|no truth to|"
                       r"no (?:evidence|proof|plan|plans)['’\"”]?(?: (?:of|for|that|to))?|"
                       # a finding of nothing: "Inspectors found no traces of ...", "Study finds no link"
                       r"(?:found|finds|find) no (?:[\w-]+\s+){0,2}?(?:evidence|proof|signs?|traces?|links?|records?|basis)"
                       r")\b",
                       re.I)
# a speaker's own flat negation, quoted or in the first person: "X says asteroid poses 'no threat'",
# "Bank says it is 'categorically not' for sale", "Ex-president: I never took a bribe"
_NEGATED = re.compile(r"['‘\"“][^'’\"”]{0,40}\b(?:no|not|never|nothing|none|no-one|nobody)\b[^'’\"”]{0,40}['’\"”]|"
                      r"\b(?:i|we)\s+(?:never|did not|didn't|have not|haven't|am not|are not|was not|were not)\b", re.I)
_SAYS_TAIL = re.compile(r",\s*(?:says|said|insists|claims|adds)\s+(?P<who>[^,]{2,60})$|,\s*(?P<who2>[^,]{2,60}?)\s+"
                        r"(?:says|say|said|insists?|claims|warns?)$", re.I)
_VAGUE = re.compile(r"^(?:an? |the |some |several )?(?:sources?|reports?|report|insiders?|leakers?|rumou?rs?|friends?|pals?|"
                    r"unconfirmed reports?|media reports?|people familiar.*|a source.*|"
                    # "sources close to the couple", "sources in Doha": sources however placed
                    r"sources?\s+(?:close|in|at|inside|near|with|within|familiar|around|on)\b.*|"
                    # an outlet's report keeps the page's distance as "report says" does (batch 9)
                    r"(?:(?:a|one|the|local|state|german|french|british|us|italian|spanish)\s+)?(?:tabloids?|newspapers?|"
                    r"papers?|magazines?|websites?|sites?|blogs?|media|tv|press))$", re.I)
# guesses, not the month ("in May")
_GUESS = re.compile(r"(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\bby )(?<!\buntil )(?<!\bfrom )\b(?:may|might|could|poised to|likely to|expected|reportedly|allegedly|possible|possibly|"
                    r"unconfirmed|rumou?red|believed to|said to|tipped to|in talks|eyeing|weighing|mulls|"
                    r"considering|appears? to|appeared to|seems? to|purports? to|investigat\w* (?:reports?|claims?)|"
                    # "Insurer Says It Is 'Aware' Of Reports Of Data Leak": it has heard, no more
                    r"aware['’\"”]?\s+of\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|allegations?))\b|\?$|"
                    r",\s*[\w' -]{2,40}\s+(?:fears?|hints?|suggests?|speculates?)$|^rumou?r:|"
                    # a belief or a hint, not a statement: "Fans believe band is teasing reunion",
                    # "Retailer listing suggests console launches in May", "Fans think so"
                    # (verbs only: "suspect", "hint" are nouns too: "Police say suspect remains in custody")
                    r"^[^,:;?]{2,40}?\s+(?:believes?|think|thinks|suggests|speculates?|wonders?)\b|"
                    # a leaked document is no named claimant (batch 12): "Leaked plan shows ..."
                    r"\bleaked\s+(?:[\w-]+\s+){0,2}?(?:plans?|memos?|documents?|emails?|reports?|cables?|files?|images?|"
                    r"photos?|papers?|minutes|letters?|recordings?)\s+(?:shows?|reveals?|suggests?|indicates?|claims?|alleges?)\b", re.I)
# "Woman claims she was attacked", "Amateur claims to have ...", "Ex-spy claims election was
# targeted": a headline that calls what follows a claim keeps its distance. So does one where a
# group claims an act ("Islamic State claims responsibility for bombing", "Russia claims capture of
# village", "Militants claim downing of jet"; session 12 convention, README "Headlines": the stance
# asked is the page's, and "claims" is the page keeping its distance whoever claims; a group that
# SAYS it did the act is for, as any named speaker that says).
# "Leaked report claims hospital hid outbreak", "Nurses claim patients left on trolleys": a clause
# whose verb is past, with no auxiliary, is claimed too; so is one with a present verb before its
# object ("Union claims operator plans to shut line")
_ACT_CLAIMED = (r"(?:responsibility|credit)\s+(?:for|over)\b|(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:capture|control|seizure|"
                r"downing|shooting down|killing|killings|destruction|sinking|attacks?|strikes?|bombings?|raids?|ambush|"
                r"assault|hack|hacking|breach|takeover|recapture|liberation)\s+(?:of|on|against|in|at|near|over)\b|")
_CLAIM_VERB = re.compile(r"\b(?:claims?|claimed|alleges?|alleged)\s+(?:that\b|to\s+(?:have|be)\b|" + _ACT_CLAIMED +
                         r"(?:(?!(?:responsibility|for|of|on|in|that|which|who|at)\b)[\w&'-]+\s+){1,3}?\w{2,}s\s+"
                         r"(?:to|the|a|an|his|her|its|their)\b|"
                         r"(?:she|he|it|they|we|i|his|her|their)\b|(?:[\w'-]+\s+){1,4}"
                         r"(?:is|are|was|were|has|have|had|will|would|did)\b|"
                         r"(?:(?!(?:responsibility|for|of|on|in|that|which|who|at)\b)[\w&'-]+\s+){1,4}?"
                         r"(?:\w{3,}ed|hid|got|told|left|paid|stole|took|kept|sold|lost|knew|sent|gave|shot|made|"
                         r"built|caught|fled|broke|spent|bought)\b)", re.I)
# "..., sources say", "... - report", "... - sources": nobody in particular stands behind it
# (a bare noun at the end after a space is the headline's object, "Ryanair confirms hiding safety
# reports"; only with a verb after it is it who says so: "Leader suffered stroke sources say")
_VAGUE_TAIL = re.compile(r"(?:[,:–—-]\s*)(?:sources?|reports?|insiders?|leakers?|media|friends|pals)(?:\s+(?:say|says|said|claim|"
                         r"claims|suggest|suggests|hint))?\s*$|\s+(?:sources?|reports?|insiders?|leakers?|media)\s+"
                         r"(?:say|says|said|claim|claims|suggest|suggests|hint)\s*$", re.I)
_TRAILING_VERB = re.compile(r"\s+(?:says|said|claims?|slams?|rejects?|denies|refutes?|dismisses|insists|warns|"
                            r"admits|confirms)\s*['\"‘’“”]?$", re.I)


# "Gang Leader Escaped In Laundry Van, Claims Guard", "Herbal tea cures flu, influencer claims":
# what a named speaker only claims, put after it, is observed, not asserted
_CLAIMS_TAIL = re.compile(r",\s*(?:claims?|alleges?)\s+(?P<who>[^,]{2,60})$|,\s*(?P<who2>[^,]{2,60}?)\s+(?:claims?|alleges?)$",
                          re.I)
# the speaker a headline opens or closes with: "Phone maker says ...", "Doctors say ...", "..., says brewer",
# "Police: ...", "Witness claims ..." (not "Said To Have Been Killed", not "Houthi claim of ...")
# (plural "say" after a subject, "Doctors say ...", not after a helper: "X Did Not Say That")
_LEAD_SPEAKER = re.compile(rf"^(?P<who>[A-Z][^,:;'\"‘“]{{1,60}}?)(?:(?<!\bnot)(?<!\bdid)(?<!\bdo)(?<!\bdoes)(?<!n't)(?<!\bto)"
                           rf"(?<!\bwill)(?<!\bwould)(?<!\bnever)(?<!\bcould)(?<!\bmay)\s+say|\s+(?:says|said|claims?|alleges?|"
                           rf"insists?|warns?|admits?|confirms?|{_DENY_VERB}))\b(?!\s+to\s+(?:have|be)\b)(?!\s+(?:of|about|over|against)\b)", re.I)


# "Apple Responds To Reports Of Bending iPads", "Star Breaks Silence On Divorce Rumours": the
# speaker answers the rumour without the headline saying which way (observing, unless a false word
# follows: "Responds To 'Fake' Reports")
_RESPONDS = re.compile(rf"^(?P<who>[A-Z][^,:;]{{1,60}}?)\s+(?:responds?|reacts?|replies|speaks? out|opens? up|comments?)\s+"
                       rf"(?:to|on|about)\s+|^(?P<who2>[A-Z][^,:;]{{1,60}}?)\s+(?:addresses|breaks?\s+(?:(?:his|her|their|its)\s+)?"
                       rf"silence\s+on)\s+", re.I)
# a named speaker's flat negation of what is rumoured: "Club not for sale, says owner", "Space
# agency: moon mission is not cancelled", "Hand sanitiser does not cause cancer, regulator says"
# (a rumour-tracking headline that has a speaker say "X is not so" answers the rumour that it is)
_NEG_CLAUSE = re.compile(r"\b(?:not|never|no longer|isn't|aren't|wasn't|weren't|won't|doesn't|didn't|don't|hasn't|"
                         r"haven't|cannot|can't)\b(?!\s+(?:guilty|only|just|least|yet)\b)|"
                         # "Volcano experts: no sign of imminent eruption", "Experiment poses no danger"
                         r"\bno\s+(?:sign|signs|danger|threat|risk|link|cause for)\b|\bposes?\s+no\b|"
                         # "Pentagon says no US drone has been lost", "No price rise is planned", "has no intention
                         # of leaving", "had nothing to do with": a negative determiner or pronoun negates the
                         # clause as "not" does (not a harmless outcome: "no one was hurt", "no injuries")
                         r"\bno\s+(?!(?:one|injuries|casualties|deaths|damage)\b)(?:[\w'-]+\s+){1,3}?(?:has|have|had|is|are|was|"
                         r"were|will)\s+(?:been\s+|be\s+)?(?!(?:hurt|injured|killed|harmed|damaged|reported)\b)\w+|"
                         r"\bno\s+(?:intention|intentions|knowledge|involvement)\b|\bnothing to do with\b", re.I)
# the page's own answer to a rumour it names: "Singer not pregnant, despite internet rumours",
# "Gmail is not shutting down, despite viral post"
_DESPITE_NOT = re.compile(rf"\b(?:not|never|isn't|aren't|won't|doesn't|didn't)\b[^,]*,?\s*despite\s+"
                          rf"(?:[\w'-]+\s+){{0,3}}(?:{_CLAIMS})\b", re.I)
# a tabloid's quoted predicate, the words of someone it does not name: "Star and model 'in secret
# relationship'" at the end (not a name it gives: "dubbed 'the new Pele'"), or inside the line set in
# lower case: "Tennis star 'set to split' from coach"
QUOTED_PREDICATE = re.compile(r"(?<!\bas)(?<!\bdubbed)(?<!\bcalled)(?<!\bnamed)(?<!\bnicknamed)(?<!\btitled)\s['‘\"“]"
                              r"[^'’\"”]*\s[^'’\"”]*['’\"”]\s*$|^[^'‘\"“:?]{2,60}\s['‘\"“](?-i:[a-z])[a-z-]*(?:\s"
                              r"[^'’\"”]{1,40}['’\"”]\s(?!(?:is|are|was|were)\b)|"
                              # one word of feeling: "Singer 'furious' over leak", "Star 'devastated' after split"
                              r"['’\"”]\s(?:over|after|at|about|as|following|amid)\b)", re.I)
_RELATIVE = {"who", "that", "which", "whom", "whose"}


def _relative(name: str) -> bool:
    """A speaker phrase that ends in a relative pronoun ("Minister Who"; not the "WHO")."""
    last = name.split()[-1:] or [""]
    return last[0].lower() in _RELATIVE and not last[0].isupper()


def _said_part(line: str, who: str) -> str:
    """The headline less its speaker and the speaker's verb."""
    i = line.lower().find(who.lower())
    if i < 0:
        return line
    rest = (line[:i] + " " + line[i + len(who):]).strip(" ,:")
    return re.sub(r"^(?:says|said|insists|confirms|adds)\b|,?\s*\b(?:says|said|insists|adds)\s*$", "", rest, flags=re.I)


def _speaker(line: str) -> str | None:
    """Who a headline names as its speaker, from its wording alone (the parse of a headline often
    has none: "Senator Brushes Off Rumours Of Presidential Bid")."""
    for m in (_SAYS_TAIL.search(line), _CLAIMS_TAIL.search(line)):
        if m:
            who = (m.group("who") or m.group("who2")).strip(" '\"‘’“”")
            if 0 < len(who.split()) <= 6:
                return who
    # "Star not dead: agent", a wire's speaker at the end: one or two lower-case words, no clause
    m = re.search(r":\s+(?P<who>(?!(?:i|we|we're|i'm|he|she|it|they|you|our|my|his|her|their|its|the|an?|no|not)\b)"
                  r"(?-i:[a-z])[\w'-]+(?:\s(?!(?:is|are|was|were|will|has|have|had)\b)[\w'-]+)?)$", line, re.I)
    if m and not _VAGUE.match(m.group("who")):
        return m.group("who")
    m = _LEAD_SPEAKER.match(line)
    if m and len(m.group("who").split()) <= 6 and not _relative(m.group("who")):
        return m.group("who").strip()
    m = re.match(r"^([A-Z][^:]{1,40}):\s", line)
    if m and len(m.group(1).split()) <= 5 and not m.group(1).lower().startswith(("report", "rumour", "rumor", "update",
                                                                                  "breaking", "analysis", "live")) \
            and not _KICKER_WORD.match(m.group(1)):
        return m.group(1).strip()
    return None


# a named speaker's claim that a state goes on as before answers the rumoured change (README: a
# denial by the opposite): "Winger's agent: he is going nowhere", "Lawyer: my client remains in the
# country", "Palace: King in good health", "Airline says it remains fully solvent"; the state words
# only, so that "Minister says inflation remains high" or "rates will stay high" stay assertions.
# "remains in / on / under / at", "still in / on", "will stay at" keep a state only with a post, a
# place of belonging or a hold a rumour would take away (in charge, under Ukrainian control, in the
# race, at the club, on track); a plain report of a state nobody doubts ("volcano remains on high
# alert", "patient still in critical condition", "prices remain at record high", "rates will stay
# at 0.5%") answers no rumour
_KEPT_HOLD = (r"(?:[\w'-]+\s+){0,2}?(?:charge|control|command|post|office|power|job|role|position|country|club|"
              r"team|company|squad|party|race|helm|band|cabinet|government|business|sequel|film|project)\b")
_STATE_KEPT = re.compile(r"\b(?:staying put|going nowhere|here to stay|(?:is|am|are|was)\s+staying\b(?!\s+(?:at|with)\b)|"
                         rf"will (?:stay|remain) (?:at|in|on|with)\s+{_KEPT_HOLD}|will (?:stay|remain) as\b|"
                         r"will (?:still )?be here\b|stays? (?:put|on|open)\b|"
                         rf"remains? (?:in|on|under|at|with)\s+{_KEPT_HOLD}|"
                         r"remains? (?:fully|committed|open|solvent)\b|"
                         rf"still (?:in|on|at|with)\s+{_KEPT_HOLD}|still together\b|"
                         r"still (?:holding|attached|alive|open|committed|working|fully|going)\b|"
                         # a hold a rumour of capture or takeover would take away: "troops still hold village",
                         # "army says it still controls base"
                         r"still (?:holds?|controls?|owns?|runs?|leads?)\b|"
                         # a service or a plan carried on against a rumour it ends: "free passes will continue",
                         # "plant will keep running"
                         r"will (?:continue|keep (?:running|going|operating|working|trading|flying|playing))\b|"
                         r"on track|on schedule|on course|as planned|as normal|as usual|(?:working|operating|running) (?:normally|as)\b|"
                         r"(?:is|are|was) unchanged|exactly the same|very much (?:on|alive|in)\b|(?:is|are) going ahead|"
                         r"will go ahead|alive and well|safe and well|fit and well|in good health|(?:happier|stronger) than ever|"
                         # reassurance, the opposite of a scare: "chicken is perfectly safe", "5G masts are
                         # harmless", "Keeper: 'I'm fine'", "injury is minor", "cabinet is united"
                         r"(?:is|are|remains?|was|i'm|i am|we're|we are)\s+(?:still\s+|perfectly\s+|completely\s+|totally\s+|"
                         r"entirely\s+|absolutely\s+|100% )?(?:alive|safe|healthy|fit|harmless|fine|united|intact|afloat|solvent)\b|"
                         r"(?:is|are|was)\s+(?:only\s+)?minor\b|\balive\b(?=\s*[,']|$)|"
                         r"\bfit for\b|\bopen and operating\b)", re.I)


# a state that is the outcome of an event the line reports is a plain report, not an answer to a
# rumour: "passengers are safe after emergency landing", "sailor rescued ... is fine", "hiker found
# and is safe", "members united behind strike" (but "after crash rumours", "after signal scare" name
# the rumour answered)
_OUTCOME = re.compile(r"\b(?:after|following)\s+(?!(?:[\w'-]+\s+){0,3}?(?:rumou?rs?|scares?|reports?|claims?|talk|"
                      r"speculation|fears?|panic|doubts?|concerns?|stories|story|posts?|videos?|photos?)\b)|"
                      r"\b(?:rescued|found|freed|returned|recovered|survived|survives|escaped)\b|"
                      r"\bunited\s+(?:behind|against|in|over|on|for)\b", re.I)


def _speaker_keeps(line: str, out: list[Claim]) -> bool:
    """A named speaker (as for _speaker_negates) says a state goes on (_STATE_KEPT), not as the
    outcome of an event the line reports (_OUTCOME)."""
    who = _speaker(line) or next((c.claimant for c in out if c.claimant not in ("unnamed", "unnamed reports")
                                  and not _VAGUE.match(c.claimant.strip()) and not _relative(c.claimant)), None)
    return _stands_behind(line, who, "claims?|alleges?|warns?|confirms?|admits?") \
        and bool(_STATE_KEPT.search(_said_part(line, who))) and not _OUTCOME.search(line)


# what a rumour travels in shown to be from another time or place (the page's or a speaker's
# answer to a false context): "Viral flood video is from 2019", "photo shows a different fire",
# "images show a 2012 exercise", "clip was filmed in Syria", "picture is years old", "old photo
# recirculates"
_MEDIA = r"(?:photos?|videos?|images?|pictures?|footage|clips?|snaps?)"
_OUT_OF_CONTEXT = re.compile(
    rf"\b{_MEDIA}\b.*?(?:\b(?:is|are|was|were)\s+(?:actually\s+|really\s+)?(?:from|of)\s+(?:an?\s+|the\s+)?"
    rf"(?:different|another|other|earlier|older|old|previous|last year'?s?|\d{{4}})\b|\bdates?\s+(?:back\s+)?(?:from|to)\b|"
    rf"\b(?:was|were)\s+(?:taken|filmed|shot|recorded)\s+(?:in|at|during|on|before)\b|"
    rf"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:years?|months?|decades?)\s+old\b|"
    rf"\b(?:is|are|was|were)\s+old\s+{_MEDIA}|"
    rf"\b(?:actually\s+)?shows?\s+(?:(?:an?|the)\s+)?(?:different|another|older|earlier|old|last year'?s|\d{{4}}|"
    rf"(?:museum\s+)?replica|re-?enactment)\b)|^old\s+{_MEDIA}\s+(?:recirculates?|resurfaces?)\b", re.I)
# a rumour word that is only the ground of an act the headline reports ("Supplement maker fined over
# weight-loss claims", "Mayor quits amid bullying claims", "Footballer cleared of assault claims"):
# the act is the page's own assertion. Not "investigates claims of", "shares jump on rumours", "breaks
# silence on claims": there the rumour itself is the news and the headline observes.
_GROUND_CLAIMS = re.compile(r"^(?P<head>[^:?]{3,80}?)\s(?:over|amid|after|following|for|of)\s+(?:[\w'‘’\"“”-]+\s+){0,4}?"
                            r"(?:claims?|allegations?|accusations?)\b", re.I)
_GROUND_NOT = re.compile(r"\b(?:investigat\w*|probes? into|inquiry into|comment\w*|silence|aware|says?|said|responds?|"
                         r"reacts?|addresses|speaks?|opens? up|breaks?)\b", re.I)
# a relative clause whose verb is a denial is no part of the headline's own stance ("Airline that
# denied cash-crunch rumours seeks emergency loan", "Startup that called data leak claims 'baseless'
# admits breach"): it is set aside (blanked, offsets kept) before the headline's wording is read
# (to the last rumour noun: "data leak claims" is one noun phrase)
_RELATIVE_DENIAL = re.compile(
    r"(?<=\w)\s(?:who|that|whose|which)\s+(?:[\w'-]+\s+){0,2}?(?:had\s+)?(?:denied|dismissed|rejected|refuted|called|"
    r"laughed off|brushed off|played down|shot down|slammed|ridiculed|mocked|scoffed at|rubbished)\s+(?:[\w'-]+\s+){0,3}"
    rf"(?:{_CLAIMS})\b(?:\s+(?:as\s+)?['‘\"“][^'’\"”]{{1,30}}['’\"”])?", re.I)
# kickers and section labels a wire or a site sets before the headline ("EXCLUSIVE:", "WATCH:",
# "UPDATE 2-", "ANALYSIS-"): no speaker, no stance
_KICKERS = r"exclusive|watch|breaking(?:\s+news)?|revealed|live|update(?:\s+\d+)?|analysis|explainer|corrected|insight|" \
           r"factbox|opinion|just in"
_KICKER = re.compile(rf"^(?:{_KICKERS})\s*(?::\s*|-(?=\S)|\s[-–—]\s)", re.I)
_KICKER_WORD = re.compile(rf"^(?:{_KICKERS})\b", re.I)


def _stands_behind(line: str, who: str | None, verbs: str) -> bool:
    """A named speaker (not "sources") who says the line outright: not a question, a guess, or a
    claim ("..., claims X", "X claims ...", nor the speaker's own `verbs` right after its name)."""
    return not (who is None or _VAGUE.match(who) or line.rstrip().endswith("?") or _CLAIMS_TAIL.search(line)
                or _CLAIM_VERB.search(line) or _GUESS.search(line)
                or re.match(rf"^{re.escape(who)}\s+(?:{verbs})\b", line, re.I))


def _speaker_negates(line: str) -> bool:
    """A named speaker (not "sources", not one who only claims) says what follows is not so."""
    who = _speaker(line)
    if not _stands_behind(line, who, "claims?|alleges?|warns?"):
        return False
    said = _said_part(line, who)           # "not finished yet" tells a state, it answers no rumour
    return bool(_NEG_CLAUSE.search(said)) and not re.search(r"\byet\b", said, re.I)


def _rename(c: Claim, who: str) -> None:
    """The headline's own speaker for a claim the parse gave to a wrong or vague one."""
    c.claimant = who
    hit = lookup(who)
    c.canonical = hit.name if hit else None
    src = _src(who)
    c.claimant_kind, c.alignment = src.kind, src.alignment


def _wrong(c: Claim, who: str) -> bool:
    """A claimant the headline's speaker should replace: vague, or words the speaker does not hold."""
    if c.claimant in ("unnamed", "unnamed reports") or _VAGUE.match(c.claimant.strip()):
        return not _VAGUE.match(who)
    return c.claimant.lower() not in who.lower() and who.lower() not in c.claimant.lower()


def _src(name: str):
    return classify(name, side_of(name))


# "Government Neither Confirms Nor Denies Spy Swap Report", "Ministers neither confirm nor deny": silence on the report
_NEITHER = re.compile(r"^(?P<who>.{2,60}?)\s+neither\s+confirms?\s+nor\s+den(?:y|ies)\b", re.I)
# "..., Ends Weeks Of Speculation", "Confirms Resignation After Weeks Of Speculation": the rumour
# is named as what came before, not called false
_AFTER_TALK = re.compile(r"\b(?:after|amid|despite|following|ending|ends)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
                         r"(?:speculation|rumou?rs?|reports?)\b", re.I)
# false words that are also the rumour's own verb: "Start-up faked its demo", "Clerk forged
# signatures"; they judge only after a copula or "as" ("video is faked", "dismisses it as invented")
_ACT_FALSE = {"faked", "forged", "fabricated", "doctored", "photoshopped", "edited", "invented", "staged", "altered",
              "manipulated", "digitally altered"}
_JUDGE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "as", "'", "‘", "\"", "“", "not", "digitally"}


# "Government says viral letter from PM is forged": what a named speaker says is false, at the end
_CALLED_FALSE = re.compile(rf"\b(?:is|are|was|were)\s+(?:not\s+)?(?:completely\s+|totally\s+|entirely\s+)?['‘\"“]?"
                           rf"(?:{_FALSE})['’\"”]?\s*$", re.I)
# "Bus Company Says Video Of Brawl Is Not From Its Depot": the thing a rumour travels in is not so
_NOT_SO = re.compile(rf"\b(?:{_CLAIMS})\b[^,:;]*?\b(?:is|are|was|were)\s+not\s+(?:true|real|genuine|authentic|"
                     rf"accurate|correct|from|of|what|as|by|in)\b", re.I)


def _false_said(low: str) -> bool:
    """A false word that judges what is reported (see _ACT_FALSE, _AFTER_TALK)."""
    low = _AFTER_TALK.sub(" ", low)
    for m in _FALSE_RE.finditer(low):
        if m.group(0) in _ACT_FALSE:
            before = low[:m.start()].rstrip().split()
            if not before or before[-1] not in _JUDGE_BEFORE:
                continue
        return True
    return False


# a question the headline asks and then answers: "Chat app takeover? Not so fast", "Is the chatbot
# alive? Scientists say no", "Actor dead at 81? Family says reports are untrue". The answer decides;
# an answer that takes no side ("Fans think so", "Minister faces questions", "What we know") leaves
# the question open, and the headline observes
_ASKED = re.compile(r"^(?P<q>[^?]{3,120}\?)\s+(?P<a>\S.{2,})$")
_ANSWER_NO = re.compile(r"^(?:no\b|nope\b|not so fast\b|not quite\b|not really\b|think again\b|hardly\b|not true\b)|"
                        r"\b(?:says?|said)\s+(?:no|not so)\s*$", re.I)
_ANSWER_YES = re.compile(r"^(?:yes\b|yep\b|it's true\b|true\b|confirmed\b)|\b(?:says?|said)\s+yes\s*$", re.I)
# an explainer takes no side unless it says the rumour is false: "Worm meat claims: what we know",
# "What the engineer actually claimed", "Rumours about bank explained", "Here's where the claim came from"
_EXPLAINER = re.compile(r"\bwhat (?:we|you) (?:know|need to know)\b|\bexplained\b|\bhere'?s (?:what|where|why|how)\b|"
                        r"\bwhat (?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:actually|really)\s+(?:said|claimed|wrote|showed)\b|"
                        r"\bthe story behind\b", re.I)
# a market moving on a rumour reports the rumour, not its truth: "Shares jump on reports of takeover"
_MARKET_ON = re.compile(r"\b(?:shares?|stocks?|prices?|markets?|bonds?|currency|bitcoin|\w+coin)\s+(?:[\w'-]+\s+)?"
                        r"(?:jump|soar|surge|rise|rally|climb|fall|drop|slide|slump|tumble|dip|sink|spike|plunge|leap)\w*\s+"
                        r"(?:on|after|amid|as|following|over)\s+(?:[\w'-]+\s+){0,4}?(?:reports?|rumou?rs?|speculation|talk|"
                        r"claims?)\b", re.I)
# proof of life: the subject of a death or health rumour shown going about their life answers it
# ("Frontman posts video from rehearsal room after health scare", "President appears on TV days
# after health rumours", "General 'killed' by Ukraine shown chairing meeting", "Russian general
# alive, appears in ministry video"); not when the line reports a death or a stay in hospital
_PROOF_OF_LIFE = re.compile(
    r"\b(?:appears?|appeared|posts?|posted|performs?|performed|resurfaces?|resurfaced|pictured|seen|shown|greets?|"
    r"jokes?|speaks?)\b(?:(?!\b(?:dies|died|dead|hospitali[sz]ed|admitted)\b).)*?\b(?:after|amid|following|despite|"
    r"to (?:quash|end|silence|dispel|scotch))\s+(?:[\w'-]+\s+){0,3}?(?:death|health|illness|coma|stroke)\s+"
    r"(?:rumou?rs?|scares?|hoax(?:es)?|reports?|speculation|claims?|fears?)\b|"
    r"\balive\b,?\s+(?:[\w'-]+\s+){0,2}?(?:appears?|shown|pictured|seen|posts?)\b|"
    r"['‘\"“](?:dead|killed|died|missing)['’\"”].*?\b(?:appears?|shown|pictured|seen|posts?)\b", re.I)
# support given to the subject of a rumour answers it: "Club backs coach amid sacking rumours",
# "Board stands by chief executive despite exit talk"
_BACKS = re.compile(r"^(?P<who>[A-Z][^,:;?]{1,60}?)\s+(?:backs|back|stands? by|stands? behind|throws? (?:its |their |his |her )?"
                    r"(?:full )?support behind|gives? (?:[\w'-]+\s+){0,2}?(?:vote of confidence|backing))\b.*?\b(?:amid|despite|"
                    r"after|over|following)\s+(?:[\w'-]+\s+){0,3}?(?:rumou?rs?|speculation|reports?|talk|claims?)\b", re.I)


def _whole(stance: str, who: str | None, line: str, start: int, text: str) -> Claim:
    """One claim over the whole headline line, by its named speaker or by nobody in particular."""
    src, hit = (_src(who), lookup(who)) if who else (None, None)
    return Claim(claimant=who or ("unnamed" if stance == "denies" else "unnamed reports"), stance=stance, start=start,
                 end=start + len(line), text=text[start:start + len(line)],
                 claimant_kind=src.kind if src else "unnamed", alignment=src.alignment if src else None,
                 canonical=hit.name if hit else None, content_start=start, content_end=start + len(line))


def _answered(out: list[Claim], line: str, start: int, text: str, qa: re.Match) -> list[Claim]:
    """A headline that asks and answers (_ASKED): the answer's stance, or observing if it takes none."""
    a, at = qa.group("a"), start + qa.start("a")
    who = _speaker(a)
    who = None if who and (_VAGUE.match(who) or _KICKER_WORD.match(who)) else who
    for stance, cue in (("denies", _ANSWER_NO), ("asserts", _ANSWER_YES)):
        if cue.search(a.strip(" .!")):
            if not out:
                return [_whole(stance, who, line, start, text)]
            for c in out:
                c.stance = stance
            return out
    sub = headline_claims(out, a, at, text)
    if any(c.stance in ("denies", "confirms") for c in sub):
        return sub
    for c in sub:
        c.stance = "uncertain"
    return sub or [_whole("uncertain", None, line, start, text)]


def headline_claims(claims: list[Claim], line: str, start: int, text: str) -> list[Claim]:
    """The claims of one headline line (offsets from `start`), stance read from its wording."""
    out = [c for c in claims if not _KICKER_WORD.fullmatch(c.claimant.strip(" :-"))]
    k = _KICKER.match(line)
    if k:                                 # the kicker is set aside, the headline read from after it
        start, line = start + k.end(), line[k.end():]
    kept = _RELATIVE_DENIAL.sub(lambda m: " " * len(m.group(0)), line)
    if kept != line:                      # the rumour the clause named is no claim of the headline's
        line, out = kept, [c for c in out if c.claimant not in ("unnamed", "unnamed reports")]
    out = [c for c in out if not _relative(c.claimant) and not any(
        w.lower() in _RELATIVE and not w.isupper() for w in c.claimant.split()[1:])]
    low = line.lower()
    if (_EXPLAINER.search(line) or _MARKET_ON.search(line)) and not _false_said(low):
        for c in out:
            c.stance = "uncertain"
        return out or [_whole("uncertain", None, line, start, text)]
    qa = _ASKED.match(line)
    if qa:
        return _answered(out, line, start, text, qa)
    if _PROOF_OF_LIFE.search(line) or _BACKS.match(line):
        who = _BACKS.match(line).group("who").strip() if _BACKS.match(line) else _speaker(line)
        for c in out:
            c.stance = "denies"
            if who is not None and _wrong(c, who):
                _rename(c, who)
        return out or [_whole("denies", who, line, start, text)]
    g = _GROUND_CLAIMS.match(line)
    # no denial or saying before the rumour word ("Bank of England rejects claims of ...";
    # "Baby food brand recalls jars" has a noun, no verb)
    v = _VERB_RE.match(line[:g.end()]) if g else None
    if g and not _GROUND_NOT.search(line[:g.end()]) and not (v and v.group("v").lower() not in ("brand", "brands",
                                                                                               "label", "labels")) \
            and not _GUESS.search(line) and not _SAYS_TAIL.search(line) and not _CLAIMS_TAIL.search(line) \
            and not _CALLED_FALSE.search(low):
        return []                         # the page's own report of the act
    if _OUT_OF_CONTEXT.search(line) and not _GUESS.search(line):
        who = _speaker(line)
        if out:
            for c in out:
                c.stance = "denies"
                if who is not None and _wrong(c, who):
                    _rename(c, who)
            return out
        src = _src(who) if who else None
        hit = lookup(who) if who else None
        return [Claim(claimant=who or "unnamed", stance="denies", start=start, end=start + len(line),
                      text=text[start:start + len(line)], claimant_kind=src.kind if src else "unnamed",
                      alignment=src.alignment if src else None, canonical=hit.name if hit else None,
                      content_start=start, content_end=start + len(line))]
    m = _NEITHER.match(line)
    if m:
        who = m.group("who").strip(" :,'\"")
        src, hit = _src(who), lookup(who)
        cs = start + m.end() + len(line[m.end():]) - len(line[m.end():].lstrip())
        return [Claim(claimant=who, stance="unconfirmed", start=start, end=start + len(line),
                      text=text[start:start + len(line)], claimant_kind=src.kind, alignment=src.alignment,
                      canonical=hit.name if hit else None, content_start=cs, content_end=start + len(line))]
    # a denial inside a relative clause is not the headline's: "Minister Who Denied Affair Resigns",
    # "Firm that dismissed bankruptcy rumours files for bankruptcy"
    out = [c for c in out if not _relative(c.claimant)]
    if re.match(r"^no,\s", low) and (all(c.claimant in ("unnamed", "unnamed reports") for c in out)
                                     or _NEG_CLAUSE.search(line) and _speaker(line[4:]) is None):
        for c in out:                     # "No, your phone cannot be charged in a microwave": the page denies
            c.stance = "denies"           # (what it denies may name a subject: "No, X did not say that")
            if _speaker(line[4:]) is None:
                c.claimant, c.canonical, c.claimant_kind, c.alignment = "unnamed", None, "unnamed", None
        return out
    if all(c.claimant in ("unnamed", "unnamed reports") for c in out) and _DESPITE_NOT.search(line):
        return [Claim(claimant="unnamed", stance="denies", start=start, end=start + len(line),
                      text=text[start:start + len(line)], claimant_kind="unnamed",
                      content_start=start, content_end=start + len(line))]
    m = _RESPONDS.match(line)
    # ("speculation" there names the rumour answered, not a verdict on it)
    if m and _CLAIMS_RE.search(line[m.end():]) and not _false_said(re.sub(r"\bspeculation\b", "", low[m.end():])):
        who = (m.group("who") or m.group("who2")).strip(" :,'\"")
        src, hit = _src(who), lookup(who)
        return [Claim(claimant=who, stance="uncertain", start=start, end=start + len(line),
                      text=text[start:start + len(line)], claimant_kind=src.kind, alignment=src.alignment,
                      canonical=hit.name if hit else None, content_start=start + m.end(),
                      content_end=start + len(line))]
    # a claimant that swallowed the headline's verb ("Police Chief Rejects")
    for c in out:
        cut = _TRAILING_VERB.sub("", c.claimant).strip(" '\"‘’“”")
        if cut and cut != c.claimant:
            c.claimant = cut
            hit = lookup(cut)
            c.canonical = hit.name if hit else None
            src = _src(cut)
            c.claimant_kind, c.alignment = src.kind, src.alignment
    who = _speaker(line)
    if who is not None:
        for c in out:
            if _wrong(c, who):
                _rename(c, who)
    if line.rstrip().endswith("?"):      # "Did X really deny Y?", "Did Apple just admit Z?": asked, not said
        for c in out:
            if c.stance in ("asserts", "confirms", "denies"):
                c.stance = "uncertain"
        return out or [Claim(claimant="unnamed reports", stance="uncertain", start=start, end=start + len(line),
                             text=text[start:start + len(line)], claimant_kind="unnamed",
                             content_start=start, content_end=start + len(line))]
    deny = None
    m = _VERB_RE.match(line)
    if m and _relative(m.group("who")):
        m = None                          # "Striker Who Denied Transfer Talk Joins Rivals"
    if m and (not m.group("v").lower().startswith(("slam", "call", "shoot", "knock", "pour", "dispute", "brand", "label", "shut", "hit out"))
              or _CLAIMS_RE.search(m.group("what")) or _FALSE_RE.search(m.group("what"))):
        deny = (m.group("who").strip(" :,"), start + m.start("what"), start + len(line))
    elif (_false_said(low) and (_CLAIMS_RE.search(low) or ":" in line or _SAYS_TAIL.search(line)
                                or _LEAD_SPEAKER.match(line) and _CALLED_FALSE.search(low))) or \
            _LEAD_SPEAKER.match(line) and _NOT_SO.search(low) or \
            _THERE_NO.search(low) or (out or ":" in line) and _NEGATED.search(line) or _speaker_negates(line) or \
            _speaker_keeps(line, out):
        t = _SAYS_TAIL.search(line)
        who = (t.group("who") or t.group("who2")) if t else (line.split(":")[0] if ":" in line else None)
        q = re.match(r"^['‘\"“][^'’\"”]+['’\"”]:\s*(?P<who>[^:]{2,50}?)\s+on\s", line, re.I)
        if q:                             # "'Pure Invention': Chancellor's Team On Resignation Report"
            who = q.group("who")
        if who is None:
            h = re.match(r"^(?P<who>[A-Z][^,:;]{1,50}?)\s+(?:has|have|had)\s+['‘\"“]?no\s+plans?\b", line, re.I)
            who = h.group("who") if h else _speaker(line)
        deny = (who.strip() if who else None, start, start + len(line))
    if deny is not None:
        who, cs, ce = deny
        if out:
            for c in out:
                c.stance = "denies"
        elif who and len(who.split()) <= 8 and who[:1].isupper():
            src = _src(who)
            hit = lookup(who)
            out.append(Claim(claimant=who, stance="denies", start=start, end=start + len(line),
                             text=text[start:start + len(line)], claimant_kind=src.kind, alignment=src.alignment,
                             canonical=hit.name if hit else None, content_start=cs, content_end=ce))
        elif not who:                     # the page's own denial ("Inspectors found no traces of ...")
            out.append(_whole("denies", None, line, start, text))
        return out
    vague = bool(_VAGUE_TAIL.search(line)) or line.lower().startswith(("report:", "reports:")) or \
        bool(_CLAIMS_TAIL.search(line))
    for c in out:
        if c.stance in ("asserts",) and (_VAGUE.match(c.claimant.strip()) or _GUESS.search(line) or vague
                                         or _CLAIM_VERB.search(line) or who is None and QUOTED_PREDICATE.search(line)):
            c.stance = "uncertain"        # "..., sources claim", "..., report says", "X may ..."
    cv = _CLAIM_VERB.search(line)          # "Hacked emails allege minister hid losses": claimed, not said
    if not out and cv and not re.search(r"\b(?:who|that|which|whose)\s+(?:[\w'-]+\s+){0,2}$", line[:cv.start()], re.I):
        # (not a claim inside a relative clause: "Scientist Who Claimed To Have ... Is Sacked")
        who = _speaker(line)
        src, hit = (_src(who), lookup(who)) if who else (None, None)
        out.append(Claim(claimant=who or "unnamed reports", stance="uncertain", start=start, end=start + len(line),
                         text=text[start:start + len(line)], claimant_kind=src.kind if src else "unnamed",
                         alignment=src.alignment if src else None, canonical=hit.name if hit else None,
                         content_start=start, content_end=start + len(line)))
    if not out and (_GUESS.search(line) or vague or k and QUOTED_PREDICATE.search(line)):
        out.append(Claim(claimant="unnamed reports", stance="uncertain", start=start, end=start + len(line),
                         text=text[start:start + len(line)], claimant_kind="unnamed",
                         content_start=start, content_end=start + len(line)))
    return out


__all__ = ["QUOTED_PREDICATE", "headline_claims"]
