"""Names that spaCy's NER cannot merge by itself: country aliases and demonyms, role nouns.

"U.S." and "American" name the same country; a demonym used as an adjective ("American soil")
is a mention of that country for the analyst. The table covers the countries most often in
English-language news; anything else keeps spaCy's own label.
"""

from __future__ import annotations

from claimtrail.vocabulary.lexicon import OUTLET_WORDS

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
    # "European" and "Europeans" name the continent's people as often as the Union ("European
    # champion", "European Film Market"): not aliases of it.
    "European Union": ("EU", "E.U."),
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

# Unions of states the table lists with the countries (their short forms merge the same way),
# which are organisations, not places.
STATE_UNIONS = frozenset({"European Union"})

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
PERSON_NOUNS = (
    (ROLE_NOUNS - GROUP_ROLE_NOUNS)
    | {
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
        "coach",
        "captain",
        "player",
        "farmer",
        "envoy",
        "teacher",
        "doctor",
        "nurse",
        "pilot",
        "author",
        "writer",
        "producer",
        "artist",
        "attendant",
        "founder",
    }
    | {
        # Titles and occupations of news speakers across sections (politics, business, law, sport,
        # arts, science). Words that are also common surnames ("King", "Major", "Bishop", "Cook")
        # stay out: entities.py drops a name whose last word is a person noun.
        "co-founder",
        "entrepreneur",
        "shareholder",
        "accountant",
        "auditor",
        "specialist",
        "developer",
        "programmer",
        "designer",
        "inventor",
        "vice-president",
        "vice-chairman",
        "co-chair",
        "chairperson",
        "deputy",
        "speaker",
        "whip",
        "campaigner",
        "spokespeople",
        "solicitor",
        "barrister",
        "counsel",
        "magistrate",
        "detective",
        "inspector",
        "superintendent",
        "constable",
        "commander",
        "colonel",
        "sergeant",
        "archbishop",
        "cardinal",
        "monarch",
        "economist",
        "historian",
        "psychologist",
        "physician",
        "surgeon",
        "academic",
        "lecturer",
        "journalist",
        "broadcaster",
        "blogger",
        "critic",
        "novelist",
        "poet",
        "playwright",
        "screenwriter",
        "filmmaker",
        "film-maker",
        "comedian",
        "musician",
        "guitarist",
        "drummer",
        "bassist",
        "vocalist",
        "frontman",
        "songwriter",
        "composer",
        "conductor",
        "dancer",
        "choreographer",
        "model",
        "photographer",
        "manager",
        "midfielder",
        "striker",
        "defender",
        "goalkeeper",
        "winger",
        "skipper",
        "referee",
        "umpire",
        "athlete",
        "sprinter",
        "champion",
        "batsman",
        "bowler",
        "trainer",
        "jockey",
        "fly-half",
        "scrum-half",
        "dj",
        "co-ordinator",
        "coordinator",
        "chairman",
        "director-general",
        "secretary-general",
        "attorney-general",
        "chief-executive",
        "premier",
        "president-elect",
        "vice-chancellor",
        "ombudsman",
        "regulator",
        "administrator",
        "receiver",
        "liquidator",
        "negotiator",
        "mediator",
        "veteran",
        "insider",
    }
)
# Words after a title word that complete it: "attorney general", "surgeon general", "prime
# minister" (head "minister"), "secretary general".
TITLE_TAILS = {"general"}
# Common nouns other than titles that can stand for a speaker ("unions", "critics", "the
# company", "the statement"): what a source must be for a participle to keep it as its subject.
SPEAKING_NOUNS = {
    "union",
    "unions",
    "critics",
    "supporters",
    "opponents",
    "campaigners",
    "residents",
    "people",
    "fans",
    "members",
    "staff",
    "company",
    "firm",
    "group",
    "government",
    "party",
    "police",
    "court",
    "committee",
    "council",
    "board",
    "team",
    "club",
    "statement",
    "report",
    "study",
    "survey",
    "letter",
    "spokesman",
    "spokeswoman",
    "source",
    "sources",
    "who",
}
# Nouns of a person that state no role ("the woman said"): they resolve a description to a
# person named or described earlier, but are never given as the person's role.
PLAIN_PERSON_NOUNS = {
    "man",
    "woman",
    "boy",
    "girl",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "victim",
    "witness",
    "associate",
    "ally",
    "friend",
    "colleague",
    "relative",
    "neighbour",
    "resident",
    "passenger",
    "customer",
    "fan",
    "student",
    "pupil",
    "patient",
}

# Last words that make a name an organisation's whatever NER says ("Lycos Europe" is no person).
ORG_NAME_ENDINGS = {
    "Europe",
    "Asia",
    "America",
    "International",
    "Group",
    "Holdings",
    "Systems",
    "Capital",
    "Networks",
    "Labs",
    "Technologies",
    "Airlines",
    "Airways",
    "Bank",
    "Exchange",
    "Partners",
    "Fund",
    "Investment",
    "Investments",
    "Council",
    "Agency",
    "Institute",
    "University",
    "Association",
    "Foundation",
    "Trust",
    "Union",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "plc",
}

# Words after a person's name that make an organisation ("the Biden administration").
ORG_SUFFIXES = {"administration", "campaign", "government", "family", "foundation", "team"}

# Mentions that can hold a claim without being a named entity.
SPEAKER_NOUNS = (
    ROLE_NOUNS
    | OUTLET_WORDS
    | {
        "source",
        "sources",
        "people",
        "experts",
        "critics",
        "observers",
        "report",
        "reports",
        "witnesses",
        "residents",
        "voters",
        "study",
        "poll",
        "survey",
        "police",
        "authorities",
        "lawmakers",
        "aides",
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "you",
    }
)

# Heads of a would-be speaker that are things said about, not agents ("the denied talks").
NON_AGENT_NOUNS = frozenset(
    {
        "talks",
        "deal",
        "deals",
        "plan",
        "plans",
        "move",
        "moves",
        "merger",
        "rumours",
        "rumors",
        "speculation",
        "idea",
        "issue",
        "matter",
        "news",
        "landscape",
        "race",
        "tensions",
    }
)

# Titles that stand before a name and are its role when no other role is given.
PERSON_TITLE_WORDS = (
    "Senator",
    "Sen.",
    "Representative",
    "Rep.",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov.",
    "Mayor",
    "President",
    "Vice President",
    "Secretary",
    "Minister",
    "Prime Minister",
    "Chancellor",
    "Judge",
    "Justice",
    "General",
    "Gen.",
    "Dr.",
    "Professor",
    "Prof.",
    "Ambassador",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Councilman",
    "Councilwoman",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Lord",
    "Lady",
    "Sir",
    "Pope",
    "King",
    "Queen",
    "Prince",
)

# Nouns after a name that make it a place's or a body's ("Leeds Bradford airport", "a Balpa
# spokesman"): NER often calls such names people.
PLACE_HEADS = {"airport", "station", "stadium", "hospital", "port", "bridge", "street", "road"}

ORG_HEADS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "council",
    "union",
    "university",
    "school",
    "college",
    "club",
    "group",
    "officials",
    "staff",
    "members",
    "board",
    "chief",
    "boss",
}

# Titles that NER sometimes runs into from the next name ("Tory Treasurer Lord | Ashcroft").
TRAILING_TITLES = {"Lord", "Lady", "Sir", "Dr", "Mr", "Mrs", "Ms"}

ORG_NOUNS = {
    "company",
    "firm",
    "automaker",
    "carmaker",
    "group",
    "bank",
    "startup",
    "agency",
    "ministry",
    "department",
    "government",
    "administration",
    "campaign",
    "party",
    "maker",
    "manufacturer",
    "giant",
    "retailer",
    "network",
    "newspaper",
    "paper",
    "outlet",
    "organization",
    "organisation",
    "committee",
    "court",
    "team",
    "airline",
    "carrier",
    "exchange",
    "watchdog",
    "regulator",
    "broadcaster",
    "magazine",
    "tabloid",
    "union",
    "council",
    "authority",
    "insurer",
    "lender",
    "operator",
    "club",
    "charity",
    "body",
    "station",
    "channel",
    "publisher",
    "studio",
    "label",
    "corporation",
    "conglomerate",
    "website",
    "service",
    "employer",
    "employers",
}

# A description with one of these heads names an outlet introduced earlier ("The Australian
# newspaper … the newspaper reported").
OUTLET_NOUNS = {"newspaper", "paper", "magazine", "tabloid", "broadcaster", "agency", "website"}

# Documents speak for their author ("Mr Campbell's e-mail said", "a statement from X").
DOCUMENT_NOUNS = {
    "statement",
    "e-mail",
    "email",
    "letter",
    "memo",
    "message",
    "note",
    "blog",
    "release",
    "filing",
    "document",
    "report",
    "lawsuit",
    "suit",
    "complaint",
    "ruling",
    "verdict",
}

# Nouns of an unnamed spokesperson: named "a spokesman for X" after the body they speak for.
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"}

# Words that open a title the parser may cut off from the rest ("Chief executive X").
ROLE_MODIFIERS = {
    "chief",
    "deputy",
    "vice",
    "senior",
    "former",
    "acting",
    "interim",
    "managing",
    "joint",
}

HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}

# Titles that precede a name in news copy; they describe the person, they are not the name.
NAME_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady sen senator rep representative gov "
    "governor president vice chief ceo cfo coo cto chairman chairwoman chair executive "
    "director minister secretary spokesman spokeswoman spokesperson analyst general judge "
    "mayor prime premier king queen prince princess rev pope".split()
)

# Outlets are often cited by abbreviation or with "the"; these map to one key per outlet.
OUTLET_ALIASES = {
    "ft": "financial times",
    "financial times": "financial times",
    "wsj": "wall street journal",
    "wall street journal": "wall street journal",
    "nyt": "new york times",
    "new york times": "new york times",
    "ap": "associated press",
    "associated press": "associated press",
    "reuters": "reuters",
    "bloomberg": "bloomberg",
    "bloomberg news": "bloomberg",
    "cnbc": "cnbc",
    "bbc": "bbc",
    "bbc news": "bbc",
    "cnn": "cnn",
    "the verge": "the verge",
    "techcrunch": "techcrunch",
    "nikkei": "nikkei",
    "nikkei asia": "nikkei",
    "electrek": "electrek",
    "caixin": "caixin",
    "the information": "the information",
    "guardian": "guardian",
    "the guardian": "guardian",
    "axios": "axios",
}

# Words an article uses for an outlet it has already named ("the newspaper reported").
GENERIC_OUTLET_REFERENCES = frozenset(
    {
        "newspaper",
        "paper",
        "outlet",
        "publication",
        "magazine",
        "news agency",
        "agency",
        "broadcaster",
        "report",
        "website",
        "site",
    }
)

# Checked in this order: "investment analyst" is an analyst, "state official" an official.
VOICE_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "analyst",
        ("analyst", "consultant", "economist", "strategist", "researcher", "expert", "professor"),
    ),
    (
        "politician",
        (
            "senator",
            "minister",
            "mp",
            "congressman",
            "congresswoman",
            "representative",
            "governor",
            "mayor",
            "president",
            "politician",
            "lawmaker",
            "chancellor",
            "secretary of state",
            "party",
        ),
    ),
    ("investor", ("investor", "shareholder", "fund", "venture", "capital", "hedge")),
    (
        "official",
        (
            "official",
            "regulator",
            "agency",
            "ministry",
            "department",
            "commission",
            "authority",
            "government",
            "police",
            "court",
            "spokesperson for the",
        ),
    ),
    (
        "company",
        (
            "ceo",
            "chief",
            "executive",
            "chairman",
            "founder",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "director",
            "manager",
            "company",
            "board",
        ),
    ),
)

# Capitalised words that are not names: a resolved name "President Obama" must not count as
# right for a gold source "President Trump", nor "The Post" for "The New York Times".
NOT_NAME_WORDS = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor
    president vice secretary minister prime chairman chairwoman chair ceo chief director
    spokesman spokeswoman spokesperson general gen gop democrat democrats republican republicans
    former the a an of and for in on at to by he she it they we i you his her their its this
    that these those who u.s us new jr sr""".split()
)

# Legal-form suffixes that differ between mentions of one company.
CORPORATE_SUFFIXES = frozenset(
    "inc corp corporation co ltd plc llc group company holdings sa ag".split()
)

# Currencies, which a small NER model tags as people or bodies after an amount ("3.5m Euros",
# "500 Yen"). Words that are also surnames or common words ("Pound", "Rand", "Real", "Won")
# are left out: a mention of one of these is never dropped.
CURRENCY_NAMES = frozenset(
    """euro euros dollar dollars yen yuan renminbi rouble roubles ruble rubles rupee rupees
    pesos francs dinars shekels lire zlotys kronor kroner baht ringgit""".split()
)

# The endings of adjectives of nationality ("Kenyan", "Ethiopian", "Sudanese", "Danish"): a
# word so ending and tagged an adjective before a person's name is not part of the name.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i")
