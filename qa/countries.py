"""The names of the world's countries, as English text writes them: a phrase that is one names a country, never a
city ("In which city was the forum held?" is not answered by "China")."""
from __future__ import annotations

import re

# The UN member and observer states and a few more, by their short English names and the other names in common use.
COUNTRIES = frozenset(name.strip().lower() for name in """
Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia; Australia; Austria; Azerbaijan;
Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia; Bosnia and Herzegovina;
Botswana; Brazil; Brunei; Bulgaria; Burkina Faso; Burundi; Cabo Verde; Cape Verde; Cambodia; Cameroon; Canada;
Central African Republic; Chad; Chile; China; People's Republic of China; Colombia; Comoros; Congo;
Democratic Republic of the Congo; Costa Rica; Côte d'Ivoire; Ivory Coast; Croatia; Cuba; Cyprus; Czechia;
Czech Republic; Denmark; Djibouti; Dominica; Dominican Republic; Ecuador; Egypt; El Salvador; Equatorial Guinea;
Eritrea; Estonia; Eswatini; Swaziland; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia; Germany; Ghana;
Greece; Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia;
Iran; Iraq; Ireland; Israel; Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati; North Korea; South Korea;
Korea; Kosovo; Kuwait; Kyrgyzstan; Laos; Lao PDR; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein;
Lithuania; Luxembourg; Madagascar; Malawi; Malaysia; Maldives; Mali; Malta; Marshall Islands; Mauritania;
Mauritius; Mexico; Micronesia; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia;
Nauru; Nepal; Netherlands; Holland; New Zealand; Nicaragua; Niger; Nigeria; North Macedonia; Macedonia; Norway;
Oman; Pakistan; Palau; Palestine; Panama; Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar;
Romania; Russia; Russian Federation; Rwanda; Saint Kitts and Nevis; Saint Lucia; Saint Vincent and the Grenadines;
Samoa; San Marino; São Tomé and Príncipe; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore;
Slovakia; Slovenia; Solomon Islands; Somalia; South Africa; South Sudan; Spain; Sri Lanka; Sudan; Suriname; Sweden;
Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Timor-Leste; East Timor; Togo; Tonga;
Trinidad and Tobago; Tunisia; Turkey; Türkiye; Turkmenistan; Tuvalu; Uganda; Ukraine; United Arab Emirates; UAE;
United Kingdom; UK; Britain; Great Britain; England; Scotland; Wales; Northern Ireland; United States;
United States of America; USA; America; Uruguay; Uzbekistan; Vanuatu; Vatican City; Venezuela; Vietnam; Viet Nam;
Yemen; Zambia; Zimbabwe""".split(";"))
# Countries whose name is also their capital's: "Singapore" can answer "In which city ...?".
CITY_STATES = frozenset(name.strip().lower() for name in """Singapore; Monaco; Luxembourg; Kuwait; Djibouti; Panama;
Guatemala; Mexico; Andorra; Vatican City; San Marino""".split(";"))
_ARTICLE = re.compile(r"^the\s+", re.I)
# what joins the names of a list of countries: "Vietnam, Laos and Cambodia", "Vietnam - Laos - Cambodia"
COUNTRY_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+[-–&]\s+")


def only_a_country(phrase: str) -> bool:
    """Whether ``phrase`` is a country's name and nothing else, and no city's, or countries' names joined:
    "China", "the United Kingdom", "Lao PDR", "Vietnam - Laos - Cambodia"; not "Singapore" or "Panama"."""
    names = COUNTRY_LIST.split(" ".join(phrase.split()).strip(" .,;:'’\"“”()"))
    return all(_ARTICLE.sub("", name).lower() in COUNTRIES - CITY_STATES for name in names)


# the countries whose names are more than one word, longest first: "United States of America" before "United States"
_LONG_NAMES = re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in sorted(
    (n for n in COUNTRIES if " " in n), key=len, reverse=True)) + r")(?![\w-])", re.I)


def long_country_names(text: str) -> list[str]:
    """The countries of more than one word that ``text`` names, as written: ["United States"] of "What share did
    the United States account for?". A document may hold each word and never the name ("the United Nations",
    "the two States"), so these are looked for as phrases (qa.extract.Extractor.absent_names)."""
    return list(dict.fromkeys(found.group(1) for found in _LONG_NAMES.finditer(text)))



# Demonyms that no suffix rule (country_of) derives from their country's name.
_IRREGULAR = {"lao": "laos", "laotian": "laos", "french": "france", "british": "britain", "dutch": "netherlands",
              "thai": "thailand", "swiss": "switzerland", "greek": "greece", "filipino": "philippines",
              "spanish": "spain", "polish": "poland", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
              "turkish": "turkey", "irish": "ireland", "english": "england", "scottish": "scotland", "welsh": "wales",
              "norwegian": "norway", "peruvian": "peru", "argentine": "argentina", "burmese": "myanmar",
              "german": "germany", "portuguese": "portugal"}
_SUFFIXES = ("n", "an", "ian", "ese", "i", "ite")
_AFTER_VOWEL = ("an", "ian", "ese", "ean")


def country_of(demonym: str) -> str | None:
    """The country a demonym names, lower case: "vietnam" of "Vietnamese", "cambodia" of "Cambodian", "china" of
    "Chinese", "laos" of "Lao"; None for a word that is none ("Vietnam" itself, "Asian")."""
    word = demonym.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for country in _ONE_WORD:
        if word.startswith(country) and word[len(country):] in _SUFFIXES:
            return country
        if country[-1] in "aeoy" and word.startswith(country[:-1]) and word[len(country) - 1:] in _AFTER_VOWEL:
            return country
    return None


_ONE_WORD = sorted((n for n in COUNTRIES if " " not in n and len(n) >= 4), key=len, reverse=True)


def is_country_word(word: str) -> bool:
    """Whether a word is a country's one-word name or its people's: "Laos", "Lao", "Cambodian"."""
    return word.lower() in COUNTRIES or country_of(word) is not None


# Country names that name a state, a river, a person or a thing as often: "the Georgia dialect" may be a misspelt
# "Geordie", "Jordan" a player. A document that never mentions them is no sign it is about another country.
NOT_ONLY_COUNTRIES = frozenset({"georgia", "jordan", "chad", "turkey", "niger", "guinea", "congo"})


def mentions_country(text: str, word: str) -> bool:
    """Whether ``text`` names the country ``word`` names, by its name or its people's: a text saying "Lao
    leaders" mentions Laos, and one saying "Laos" mentions the Lao."""
    country = country_of(word) or word.lower()
    forms = {country, *(country + end for end in _SUFFIXES), *(demonym for demonym, of in _IRREGULAR.items()
                                                              if of == country)}
    if country[-1] in "aeoy":
        forms |= {country[:-1] + end for end in _AFTER_VOWEL}
    return re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)",
                     text, re.I) is not None
