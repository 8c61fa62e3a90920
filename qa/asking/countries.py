"""The names of the world's countries, as English text writes them: a phrase that is one names a country, never a
city ("In which city was the forum held?" is not answered by "China")."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

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
    "the two States"), so these are looked for as phrases (qa.answering.extract.Extractor.absent_names)."""
    return list(dict.fromkeys(found.group(1) for found in _LONG_NAMES.finditer(text)))


# Demonyms that no suffix rule (country_of) derives from their country's name.
_IRREGULAR = {"lao": "laos", "laotian": "laos", "french": "france", "british": "britain", "dutch": "netherlands",
              "thai": "thailand", "swiss": "switzerland", "greek": "greece", "filipino": "philippines",
              "spanish": "spain", "polish": "poland", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
              "turkish": "turkey", "irish": "ireland", "english": "england", "scottish": "scotland", "welsh": "wales",
              "norwegian": "norway", "peruvian": "peru", "argentine": "argentina", "burmese": "myanmar",
              "german": "germany", "portuguese": "portugal", "khmer": "cambodia",
              "viet": "vietnam", "sino": "china"}  # "Sino-" of "Sino-Vietnamese"
_SUFFIXES = ("n", "an", "ian", "ese", "i", "ite")
_AFTER_VOWEL = ("an", "ian", "ese", "ean")
_ONE_WORD = sorted((n for n in COUNTRIES if " " not in n and len(n) >= 4), key=len, reverse=True)


@lru_cache(maxsize=4096)
def country_of(word: str) -> str | None:
    """The country of one word that names it or its people, lower case: "vietnam" of "Vietnam", "Vietnamese"
    and "vietnamese"; "cambodia" of "Cambodian" and "Cambodians", "china" of "Chinese", "laos" of "Lao"; None
    for any other word ("Asian", "Indiana", "Children")."""
    word = word.lower()
    if word in COUNTRIES and " " not in word:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for country in _ONE_WORD:
        if word.startswith(country) and word[len(country):] in _SUFFIXES:
            return country
        if country[-1] in "aeoy" and word.startswith(country[:-1]) and word[len(country) - 1:] in _AFTER_VOWEL:
            return country
    return country_of(word[:-1]) if word.endswith("s") and len(word) > 4 else None  # "Laotians"


# One country's names: a text saying "the United States" names the country "American" asks of.
_SAME_COUNTRY = [group.split("; ") for group in """united states; united states of america; usa; america; u.s.; u.s.a.
united kingdom; uk; britain; great britain
netherlands; holland
myanmar; burma
laos; lao pdr
china; people's republic of china
russia; russian federation
czechia; czech republic
côte d'ivoire; ivory coast
turkey; türkiye
eswatini; swaziland
cabo verde; cape verde
timor-leste; east timor
north macedonia; macedonia
vietnam; viet nam
united arab emirates; uae""".splitlines()]
_NAMES_OF = {name: group for group in _SAME_COUNTRY for name in group}  # each name -> all of its country's


def same_country(a: str, b: str) -> bool:
    """Whether two names, or a name and a people's, are of one country: "American" and "the United States",
    "Khmer" and "Cambodia", "Burma" and "Myanmar"."""
    key_a, key_b = _country_key(a), _country_key(b)
    return key_a is not None and key_a == key_b


def _country_key(name: str) -> str | None:
    name = _ARTICLE.sub("", " ".join(name.lower().split()))
    country = name if name in _NAMES_OF else country_of(name) if " " not in name else None
    return _NAMES_OF.get(country, [country])[0] if country else None


def is_country_word(word: str) -> bool:
    """Whether a word is a country's one-word name or its people's: "Laos", "Lao", "Cambodian"."""
    return country_of(word) is not None


# Country names that name a state, a river, a person or a thing as often: "the Georgia dialect" may be a misspelt
# "Geordie", "Jordan" a player. A document that never mentions them is no sign it is about another country.
NOT_ONLY_COUNTRIES = frozenset({"georgia", "jordan", "chad", "turkey", "niger", "guinea", "congo"})


def mentions_country(text: str, word: str) -> bool:
    """Whether ``text`` names the country ``word`` names, by its name or its people's: a text saying "Lao
    leaders" mentions Laos, and one saying "Laos" mentions the Lao."""
    country = country_of(word) or word.lower()
    forms: set[str] = set()
    for name in _NAMES_OF.get(country, [country]):
        forms |= {name, *(name + end for end in _SUFFIXES), *(demonym for demonym, of in _IRREGULAR.items()
                                                               if of == name)}
        if name[-1] in "aeoy":
            forms |= {name[:-1] + end for end in _AFTER_VOWEL}
    return re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")s?(?!\w)",
                     text, re.I) is not None  # "Bolivians" of "Bolivian"


# Capitals, "capital: country": a question may name a country by its capital ("talks between Hanoi and Vientiane").
# Left out: capitals that are as often something else (Victoria, Washington, Kingston, Male, Santiago, Sofia, ...).
CAPITALS = {capital.strip().lower(): country.strip() for capital, country in (
    pair.split(":") for pair in """
Kabul: Afghanistan; Tirana: Albania; Algiers: Algeria; Andorra la Vella: Andorra; Luanda: Angola;
Saint John's: Antigua and Barbuda; Buenos Aires: Argentina; Yerevan: Armenia; Canberra: Australia; Vienna: Austria;
Baku: Azerbaijan; Nassau: Bahamas; Manama: Bahrain; Dhaka: Bangladesh; Bridgetown: Barbados; Minsk: Belarus;
Brussels: Belgium; Belmopan: Belize; Porto-Novo: Benin; Thimphu: Bhutan; La Paz: Bolivia;
Sarajevo: Bosnia and Herzegovina; Gaborone: Botswana; Brasilia: Brazil; Brasília: Brazil;
Bandar Seri Begawan: Brunei; Ouagadougou: Burkina Faso; Gitega: Burundi; Phnom Penh: Cambodia; Yaounde: Cameroon;
Yaoundé: Cameroon; Ottawa: Canada; Bangui: Central African Republic; N'Djamena: Chad; Beijing: China; Peking: China;
Bogota: Colombia; Bogotá: Colombia; Moroni: Comoros; Brazzaville: Congo; Kinshasa: Democratic Republic of the Congo;
San Jose: Costa Rica; San José: Costa Rica; Yamoussoukro: Ivory Coast; Zagreb: Croatia; Havana: Cuba;
Nicosia: Cyprus; Prague: Czechia; Copenhagen: Denmark; Roseau: Dominica; Santo Domingo: Dominican Republic;
Quito: Ecuador; Cairo: Egypt; San Salvador: El Salvador; Malabo: Equatorial Guinea; Asmara: Eritrea;
Tallinn: Estonia; Mbabane: Eswatini; Addis Ababa: Ethiopia; Suva: Fiji; Helsinki: Finland; Paris: France;
Libreville: Gabon; Banjul: Gambia; Tbilisi: Georgia; Berlin: Germany; Accra: Ghana; Athens: Greece;
Guatemala City: Guatemala; Conakry: Guinea; Bissau: Guinea-Bissau; Port-au-Prince: Haiti; Tegucigalpa: Honduras;
Budapest: Hungary; Reykjavik: Iceland; Reykjavík: Iceland; New Delhi: India; Jakarta: Indonesia; Tehran: Iran;
Baghdad: Iraq; Dublin: Ireland; Jerusalem: Israel; Rome: Italy; Tokyo: Japan; Amman: Jordan; Astana: Kazakhstan;
Nairobi: Kenya; Tarawa: Kiribati; Pyongyang: North Korea; Seoul: South Korea; Pristina: Kosovo; Kuwait City: Kuwait;
Bishkek: Kyrgyzstan; Vientiane: Laos; Riga: Latvia; Beirut: Lebanon; Maseru: Lesotho; Monrovia: Liberia;
Tripoli: Libya; Vaduz: Liechtenstein; Vilnius: Lithuania; Antananarivo: Madagascar; Lilongwe: Malawi;
Kuala Lumpur: Malaysia; Bamako: Mali; Valletta: Malta; Majuro: Marshall Islands; Nouakchott: Mauritania;
Port Louis: Mauritius; Mexico City: Mexico; Palikir: Micronesia; Chisinau: Moldova; Chișinău: Moldova;
Ulaanbaatar: Mongolia; Podgorica: Montenegro; Rabat: Morocco; Maputo: Mozambique; Naypyidaw: Myanmar;
Nay Pyi Taw: Myanmar; Windhoek: Namibia; Kathmandu: Nepal; Amsterdam: Netherlands; Wellington: New Zealand;
Managua: Nicaragua; Niamey: Niger; Abuja: Nigeria; Skopje: North Macedonia; Oslo: Norway; Muscat: Oman;
Islamabad: Pakistan; Ngerulmud: Palau; Ramallah: Palestine; Panama City: Panama; Port Moresby: Papua New Guinea;
Asuncion: Paraguay; Asunción: Paraguay; Lima: Peru; Manila: Philippines; Warsaw: Poland; Lisbon: Portugal;
Doha: Qatar; Bucharest: Romania; Moscow: Russia; Kigali: Rwanda; Basseterre: Saint Kitts and Nevis;
Castries: Saint Lucia; Apia: Samoa; Riyadh: Saudi Arabia; Dakar: Senegal; Belgrade: Serbia; Freetown: Sierra Leone;
Bratislava: Slovakia; Ljubljana: Slovenia; Honiara: Solomon Islands; Mogadishu: Somalia; Pretoria: South Africa;
Juba: South Sudan; Madrid: Spain; Colombo: Sri Lanka; Khartoum: Sudan; Paramaribo: Suriname; Stockholm: Sweden;
Bern: Switzerland; Damascus: Syria; Taipei: Taiwan; Dushanbe: Tajikistan; Dodoma: Tanzania; Bangkok: Thailand;
Dili: Timor-Leste; Lome: Togo; Lomé: Togo; Nuku'alofa: Tonga; Port of Spain: Trinidad and Tobago; Tunis: Tunisia;
Ankara: Turkey; Ashgabat: Turkmenistan; Funafuti: Tuvalu; Kampala: Uganda; Kyiv: Ukraine; Kiev: Ukraine;
Abu Dhabi: United Arab Emirates; London: United Kingdom; Montevideo: Uruguay; Tashkent: Uzbekistan;
Port Vila: Vanuatu; Caracas: Venezuela; Hanoi: Vietnam; Ha Noi: Vietnam; Sanaa: Yemen; Sana'a: Yemen; Lusaka: Zambia;
Harare: Zimbabwe""".split(";"))}
# a capital, also joined by a hyphen to another word: "Hanoi-Vientiane ties", "a Beijing-hosted forum"
_CAPITAL = re.compile(r"(?<!\w)(" + "|".join(re.escape(c) for c in sorted(CAPITALS, key=len, reverse=True))
                      + r")(?!\w)", re.I)


# a country told by its capital: "the nation whose capital is Phnom Penh", "the country with Vientiane as its capital"
_WHOSE_CAPITAL = re.compile(r"\bthe\s+(?:nation|country|state|kingdom)\s+(?:whose\s+capital\s+(?:city\s+)?is\s+"
                            r"|with\s+(?=\S+(?:\s+\S+)?\s+as\s+its\s+capital))" + _CAPITAL.pattern.replace("(?<!\\w)", "")
                            + r"(?:\s+as\s+its\s+capital)?", re.I)


def capitals_read_as_countries(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with each capital that no document mentions, but whose country some do, read as that country:
    "What do Hanoi and Vientiane trade?" -> "What do Vietnam and Laos trade?", and the (capital, country) pairs.
    Then the question names countries by their capitals, and one that documents do mention is read so too:
    "Hanoi and Phnom Penh" -> "Vietnam and Cambodia". A country told by its capital is read as its name, with no
    pair to note: "the nation whose capital is Phnom Penh" -> "Cambodia"."""
    for match in reversed(list(_WHOSE_CAPITAL.finditer(question))):  # "the nation whose capital is Phnom Penh": the
        country = CAPITALS[match.group(1).lower()]  # country it describes, which needs no note
        if mentioned(country):
            question = question[:match.start()] + country + question[match.end():]
    found = {m.group(1): CAPITALS[m.group(1).lower()] for m in _CAPITAL.finditer(question)}
    found = {capital: country for capital, country in found.items() if mentioned(country)}
    if all(mentioned(capital) for capital in found):
        return question, []
    for match in reversed(list(_CAPITAL.finditer(question))):
        if match.group(1) in found:
            question = question[:match.start()] + found[match.group(1)] + question[match.end():]
    return question, list(found.items())


# A country's formal name: "the Kingdom of Cambodia", "the Socialist Republic of Vietnam", "the Lao People's
# Democratic Republic" (a people's name and "Democratic Republic": "Dominican Republic" is no Dominica's).
_STYLE = (r"(?:(?:Socialist|Federal|Islamic|Democratic|People['’]s|Arab|Federative|Plurinational|Bolivarian|"
          r"Hashemite|Oriental)\s+)*(?:Kingdom|Republic|Sultanate|Principality|Grand\s+Duchy|Commonwealth|"
          r"Federation|Union|State|Emirate)")
_FORMAL = re.compile(rf"(?<![\w-])(?:the\s+)?{_STYLE}\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?![\w-])"
                     r"|(?<![\w-])(?:the\s+)?([A-Z][\w-]*)\s+(?:People['’]s\s+)?Democratic\s+Republic(?![\w-])")


# Other names of a country in use, and older ones, with their people's: "Lao PDR", "Kampuchea", "the Middle Kingdom"
OTHER_NAMES = {"lao pdr": "Laos", "kampuchea": "Cambodia", "kampuchean": "Cambodian", "kampucheans": "Cambodians",
               "middle kingdom": "China", "prc": "China", "srv": "Vietnam", "burma": "Myanmar", "siam": "Thailand",
               "ceylon": "Sri Lanka", "holland": "Netherlands"}
_OTHER_NAME = re.compile(r"(?<![\w-])(?:the\s+)?(" + "|".join(re.escape(n) for n in sorted(OTHER_NAMES, key=len,
                                                                                       reverse=True)) + r")(?![\w-])",
                         re.I)


def formal_names_as_written(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with each formal name of a country that no document writes, when some write the country's
    short name, read as that name: "between Vietnam and the Kingdom of Cambodia" -> "between Vietnam and
    Cambodia"; and the (formal, short) pairs. Without this, "Kingdom" would be a name no document mentions.
    Another name in use is read so too (OTHER_NAMES: "Lao PDR" as "Laos", "Kampuchean" as "Cambodian")."""
    other = []
    for match in reversed(list(_OTHER_NAME.finditer(question))):
        name, country = match.group(1), OTHER_NAMES[match.group(1).lower()]
        if match.group(0)[0].isupper() or name[0].isupper():  # a name, not "holland" of a recipe
            said = match.group(0) if name.lower() == "middle kingdom" else name
            start = match.end() - len(said)
            if not mentioned(said) and mentioned(country):
                question = question[:start] + country + question[match.end():]
                other.append((said, country))
    read = []
    for match in reversed(list(_FORMAL.finditer(question))):
        if match.group(1):  # "Kingdom of Cambodia": the country's name of one or two words after "of"
            words = match.group(1).split()
            country = next((" ".join(words[:n]) for n in (2, 1) if len(words) >= n
                            and " ".join(words[:n]).lower() in COUNTRIES), None)
        else:  # "Lao People's Democratic Republic": the country of the people's name
            of = country_of(match.group(2))
            country = of.title() if of and of in COUNTRIES else None
        if country is None:
            continue
        end = match.start(1) + len(country) if match.group(1) else match.end()
        formal = _ARTICLE.sub("", question[match.start():end])
        if mentioned(formal) or not mentioned(country):
            continue
        question = question[:match.start()] + country + question[end:]
        read.append((formal, country))
    question, peoples = _peoples_as_written(question, mentioned)
    return question, other[::-1] + read[::-1] + peoples


def _peoples_as_written(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with each word for a country's people that no document writes ("Laotian", "Khmer", "Viet",
    "Sino-" of "Sino-Vietnamese") read as the one the documents write ("Lao", "Cambodian", "Vietnamese",
    "Chinese"), and the (typed, read) pairs. Left as typed, "Sino" was a name no document mentions, and "Laotian
    newspaper" not the "Lao" one."""
    read = []
    for match in reversed(list(re.finditer(r"(?<![\w'’])[A-Za-z]+(?![\w'’])", question))):
        typed, country = match.group(0), country_of(match.group(0))
        if typed.islower() and typed[:-1] in COUNTRIES - NOT_ONLY_COUNTRIES and typed.endswith("s") \
                and not mentioned(typed):
            question = question[:match.end() - 1] + "'s" + question[match.end():]  # "vietnams" for "Vietnam's"
            read.append((typed, typed[:-1] + "'s"))
            continue
        if country is None or typed.lower() in COUNTRIES or mentioned(typed):
            continue
        written = next((form for form in _peoples_words(country) if mentioned(form)), None)
        if written is None:
            continue
        written = written if typed[:1].isupper() else written.lower()
        question = question[:match.start()] + written + question[match.end():]
        read.append((typed, written))
    return question, read[::-1]


def _peoples_words(country: str) -> list[str]:
    """The words a country's people may be called by, capitalized: "Lao", "Laotian" of "laos"."""
    forms = [demonym for demonym, of in _IRREGULAR.items() if of == country]
    forms += [country + end for end in _SUFFIXES]
    forms += [country[:-1] + end for end in _AFTER_VOWEL] if country[-1] in "aeoy" else []
    return [form[:1].upper() + form[1:] for form in forms]


def capitals_note(read: list[tuple[str, str]]) -> str:
    """'Read "Hanoi" as Vietnam and "Phnom Penh" as Cambodia, the countries whose capitals they are.'"""
    pairs = [f'"{capital}" as {country}' for capital, country in read]
    listed = pairs[0] if len(pairs) == 1 else f"{', '.join(pairs[:-1])} and {pairs[-1]}"
    whose = "country whose capital it is" if len(pairs) == 1 else "countries whose capitals they are"
    return f"Read {listed}, the {whose}."


_CAPITALIZED_WORD = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalized word, which may name a country


def country_counts(document: str) -> Counter:
    """How often ``document`` names each country, by its name or its people's: {"vietnam": 32, "laos": 19}."""
    counts = Counter(country_of(w) for w in _CAPITALIZED_WORD.findall(document))
    counts.pop(None, None)
    return counts


# Letters a country's or capital's name may be heard with at its start: "Kambodia" is Cambodia
_SOUNDS_LIKE = {"k": "c", "c": "k", "f": "p", "p": "f"}
_NAME_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}(?![\w-])")


@lru_cache(maxsize=None)
def _place_names() -> dict[tuple[str, int], tuple[str, ...]]:
    """The countries' and capitals' names of 5 letters or more, lower case, by first letter and length."""
    groups: dict[tuple[str, int], list[str]] = {}
    for name in sorted(COUNTRIES | set(CAPITALS)):
        if len(name) >= 5:
            groups.setdefault((name[0], len(name)), []).append(name)
    return {key: tuple(names) for key, names in groups.items()}


def _nearest_place(typed: str) -> str | None:
    """The one country's or capital's name (lower case) one letter from ``typed``, two from one of 8 letters or
    more, its first letter as typed or heard alike; None if none or more than one is."""
    from rapidfuzz.distance import DamerauLevenshtein

    low = typed.lower()
    edits = 1 if len(low) < 8 else 2
    near = {name for first in low[0] + _SOUNDS_LIKE.get(low[0], "")
            for length in range(len(low) - edits, len(low) + edits + 1)
            for name in _place_names().get((first, length), ())
            if DamerauLevenshtein.distance(low, name, score_cutoff=edits) <= edits}
    return near.pop() if len(near) == 1 else None


def place_names_respelt(question: str, mentioned: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with a capitalized name of one or two words that no document mentions and that is no country or
    capital, but one letter from one (two from one of 8 letters or more), written as that name, and the (typed,
    meant) pairs: "Kambodia" -> "Cambodia", "Vientianne" -> "Vientiane", "Pnom Penh" -> "Phnom Penh". A name as near
    two names is left as typed."""
    from .spelling import english

    words = list(_NAME_WORD.finditer(question))
    fixes, spans, i = [], [], 0
    while i < len(words):
        pair = i + 1 < len(words) and re.fullmatch(r"\s+", question[words[i].end():words[i + 1].start()])
        for last in ([i + 1] if pair else []) + [i]:
            typed = question[words[i].start():words[last].end()]
            low = typed.lower()
            if mentioned(typed) or low in COUNTRIES or low in CAPITALS or country_of(low) or len(low) < 5 \
                    or any(w in english() for w in low.split()):  # "Susan" is no Sudan
                continue
            meant = _nearest_place(typed)
            if meant:
                fixes.append((typed, " ".join(w[:1].upper() + w[1:] for w in meant.split())))
                spans.append((words[i].start(), words[last].end()))
                i = last
                break
        i += 1
    for (start, end), (_, meant) in reversed(list(zip(spans, fixes))):
        question = question[:start] + meant + question[end:]
    return question, fixes
