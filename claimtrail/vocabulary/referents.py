"""Words for resolving a speaker's description to the body it stands for (speakers/resolve.py).

Kept apart from gazetteer.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Descriptions of public bodies: "the government said" is never the company in view; with no
# body the article calls so, the description itself is the speaker.
PUBLIC_BODY_NOUNS = frozenset(
    {
        "government",
        "administration",
        "ministry",
        "department",
        "court",
        "council",
        "authority",
        "authorities",
        "committee",
        "regulator",
        "watchdog",
        "police",
        "prosecutors",
        "tribunal",
        "parliament",
        "commission",
    }
)

# Who a person is rather than a title they hold ("The champion swimmer says C",
# "the striker said"): a definite one is the person in view. No role: these are descriptions.
DESCRIPTIVE_PERSON_NOUNS = frozenset(
    {
        "medallist",
        "athlete",
        "runner",
        "sprinter",
        "hurdler",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "forward",
        "batsman",
        "bowler",
        "golfer",
        "boxer",
        "jockey",
        "cyclist",
        "swimmer",
        "skier",
        "skater",
        "teenager",
        "youngster",
        "veteran",
        "comedian",
        "musician",
        "songwriter",
        "novelist",
        "author",
        "film-maker",
        "filmmaker",
        "entrepreneur",
        "businessman",
        "businesswoman",
        "tycoon",
        "billionaire",
        "millionaire",
        "dj",
        "comic",
        "chef",
        "fly-half",
        "scrum-half",
        "full-back",
        "flanker",
        "holder",
        "keeper",
        "international",
        "walker",
        "rower",
        "sailor",
        "climber",
        "rider",
        "gymnast",
        "triathlete",
        "decathlete",
        "heptathlete",
        "jumper",
        "wrestler",
        "fencer",
        "archer",
        "canoeist",
        "marathoner",
        "hooker",
        "centre",
        "prop",
    }
)

# One person of a nation, by a noun no country table lists ("the Scot said", "the Welshman
# added"): like "the American", the person in view, never the country or its people.
DEMONYM_PERSON_NOUNS = frozenset(
    {
        "scot",
        "scotsman",
        "scotswoman",
        "welshman",
        "welshwoman",
        "englishman",
        "englishwoman",
        "irishman",
        "irishwoman",
        "frenchman",
        "frenchwoman",
        "dutchman",
        "spaniard",
        "dane",
        "swede",
        "finn",
        "kiwi",
        "aussie",
    }
)

# "the Waterford man", "the Leeds-born woman": a person described by where they come from is
# the person in view, as long as a capitalised place modifies the noun (a bare "the man" may
# be somebody new and unnamed).
ORIGIN_PERSON_NOUNS = frozenset({"man", "woman", "lad", "girl", "boy"})

# Words by which the writer's sentence speaks of one person without naming them ("He then
# moved to crutches."): a quoted sentence after it may be that person's (speakers/resolve.py).
THIRD_PERSON_WORDS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})

# Small words inside a body's name that its acronym skips ("Court of Arbitration for Sport",
# "Marks & Spencer"): speakers/entities.py spells out an acronym defined in brackets.
NAME_LINK_WORDS = frozenset({"of", "for", "and", "the", "&"})

# A pair named by a collective noun ("the couple said", "the pair denied"): the two people
# named last.
PAIR_NOUNS = frozenset({"couple", "pair", "duo"})

# A lawsuit speaks for whoever brought it ("The lawsuit says C" after "sued by X").
LAWSUIT_NOUNS = frozenset({"lawsuit", "suit", "writ", "complaint"})
SUING_VERBS = frozenset({"sue", "sues", "sued", "suing"})
# "X has filed a lawsuit": verbs whose subject brings the suit named as their object
FILING_VERBS = frozenset(
    {"file", "files", "filed", "filing", "bring", "brings", "brought", "bringing", "launched"}
)

# Unauthored findings and writings a later "it" goes on quoting ("the report suggests C. It
# found D"); with a stated owner they speak for it ("Marca's headline says").
FINDING_NOUNS = frozenset(
    {
        "headline",
        "editorial",
        "report",
        "survey",
        "study",
        "poll",
        "research",
        "review",
        "inquiry",
        "audit",
        "guidance",
        "guidelines",
        "leaflet",
        "booklet",
    }
)

# Outlet nouns that name the same kind of outlet ("The Mirror newspaper said … The paper said").
NEWSPAPER_NOUNS = frozenset({"newspaper", "paper", "daily"})

# Words that make a title another office: "the chancellor" is not the shadow chancellor, "the
# minister" not the prime minister. A stated role with one of these that a description lacks
# does not fit it.
OTHER_OFFICE_WORDS = frozenset(
    {"shadow", "prime", "deputy", "vice", "former", "ex", "junior", "assistant", "co"}
)

# Words in an organisation's name that make it a news outlet: "a spokesman for the bank" is
# never the paper that reported the story.
OUTLET_NAME_WORDS = frozenset(
    {
        "times",
        "journal",
        "courier",
        "herald",
        "telegraph",
        "mirror",
        "guardian",
        "gazette",
        "tribune",
        "observer",
        "chronicle",
        "reuters",
        "bloomberg",
        "bbc",
        "cnn",
    }
)

# Ranks written before a name ("Lord Tamworth", "Dame Ada Price"): like an honorific they
# mark the capitalised words after them as a person's name, and tell the person's gender.
RANK_GENDER = {"lord": "m", "sir": "m", "baron": "m", "lady": "f", "dame": "f", "baroness": "f"}

# Nouns for a work that a title right after them names ("her drama Wasp", "the album Rising
# Sun"): such a name is a work, not a person, whatever the NER labelled it.
WORK_NOUNS = frozenset(
    {
        "film",
        "movie",
        "drama",
        "comedy",
        "thriller",
        "documentary",
        "sitcom",
        "series",
        "show",
        "album",
        "single",
        "song",
        "track",
        "novel",
        "book",
        "play",
        "musical",
        "opera",
        "ballet",
        "game",
        "painting",
        "sculpture",
        "short",
    }
)

# Makers known by their works ("the star of Little Terror and Wasp", "the author of Rise"):
# the names after "of" are works, not people ("director" and "producer" are left out: a
# director of a company is common).
WORK_MAKER_NOUNS = frozenset(
    {"star", "author", "writer", "creator", "composer", "screenwriter", "novelist", "playwright"}
)

# Offices a rank opens ("the Lord Chancellor", "Lord Justice Tate", "the Lord Provost"): the
# word after the rank is the office, not a name (person nouns count too).
RANK_OFFICE_WORDS = frozenset({"justice", "advocate", "provost", "mayoress", "privy", "lieutenant"})

# Kinds of business a description may call a company by ("the former monopoly said", "the
# Delta subsidiary said"), beyond the organisation nouns of gazetteer.ORG_NOUNS: the company
# in view, never one the description names as its owner.
BUSINESS_DESCRIPTION_NOUNS = frozenset(
    {
        "monopoly",
        "subsidiary",
        "unit",
        "division",
        "chain",
        "supplier",
        "provider",
        "brewer",
        "miner",
        "consultancy",
        "multinational",
        "incumbent",
        "utility",
        "telco",
        "chipmaker",
        "drugmaker",
        "fund",
        "housebuilder",
        "supermarket",
        "grocer",
        "bookmaker",
        "shipbuilder",
        "steelmaker",
        "distiller",
        "bookseller",
        "band",
    }
)

# Kinds of business written before a body's name ("housebuilder George Wimpey", "bookmaker
# William Hill"): beyond gazetteer.ORG_NOUNS, the name after one is an organisation even when
# the NER took it for a person. Not "incumbent" or "miner": those stand before people too.
BODY_KIND_PREMODIFIERS = frozenset(
    BUSINESS_DESCRIPTION_NOUNS - {"incumbent", "miner", "monopoly", "fund", "unit"}
)

# Person nouns that state a gender ("a spokesman … She insisted" is not the spokesman); words
# ending in -man / -woman count too (resolve._noun_gender).
FEMALE_NOUNS = frozenset(
    {
        *("woman", "mother", "wife", "daughter", "girl", "sister", "lady", "mum", "actress"),
        *("queen", "aunt", "niece", "grandmother", "widow"),
    }
)
MALE_NOUNS = frozenset(
    {
        *("man", "father", "husband", "son", "boy", "brother", "dad", "king", "uncle"),
        *("nephew", "grandfather", "widower"),
    }
)

# Vague heads of a description ("the Warriors chief", "the club boss"): a way of referring to
# a person already titled, never a more specific title than the one stated ("chairman").
VAGUE_TITLE_HEADS = frozenset({"chief", "boss", "head", "supremo", "chief's", "bosses"})

# Letters written after a name ("Tom Bracken MSP", "Peter Lowe QC"): not part of the name.
POSTNOMINALS = frozenset({"MP", "MSP", "MEP", "AM", "MLA", "QC", "KC", "MBE", "OBE", "CBE"})

# Lower-case words that open a surname ("de Villiers", "van Persie").
NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "du",
        "del",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "bin",
    }
)

# Titles written two ways for one office ("The premier insisted … The prime minister was
# asked"): a description in one form fits a role stated in the other.
TITLE_SYNONYMS = {"premier": "prime minister", "pm": "prime minister", "boss": "manager"}

# Kinds of body a name may hold ("the American Film Institute … The institute concluded"):
# beyond gazetteer.ORG_NOUNS, a definite description with one of these heads is the body the
# article calls so, and nobody else when none is.
NAMED_KIND_NOUNS = frozenset(
    {
        "institute",
        "institution",
        "association",
        "federation",
        "foundation",
        "society",
        "academy",
        "alliance",
        "consortium",
        "league",
        "museum",
        "orchestra",
    }
)

# A maker's name followed by one of these names a product or a shop of the maker, not the
# maker ("Apple Watch", "Google Glass", "Apple Store"): "Apple said" is not the watch, and
# "it says" is never the watch.
PRODUCT_NOUNS = frozenset(
    {
        "watch",
        "store",
        "phone",
        "glass",
        "pencil",
        "pay",
        "maps",
        "tablet",
        "laptop",
        "headset",
        "console",
        "drone",
    }
)

# Sources a report keeps unnamed ("a security official confirmed", "a source said"): not
# the person the lede goes on to name, who is what the report is about.
UNNAMED_SOURCE_NOUNS = frozenset({"official", "source", "insider", "aide", "investigator"})

# Heads that make a name before them someone else ("Prime minister's ally", "Vance aide",
# "Tarvik lawyer"): in a headline's "Vance ally denies X" the speaker is the person the body
# describes so, never Vance.
RELATIONAL_PERSON_NOUNS = frozenset(
    {
        *("ally", "allies", "aide", "aides", "associate", "adviser", "advisor", "lawyer"),
        *("lawyers", "spokesman", "spokeswoman", "wife", "husband", "son", "daughter"),
        *("rival", "deputy", "critic", "friend", "colleague", "partner", "brother", "sister"),
    }
)

# Plurals of people that do not end in -s ("the men's solicitor", "the children's lawyer").
IRREGULAR_PEOPLE_PLURALS = frozenset({"men", "women", "people", "children", "folk"})

# What only a body has, after a name's "'s" ("Rovers United's board", "Tarvos's shareholders"):
# a name that owns one is no person's, whatever the NER's label.
BODY_OWNED_NOUNS = frozenset(
    {
        "board",
        "boardroom",
        "shareholders",
        "shareholder",
        "shares",
        "headquarters",
        "workforce",
        "subsidiary",
        "subsidiaries",
        "profits",
        "turnover",
        "stadium",
    }
)

# Last words of a sports club's name ("Tarvik United", "Leeds Rovers", "Ashby Athletic"): the
# NER tags such names as people or places; a club is an organisation.
CLUB_NAME_ENDINGS = frozenset(
    {"United", "FC", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers", "Villa"}
)

# Last words of a company's or broadcaster's name that the NER may tag as a person's ("Virgin
# Media", "Sky News"), beside the gazetteer's ORG_NAME_ENDINGS: such a name is no "he" or "she".
BODY_NAME_ENDINGS = frozenset(
    {
        "Media",
        "News",
        "Radio",
        "Television",
        "TV",
        "Network",
        "Studios",
        "Records",
        "Motors",
        "Pictures",
        "Entertainment",
        "Publishing",
        "Software",
        "Telecom",
        "Communications",
        "Aid",
    }
)

# Seats of power that speak for a government ("the Kremlin said", "Downing Street denied"): an
# organisation speaker of its own, never the country (gazetteer.COUNTRY_ALIASES lists
# "Kremlin" as a form of Russia for mentions in general).
SEATS_OF_POWER = frozenset(
    {
        "Kremlin",
        "White House",
        "Downing Street",
        "Number 10",
        "Number Ten",
        "No 10",
        "Elysee",
        "Élysée",
        "Elysee Palace",
        "Élysée Palace",
        "Pentagon",
        "Quai d'Orsay",
    }
)

# Inflected verbs of saying that a sentence ending in a colon holds ("On Monday, Dr Reed told
# reporters:"); no name-and-role head holds one (quotes/reactions.py).
TELLING_FORMS = frozenset({"told", "tells", "said", "says", "explained", "added", "insisted"})

# Forms of "quote" whose object is the one quoted ("the paper quoted Mr Reed telling members
# that C": Mr Reed's words).
QUOTING_FORMS = frozenset({"quote", "quotes", "quoted", "quoting"})

# Nouns a listener is the object of ("in an interview with CNN"), beside verbs of saying.
INTERVIEW_NOUNS = frozenset({"interview", "interviews"})

# Bodies that are regulators or watchdogs by name, though an article may never call them so
# ("Ofcom has ordered BT to … The regulator said"): "the regulator" / "the watchdog" is the
# one of these in view, not the company it regulates.
REGULATOR_NAMES = frozenset(
    {
        "Ofcom",
        "Ofgem",
        "Ofwat",
        "Oftel",
        "Ofsted",
        "Postcomm",
        "ORR",
        "Office of Rail Regulation",
        "FSA",
        "Financial Services Authority",
        "Food Standards Agency",
        "OFT",
        "Office of Fair Trading",
        "Competition Commission",
        "ASA",
        "Advertising Standards Authority",
        "PCC",
        "Press Complaints Commission",
        "CAA",
        "Civil Aviation Authority",
        "Pensions Regulator",
        "Information Commissioner",
        "SEC",
        "Securities and Exchange Commission",
        "FTC",
        "Federal Trade Commission",
        "FCC",
        "Federal Communications Commission",
        "FDA",
        "Food and Drug Administration",
        "BaFin",
    }
)
REGULATOR_NOUNS = frozenset({"regulator", "watchdog"})

# Who a person is, as the owner of their spokesman or lawyer ("the singer's spokeswoman", "the
# star's lawyer"): the person in view. Offices are not here: "the prime minister's spokesman"
# stays that description when no prime minister is named.
PERSON_OWNER_NOUNS = DESCRIPTIVE_PERSON_NOUNS | frozenset(
    {
        "singer",
        "actor",
        "actress",
        "star",
        "rapper",
        "presenter",
        "artist",
        "model",
        "player",
        "footballer",
        "celebrity",
        "comic",
        "writer",
    }
)

# Organisation nouns that, at the head of a claim text ("the party", "the paper", "the club"),
# do not stand for the company in view: the claim text keeps them as written
# (extract/claims/claim_text.py; public bodies and newspaper nouns are excluded as well).
NON_COMPANY_BODY_NOUNS = frozenset(
    {
        "magazine",
        "tabloid",
        "website",
        "outlet",
        "channel",
        "station",
        "broadcaster",
        "network",
        "party",
        "team",
        "club",
        "campaign",
        "body",
        "band",
        "union",
    }
)

# Predicate adjectives of a holder's feeling or resolve ("it was confident it could X", "it is
# pleased that Y"): only a party feels them, so an "it" they are said of is that party, never a
# dummy subject ("it is clear that Y"). "Certain" and "sure" are left out: "it is certain that
# Y" is a dummy's.
FEELING_ADJECTIVES = frozenset(
    {
        "confident",
        "optimistic",
        "hopeful",
        "pleased",
        "happy",
        "delighted",
        "disappointed",
        "satisfied",
        "determined",
        "keen",
        "proud",
        "glad",
        "sorry",
        "worried",
        "concerned",
        "committed",
        "aware",
    }
)
