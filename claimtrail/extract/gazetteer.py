"""Names that spaCy's NER cannot merge by itself: country aliases and demonyms, role nouns.

"U.S." and "American" name the same country; a demonym used as an adjective ("American soil")
is a mention of that country for the analyst. The table covers the countries most often in
English-language news; anything else keeps spaCy's own label.
"""

from __future__ import annotations

# canonical name -> aliases (abbreviations and demonyms), matched case-sensitively.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": (
        "U.S.",
        "US",
        "U.S.A.",
        "USA",
        "America",
        "American",
        "Americans",
        "the United States",
        "United States of America",
    ),
    "China": ("Chinese", "PRC", "People's Republic of China", "Beijing"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons"),
    "Russia": ("Russian", "Russians", "Russian Federation", "Kremlin"),
    "European Union": ("EU", "E.U.", "European", "Europeans"),
    "Japan": ("Japanese",),
    "Germany": ("German", "Germans"),
    "France": ("French",),
    "India": ("Indian", "Indians"),
    "Canada": ("Canadian", "Canadians"),
    "Mexico": ("Mexican", "Mexicans"),
    "Brazil": ("Brazilian", "Brazilians"),
    "Italy": ("Italian", "Italians"),
    "Spain": ("Spanish",),
    "Iran": ("Iranian", "Iranians"),
    "Israel": ("Israeli", "Israelis"),
    "Ukraine": ("Ukrainian", "Ukrainians"),
    "South Korea": ("South Korean", "South Koreans"),
    "North Korea": ("North Korean", "DPRK"),
    "Taiwan": ("Taiwanese",),
    "Australia": ("Australian", "Australians"),
    "Saudi Arabia": ("Saudi", "Saudis"),
    "Turkey": ("Turkish", "Türkiye"),
    "Pakistan": ("Pakistani", "Pakistanis"),
    "Syria": ("Syrian", "Syrians"),
    "Iraq": ("Iraqi", "Iraqis"),
    "Afghanistan": ("Afghan", "Afghans"),
    "Egypt": ("Egyptian", "Egyptians"),
    "South Africa": ("South African", "South Africans"),
    "Nigeria": ("Nigerian", "Nigerians"),
    "Ireland": ("Irish",),
    "Scotland": ("Scottish", "Scots"),
    "Netherlands": ("Dutch", "Holland"),
    "Sweden": ("Swedish",),
    "Poland": ("Polish",),
    "Greece": ("Greek", "Greeks"),
    "Vietnam": ("Vietnamese",),
    "Indonesia": ("Indonesian",),
    "Cuba": ("Cuban", "Cubans"),
    "Venezuela": ("Venezuelan",),
    "Argentina": ("Argentine",),
    "Switzerland": ("Swiss",),
    "Norway": ("Norwegian",),
    "Denmark": ("Danish",),
    "Qatar": ("Qatari",),
    "Palestine": ("Palestinian", "Palestinians"),
    "Lebanon": ("Lebanese",),
}

# Political parties: canonical name -> short forms and member nouns, matched case-sensitively.
PARTIES: dict[str, tuple[str, ...]] = {
    "Conservative Party": ("Conservatives", "Conservative", "Tories", "Tory", "the Tories"),
    "Labour Party": ("Labour",),
    "Liberal Democrats": ("Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat"),
    "UK Independence Party": ("UKIP", "Ukip"),
    "Scottish National Party": ("SNP",),
    "Democratic Party": ("Democrats",),
    "Republican Party": ("Republicans", "GOP"),
}
PARTY_ALIASES: dict[str, str] = {
    alias: name for name, aliases in PARTIES.items() for alias in (*aliases, name)
}

# Surface form -> canonical country name.
COUNTRY_ALIASES: dict[str, str] = {
    alias: name for name, aliases in COUNTRIES.items() for alias in (*aliases, name)
}

# Nouns that name a role, not a person ("Green Tech Investor" is not somebody's name).
ROLE_NOUNS = {
    "analyst",
    "analysts",
    "consultant",
    "investor",
    "investors",
    "economist",
    "expert",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executive",
    "director",
    "officer",
    "chief",
    "ceo",
    "cfo",
    "cto",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "founder",
    "partner",
    "professor",
    "researcher",
    "scientist",
    "lawyer",
    "attorney",
    "senator",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "minister",
    "secretary",
    "official",
    "officials",
    "adviser",
    "advisor",
    "strategist",
    "manager",
    "head",
    "leader",
    "editor",
    "reporter",
    "correspondent",
    "columnist",
    "commentator",
    "lobbyist",
    "activist",
    "engineer",
    "trader",
    "banker",
    "regulator",
    "diplomat",
    "ambassador",
    "candidate",
    "nominee",
    "campaign",
    "aide",
    "staffer",
    "owner",
    "worker",
    "workers",
    "union",
}

# Nouns that describe one person ("the MEP", "the culture secretary", "the rapper"): a
# description with one of these heads stands for a person named elsewhere in the article.
GROUP_ROLE_NOUNS = {"analysts", "investors", "officials", "workers", "union", "campaign"}
PERSON_NOUNS = (ROLE_NOUNS - GROUP_ROLE_NOUNS) | {
    "mp",
    "mep",
    "backbencher",
    "co-chairman",
    "treasurer",
    "commissioner",
    "chancellor",
    "boss",
    "rapper",
    "singer",
    "actor",
    "actress",
    "star",
    "presenter",
    "broker",
    "judge",
    "prosecutor",
    "premier",
    "peer",
    "councillor",
    "host",
}

# Last words that make a name an organisation's whatever NER says ("Lycos Europe" is no person).
ORG_NAME_ENDINGS = {
    "Europe", "Asia", "America", "International", "Group", "Holdings", "Systems", "Capital",
    "Networks", "Labs", "Technologies", "Airlines", "Airways", "Bank", "Exchange", "Partners",
    "Fund", "Investment", "Investments", "Council", "Agency", "Institute", "University",
    "Association", "Foundation", "Trust", "Union", "Corporation", "Corp", "Inc", "Ltd", "plc",
}

# Words after a person's name that make an organisation ("the Biden administration").
ORG_SUFFIXES = {"administration", "campaign", "government", "family", "foundation", "team"}

# Kinds of voice, from role words, for grouping stakeholders.
VOICE_KINDS: dict[str, tuple[str, ...]] = {
    "politician": (
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "president",
        "minister",
        "lawmaker",
        "candidate",
        "nominee",
        "secretary",
        "councilman",
        "councilwoman",
        "chancellor",
    ),
    "analyst": (
        "analyst",
        "consultant",
        "economist",
        "expert",
        "strategist",
        "researcher",
        "professor",
        "scholar",
    ),
    "investor": ("investor", "venture", "fund", "shareholder", "trader", "banker"),
    "official": (
        "official",
        "regulator",
        "ambassador",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "agency",
        "department",
        "ministry",
    ),
    "company": (
        "ceo",
        "cfo",
        "cto",
        "executive",
        "chairman",
        "founder",
        "company",
        "director",
        "manager",
        "chief",
    ),
}
