"""How names are written in running text: the patterns finding and its cues share."""
from __future__ import annotations

import re

# Capitalised runs: words may carry hyphens and apostrophes (Deir ez-Zor, Ma'arat), and
# lower-case Arabic articles or "of" may join two capitalised words, and so may the Persian
# ezafe and the French "et" of town names ("Qala i Naw", "Nabatiye et Tahta").
WORD = r"(?:[A-Z][\w'’.-]*\w|[A-Z]|T-\d+)"
RUN = re.compile(rf"{WORD}(?:\s+(?:(?:al|el|ad|as|ash|ar|az|ez|an|at|of|de|del|la|le|du|da|di|bin|ibn|i|e|et)[-\s]+)?{WORD})*")
# One capitalised word that is never a place on its own: function words, days and months,
# words of titles and bodies, and abbreviated ranks and offices ("Sen. Casey" is not SEN,
# Senegal's code; "Gov.", "Gen.", "Col."). The head nouns of armed groups' and parties' names
# ("... Alliance", "... Front", "... Federation") are bodies too, not the small towns spelt so.
COMMON = frozenset("""a an the this that these those it its he she they we you i his her their our
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow live updates update
breaking news reports report said says according however but and or if when while after before
since during mr mrs ms dr president minister general colonel army police state government
islamic republic news press agency radio online sky post times daily world national international
united union central north south east west northern southern eastern western new old great
many most some more less all both either neither other another every each first second third
last next early late government forces rebels militants fighters regime defense defence ministry
center centre office council city town village province country region capital god lord
university college bank metro spring young officer dome titan honda northwest northeast southwest
southeast midwest northeastern northwestern southeastern southwestern north-eastern north-western
south-eastern south-western bell martin wright van
one area vice local alliance front federation
sen rep gov gen lt capt sgt col maj cpl adm cmdr supt det atty rev hon prof
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# The text's lower-case words: a capitalised word that also appears in lower case is a word.
LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
