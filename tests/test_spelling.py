"""Misspelt question words are read as the words the documents use, and say so; a name no document mentions
makes qa abstain, naming it."""
import pytest

from qa.app.render import answer_messages
from qa.asking.spelling import Speller, cased, read_as_note, respell

TEXTS = ["The ctenophore Pleurobrachia feeds on plankton.", "Ctenophores are also called comb jellies.",
         "The general assembly met in Geneva; in general, it meets yearly."]
KNOWN = {w.lower().strip(".;,") for t in TEXTS for w in t.split()} | {"how", "many", "what", "the", "of", "a", "do"}


def _respell(question):
    return respell(question, lambda w: w in KNOWN, Speller(lambda: TEXTS))


def test_a_misspelt_word_is_read_as_the_document_word_one_edit_away():
    assert _respell("What does the ctenohore eat?") == ("What does the ctenophore eat?", [("ctenohore", "ctenophore")])
    # a capital stays; from 8 letters on, two edits are allowed
    assert _respell("Where does Pleurbrachai live?")[1] == [("Pleurbrachai", "Pleurobrachia")]
    assert _respell("Where does Pleurbrachia live?") == ("Where does Pleurobrachia live?",
                                                         [("Pleurbrachia", "Pleurobrachia")])
    assert _respell("WHAT DOES THE CTENOHORE EAT?")[0] == "WHAT DOES THE CTENOPHORE EAT?"


def test_a_misspelt_word_of_the_question_itself_is_read_as_meant():
    # the words that ask ("what", "should") are seldom in the documents
    question, read = _respell("waht should the ctenophore eat, and hwo shoud it?")
    assert question == "what should the ctenophore eat, and how should it?"
    assert read == [("waht", "what"), ("hwo", "how"), ("shoud", "should")]


def test_words_typed_together_are_read_apart_when_each_is_a_document_word():
    assert _respell("What does the CombJellies plankton eat?") == ("What does the Comb Jellies plankton eat?",
                                                                   [("CombJellies", "Comb Jellies")])
    assert _respell("What does the CombXqzpy eat?")[1] != [("CombXqzpy", "Comb Xqzpy")]  # not a document word


def test_words_that_are_no_typo_are_left_as_they_are():
    for question in ("What is a trait?",  # an English word (the encoder's vocabulary), although no text uses it
                     "What does the geneva say?",  # known (case aside)
                     "Who is in Genf?",  # under 5 letters
                     "What is X-1beta?",  # digits
                     "Who won in Eeneva?",  # a typo seldom changes the first letter
                     "What is a ctenxxxore?"):  # three edits from any word
        assert _respell(question)[1] == [], question


def test_the_most_frequent_word_wins_a_tie():
    assert _respell("What is generel?")[1] == [("generel", "general")]


def test_two_letters_swapped_win_a_tie_and_are_mended_in_short_words_too():
    texts = ["It cost one cent, one cent, one cent.", "CSNET linked the departments.", "RVPs are viral proteins."]
    known = {"what", "is", "are"}

    def read(question):
        return respell(question, lambda w: w in known, Speller(lambda: texts))[1]

    assert read("What is CSENT?") == [("CSENT", "CSNET")]  # "cent" is one edit away too, and more frequent
    assert read("What are RPVs?") == [("RPVs", "RVPs")]  # 4 letters: a swap only
    assert read("What are RVPz?") == []  # 4 letters, one letter changed: left alone


def test_a_question_typed_without_telling_capitals_is_written_as_the_documents_write_it():
    speller = Speller(lambda: TEXTS + ["NATO met in Geneva. NATO said so."])
    assert cased("where did nato meet in geneva?", speller) == "where did NATO meet in Geneva?"
    assert cased("WHAT DOES PLEUROBRACHIA FEED ON?", speller) == "what does Pleurobrachia feed on?"
    assert cased("Where Did Nato Meet In Geneva?", speller) == "where did NATO meet in Geneva?"
    assert cased("WHO DIDN'T MEET IN GENEVA'S HALL?", speller) == "who didn't meet in Geneva's hall?"
    # a question with telling capitals is left as typed, "general" (mostly in lower case) too
    assert cased("Where did nato meet in Geneva?", speller) == "Where did nato meet in Geneva?"
    assert cased("what is general?", speller) == "what is general?"


def test_a_word_typed_in_capitals_is_read_as_the_documents_write_it():
    speller = Speller(lambda: TEXTS + ["NATO met in Geneva. NATO said so."])
    assert cased("Where did NATO MEET in GENEVA?", speller) == "Where did NATO meet in Geneva?"
    assert cased("What does Pleurobrachia feed on NOW?", speller) == "What does Pleurobrachia feed on now?"
    # an acronym no document holds stays as typed, for qa.asking.acronyms and the note that names it
    assert cased("Where did the LPRP meet?", speller) == "Where did the LPRP meet?"
    assert cased("where did nato meet BEFORE?", speller) == "where did NATO meet before?"
    # its long words all names and titles, but "was" in lower case: written with care, not in title case
    assert cased("Who was Geneva's Secretary of Foreign Affairs in 2024?", speller) \
        == "Who was Geneva's Secretary of Foreign Affairs in 2024?"
    assert cased("Where Did Nato Meet in Geneva?", speller) == "where did NATO meet in Geneva?"  # minor words small
    # in lower case but for an acronym: the acronym stays as typed, the rest is written as the documents write it
    assert cased("where did NATO meet in geneva?", speller) == "where did NATO meet in Geneva?"
    assert cased("how do I get to geneva?", speller) == "how do I get to Geneva?"
    assert cased("Where did NATO meet in geneva?", speller) == "Where did NATO meet in geneva?"  # a capital: care


def test_a_lower_case_question_gets_back_the_capitals_of_a_name_of_several_words():
    texts = ["The Minister of Foreign Affairs Bui Thanh Son spoke.", "Their foreign affairs grew.",
             "They discussed foreign affairs."]
    speller = Speller(lambda: texts)
    # "foreign" and "affairs" are mostly written in lower case, the office they name with capitals
    assert cased("who is the minister of foreign affairs?", speller) == "who is the Minister of Foreign Affairs?"
    assert cased("what are foreign affairs?", speller) == "what are foreign affairs?"
    assert cased("who is the minister of trade?", speller) == "who is the Minister of trade?"  # word by word


def test_a_lower_case_question_tells_the_acronym_it_asks_about(seed_qa):
    answer = seed_qa.answer("what is fdi?")
    assert answer.question == "what is FDI?" and answer.span == "foreign direct investment"


def test_the_note_names_every_word_read_otherwise():
    assert read_as_note([("studnets", "students")]) == 'Read "studnets" as "students": a word the documents use.'
    assert read_as_note([("a1", "b1"), ("a2", "b2"), ("a3", "b3")]) == (
        'Read "a1" as "b1", "a2" as "b2" and "a3" as "b3": words the documents use.')


def test_a_misspelt_question_is_answered_and_says_how_it_was_read(seed_qa):
    answer = seed_qa.answer("How many Lao studnets are studying in Vietnma?")
    assert answer.found and answer.span == "over 14,000"
    assert answer.question == "How many Lao students are studying in Vietnam?"
    assert '"studnets" as "students"' in answer.reason and '"Vietnma" as "Vietnam"' in answer.reason
    shown = answer_messages(answer)[0]
    assert "ℹ️ Read " in shown and "⚠️" not in shown  # information, not a warning


def test_a_name_within_quotes_is_not_read_as_another(seed_qa):
    # "Truong" is one edit from "Thuong" (Vo Van Thuong), but a quote is quoted as written: no document says it
    answer = seed_qa.answer('Who described Vietnam-Laos ties as "as solid as the Truong Son range"?')
    assert not answer.found and "Truong" in answer.reason and "Thuong" not in answer.question
    assert seed_qa.answer("Who is Vo Van Truong?").question == "Who is Vo Van Thuong?"  # unquoted, it is read so


def test_misspelt_earlier_questions_are_mended_too(seed_qa):
    answer = seed_qa.answer("What is their total capital?",
                            history=["How many investment projects does Vietnam have in Cambodai?"])
    assert answer.found and answer.span == "$2.94 billion"


def test_a_question_about_something_no_document_names_is_not_answered(seed_qa):
    # Every other word matches the passage about Cambodia's 205 projects; Thailand is in no document.
    for question, history in (("How many investment projects does Vietnam have in Thailand?", None),
                              ("And in Thailand?", ["How many investment projects does Vietnam have in Cambodia?",
                                                    "And in Laos?"])):
        answer = seed_qa.answer(question, history=history)
        assert not answer.found, (question, answer.text)
        assert answer.reason == "No document mentions Thailand."
    assert seed_qa.answer("How many investment projects does Vietnam have in Laos?").found
    # words no document uses that name nothing (a polite tail) do not stop an answer
    assert seed_qa.answer("How many Lao students are studying in Vietnam? Please answer carefully.").span == "over 14,000"


def test_the_words_are_gathered_once_even_when_asked_for_at_the_same_time():
    import threading
    import time

    calls = []

    def texts():  # slow, so that every thread asks while the first is still gathering
        calls.append(1)
        time.sleep(0.05)
        return TEXTS

    speller = Speller(texts)
    threads = [threading.Thread(target=speller.warm_up) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and speller.correct("ctenohore") == "ctenophore"


def test_a_question_word_that_begins_a_document_word_is_not_counted_missing(seed_qa):
    # "chairs" is no document's word, "Chairman" is: the question is about the documents, not outside them
    extractor = seed_qa.extractor
    assert not extractor.knows("chairs") and extractor.has_term_like("chair")
    assert not extractor.has_term_like("footbal")  # no document word begins so
    answer = seed_qa.answer("Who chairs the Laos - Vietnam Cooperation Committee?")
    assert answer.found and "Khamjane Vongphosy" in answer.span


def test_a_year_no_document_gives_is_not_answered_unless_another_year_asked_is_there(seed_qa):
    answer = seed_qa.answer("How many Lao students were studying in Vietnam in 1850?")
    assert not answer.found and answer.reason == "No document mentions 1850."
    assert seed_qa.extractor.absent_names("What was signed between 1977 and 1978?") == []  # "1977" is there


def test_a_name_whose_start_a_document_holds_is_mentioned(seed_qa):
    # "Paxaxon" is a seed word, "Paxaxonese" is not; "Chinaware" begins with "China", but too short a start
    assert seed_qa.extractor.absent_names("How many Paxaxonese readers does the Chinaware paper have?") == \
        ["Chinaware"]
    # a short demonym is mentioned where its place is: the seeds say "Asia", never "Asian" or "Korea"
    assert seed_qa.extractor.absent_names("Which Southeast Asian partner did the Korean delegation meet?") == \
        ["Korean"]


def test_a_countrys_formal_name_no_document_writes_is_read_as_its_name_and_said_so(seed_qa):
    from qa.asking.countries import formal_names_as_written

    mentioned = {"vietnam", "laos", "cambodia", "china"}.__contains__
    assert formal_names_as_written("When did Vietnam and the Kingdom of Cambodia sign it?",
                                   lambda n: mentioned(n.lower())) \
        == ("When did Vietnam and Cambodia sign it?", [("Kingdom of Cambodia", "Cambodia")])
    assert formal_names_as_written("Did the Lao People's Democratic Republic and the Socialist Republic of Vietnam "
                                   "meet?", lambda n: mentioned(n.lower()))[0] == "Did Laos and Vietnam meet?"
    # a country no document mentions, a country's name that is its style, a style the documents write: as typed
    for typed in ("Who rules the Kingdom of Thailand?", "Did the Dominican Republic sign?"):
        assert formal_names_as_written(typed, lambda n: mentioned(n.lower())) == (typed, [])
    assert formal_names_as_written("the Kingdom of Cambodia", lambda n: True)[1] == []
    answer = seed_qa.answer("In what year was the economic and trade pact between Vietnam and the Kingdom of "
                            "Cambodia put into writing?")
    assert answer.found and answer.span == "1998"  # not "No document mentions Kingdom."
    assert 'Read "Kingdom of Cambodia" as "Cambodia"' in answer.reason
    # another name in use, or an older one, with its people's
    assert formal_names_as_written("Did Vietnam and Lao PDR meet in Kampuchea, with the Middle Kingdom?",
                                   lambda n: mentioned(n.lower())) == (
        "Did Vietnam and Laos meet in Cambodia, with China?",
        [("Lao PDR", "Laos"), ("Kampuchea", "Cambodia"), ("the Middle Kingdom", "China")])
    assert formal_names_as_written("Who led the Kampuchean government?", lambda n: n.lower() in {"cambodian"})[0] \
        == "Who led the Cambodian government?"
    assert formal_names_as_written("Is holland sauce good?", lambda n: n.lower() == "netherlands")[1] == []  # no name


def test_a_word_for_a_countrys_people_no_document_writes_is_read_as_the_one_they_write(seed_qa):
    from qa.asking.countries import formal_names_as_written

    written = {"lao", "cambodian", "vietnamese", "chinese", "laos", "vietnam"}
    mentioned = lambda n: n.lower() in written  # noqa: E731
    assert formal_names_as_written("Which Laotian paper covered Sino-Vietnamese trade?", mentioned) == (
        "Which Lao paper covered Chinese-Vietnamese trade?", [("Laotian", "Lao"), ("Sino", "Chinese")])
    assert formal_names_as_written("the viet nation and the khmer kingdom", mentioned)[0] \
        == "the vietnamese nation and the cambodian kingdom"
    # the documents' own word, a country's name, and a people no document writes of: as typed
    # a country's name and an "s", typed for its possessive: "Cambodia's", no people's word
    assert formal_names_as_written("where does vietnam place among cambodias partners", mentioned) == (
        "where does vietnam place among cambodia's partners", [("cambodias", "cambodia's")])
    for typed in ("Which Lao paper?", "Is Laos landlocked?", "Did the Thai side sign?"):
        assert formal_names_as_written(typed, mentioned) == (typed, [])
    answer = seed_qa.answer("What share of Vietnam's total import-export turnover did Sino-Vietnamese trade account "
                            "for by the end of September 2023?")
    assert answer.found and answer.span.startswith("24.6"), (answer.span, answer.reason)
    assert 'Read "Sino" as "Chinese"' in answer.reason


def test_a_capital_no_document_mentions_is_read_as_its_country_and_said_so(seed_qa):
    from qa.asking.countries import capitals_note, capitals_read_as_countries

    mentioned = {"vietnam", "laos", "cambodia", "phnom penh"}.__contains__
    assert capitals_read_as_countries("What do Hanoi and Vientiane trade?", lambda n: mentioned(n.lower())) \
        == ("What do Vietnam and Laos trade?", [("Hanoi", "Vietnam"), ("Vientiane", "Laos")])
    # one capital no document mentions: the question names countries by their capitals, all are read so
    assert capitals_read_as_countries("Hanoi and Phnom Penh's pact?", lambda n: mentioned(n.lower()))[0] \
        == "Vietnam and Cambodia's pact?"
    # joined by a hyphen to another capital or word
    assert capitals_read_as_countries("How old is the Hanoi-Vientiane bond?", lambda n: mentioned(n.lower()))[0] \
        == "How old is the Vietnam-Laos bond?"
    assert capitals_read_as_countries("Which Hanoi-based firm?", lambda n: mentioned(n.lower()))[0] \
        == "Which Vietnam-based firm?"
    # a capital the documents mention is the city; a country no document mentions is no reading of it
    assert capitals_read_as_countries("What is the population of Phnom Penh?", lambda n: mentioned(n.lower()))[1] == []
    assert capitals_read_as_countries("Who lives in Bangkok?", lambda n: mentioned(n.lower()))[1] == []
    assert capitals_note([("Hanoi", "Vietnam")]) == 'Read "Hanoi" as Vietnam, the country whose capital it is.'
    assert capitals_read_as_countries("By when does the nation whose capital is Phnom Penh aim to develop?",
                                      lambda n: mentioned(n.lower())) == ("By when does Cambodia aim to develop?", [])
    assert capitals_read_as_countries("What does the country with Vientiane as its capital sell?",
                                      lambda n: mentioned(n.lower()))[0] == "What does Laos sell?"
    answer = seed_qa.answer("What year did Hanoi and Phnom Penh ink their economic and trade pact?")
    assert answer.found and answer.span == "1998"
    assert 'Read "Hanoi" as Vietnam and "Phnom Penh" as Cambodia' in answer.reason
    # a country's people are no name no document mentions when the country is mentioned: "Laotians" of "Laos"
    answer = seed_qa.answer("How many young Laotians are currently enrolled at schools and universities in Vietnam?")
    assert answer.found and "14,000" in answer.span


def test_a_country_or_capital_spelt_one_letter_off_is_read_as_it():
    from qa.asking.countries import place_names_respelt

    mentioned = {"vietnam", "cambodia", "hanoi", "phnom penh"}.__contains__
    assert place_names_respelt("Trade between Vietnam and Kambodia?", lambda w: mentioned(w.lower())) == (
        "Trade between Vietnam and Cambodia?", [("Kambodia", "Cambodia")])
    assert place_names_respelt("Did Hanoi and Pnom Penh sign it?", lambda w: mentioned(w.lower())) == (
        "Did Hanoi and Phnom Penh sign it?", [("Pnom Penh", "Phnom Penh")])
    assert place_names_respelt("Is Vientianne far?", lambda w: mentioned(w.lower()))[0] == "Is Vientiane far?"
    # a word of English, a name no country is near, and one as near two are left
    for typed in ("Did Susan sign it?", "Who is Hun Manett?", "Is Nigera big?"):  # Niger or Nigeria?
        assert place_names_respelt(typed, lambda w: mentioned(w.lower())) == (typed, [])


def test_a_misspelt_country_is_answered_on_the_seeds(seed_qa):
    answer = seed_qa.answer("What was the bilateral trade turnover between Vietnam and Kambodia in 2022?")
    assert answer.found and answer.span == "US$10.57 billion"
    assert 'Read "Kambodia" as "Cambodia"' in answer.reason


def test_accents_no_document_writes_go():
    from qa.asking.spelling import unaccented

    mentioned = {"bui", "son", "vietnam", "thanh"}.__contains__
    assert unaccented("Who is Bùi Thanh Sơn?", lambda w: mentioned(w.lower())) == (
        "Who is Bui Thanh Son?", [("Bùi", "Bui"), ("Sơn", "Son")])
    assert unaccented("Students in Việt Nam?", lambda w: mentioned(w.lower())) == (
        "Students in Vietnam?", [("Việt Nam", "Vietnam")])
    assert unaccented("Trade of Hà Nội?", lambda w: mentioned(w.lower()))[0] == "Trade of Hanoi?"  # a capital
    assert unaccented("Is Zürich far?", lambda w: mentioned(w.lower())) == ("Is Zürich far?", [])  # no document's
    assert unaccented("Who is Bùi?", lambda w: w in ("Bùi", "Bui")) == ("Who is Bùi?", [])  # written with them


def test_a_name_with_accents_is_answered_on_the_seeds(seed_qa):
    answer = seed_qa.answer("How many Lao students study in Việt Nam?")
    assert answer.found and answer.span == "over 14,000" and 'Read "Việt Nam" as "Vietnam"' in answer.reason


def test_a_name_misspelt_by_ear_is_read_as_the_documents_name(seed_qa):
    answer = seed_qa.answer("Which Cambodian minister did premier Pham Min Chin recieve on June 10, 2024?")
    assert answer.found and answer.span == "Hout Hak"
    assert '"Pham Min Chin" as "Pham Minh Chinh"' in answer.reason
    from qa.asking.spelling import Speller

    speller = Speller(lambda: ["Prime Minister Pham Minh Chinh met Hun Manet and Hun Sen."])
    assert speller.name_like("Pham Min Chin") == "Pham Minh Chinh"
    assert speller.name_like("Hun Sem") == "Hun Sen"  # not Hun Manet, more than a letter off
    assert speller.name_like("Pho Min Chin") is None  # no word as written


def test_a_four_letter_word_with_a_letter_dropped_is_read_when_one_word_fits(seed_qa):
    from qa.asking.spelling import Speller

    speller = Speller(lambda: ["The President will visit Laos and the vista of the river."])
    assert speller.correct("vist") is None  # "visit" or "vista": two words fit
    assert Speller(lambda: ["The President will visit Laos."]).correct("vist") == "visit"
    assert Speller(lambda: ["The President will visit Laos."]).correct("vast") is None  # another letter, not one more
    follow = seed_qa.answer("when did he vist Vietnam?", history=["Who is the new Prime Minister of Cambodia?"])
    assert follow.found and follow.span == "December 2023"


def test_a_word_the_documents_write_a_longer_form_of_is_no_typo():
    texts = ["The symptoms of inflammation are redness and heat.", "The tyre was inflated.", "A president spoke."]
    speller = Speller(lambda: texts)
    assert speller.correct("inflamed") is None  # "inflammation", not "inflated"
    assert speller.correct("presiden") == "president"  # one letter short: a typo
    assert speller.correct("inflatted") == "inflated"
    assert speller.correct("inflamation") == "inflammation"  # a typo of the longer form itself


def test_a_misspelt_name_with_digits_is_read_as_the_one_with_the_same_digits():
    texts = ["The CEACAM1 protein has four domains.", "H7N9 and H1N1 are influenza viruses; IFITM3 restricts them."]
    known = {"what", "is", "the", "does", "do", "protein"}

    def read(question):
        return respell(question, lambda w: w in known, Speller(lambda: texts))[1]

    assert read("What is the CEAMCAM1 protein?") == [("CEAMCAM1", "CEACAM1")]  # a letter too many
    assert read("What does IFITN3 do?") == [("IFITN3", "IFITM3")]  # a letter off
    assert read("What does IFITM33 do?") == []  # other digits: another name, or none the documents write
    assert read("What is H7N1?") == []  # under 5 characters, where a digit changed is another virus


@pytest.mark.parametrize("typed, meant", [
    ("jewelry", "jewellery"), ("color", "colour"), ("center", "centre"), ("organization", "organisation"),
    ("hemorrhagic", "haemorrhagic"), ("fetus", "foetus"), ("defense", "defence"), ("catalog", "catalogue"),
    ("traveled", "travelled"), ("gray", "grey"), ("analyze", "analyse"), ("theatre", "theater"), ("labor", "labour"),
])
def test_the_other_sides_spelling_the_documents_use(typed, meant):
    from qa.asking.spelling import other_spelling

    assert other_spelling(typed, {meant}.__contains__) == meant
    assert other_spelling(typed, set().__contains__) is None  # the documents use neither


def test_a_word_spelt_the_other_sides_way_is_read_as_the_documents_write_it():
    known = {"how", "many", "items", "are", "in", "the", "jewellery", "collection"}
    speller = Speller(lambda: ["The jewellery collection holds over 6000 items."])
    assert respell("How many items are in the jewelry collection?", known.__contains__, speller) == (
        "How many items are in the jewellery collection?", [("jewelry", "jewellery")])
