import pytest

from qa.indexing.chunking import chunk_document
from qa.text import is_dateline, split_sentences, terms, words
from qa.types import Document


@pytest.mark.parametrize("text, expected", [
    ("Hi there. Mr. Li came.\nBye", ["Hi there.", "Mr. Li came.", "Bye"]),
    ("It rose 5.5 percent. Then it fell!", ["It rose 5.5 percent.", "Then it fell!"]),
    ('He said "Go home." She left.', ['He said "Go home."', "She left."]),
    ("The U.S. team won. J. Smith scored.", ["The U.S. team won.", "J. Smith scored."]),
    (" date 2023-10-29 Vietnam grew. Laos too.", ["date 2023-10-29", "Vietnam grew.", "Laos too."]),
    ("A heading\n\nA paragraph here. Another one.", ["A heading", "A paragraph here.", "Another one."]),
    # a list item's or heading's number stays with it; a year ending a sentence still ends it
    ("Steps:\n1. Peel it. Then cut.\n## 4. Remote work\nIn 2019. The year.",
     ["Steps:", "1. Peel it.", "Then cut.", "## 4. Remote work", "In 2019.", "The year."]),
    # a hard-wrapped line goes on in lower case: one sentence (even after a title); not after a sentence end or
    # before a web address
    ("the patient is sent to the\nfever tent. Title\nlower case after a title\nStays apart.\nSource,\nhttps://a.org",
     ["the patient is sent to the\nfever tent.", "Title\nlower case after a title", "Stays apart.", "Source,",
      "https://a.org"]),
    # a line ending in a comma, a hyphen or a word such as "the" goes on whatever the next starts with, as does one
    # that leaves a bracket open; a title or a line that ends a sentence does not
    ("known to be\nH1N1 viruses (as\nSARS-\nCoV) did. Until the\n1950s, in Paris,\nFrance. Trioxygen (O\n3) is ozone.",
     ["known to be\nH1N1 viruses (as\nSARS-\nCoV) did.", "Until the\n1950s, in Paris,\nFrance.",
      "Trioxygen (O\n3) is ozone."]),
    ("A Title\nThe body. Lost (see\n\nNew paragraph", ["A Title", "The body.", "Lost (see", "New paragraph"]),
    # a wiki's note after the full stop ends the sentence with it
    ("It is the principle.[citation needed] Since then, more.[12] And so on.",
     ["It is the principle.[citation needed]", "Since then, more.[12]", "And so on."]),
    ("It ends here.\nthen a new line.\n\nafter a blank line", ["It ends here.", "then a new line.",
                                                             "after a blank line"]),
    ("", []),
])
def test_split_sentences_finds_boundaries_and_keeps_offsets(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_split_sentences_of_a_range_returns_offsets_into_the_whole_text():
    text = "Ignore this. Keep one. Keep two."
    spans = split_sentences(text, 13)
    assert [text[s:e] for s, e in spans] == ["Keep one.", "Keep two."]


def test_words_keep_numbers_whole_and_drop_possessives():
    assert words("Vietnam's 14,000 students; 5.5 billion USD") == ["vietnam", "14,000", "students", "5.5",
                                                                   "billion", "usd"]


def test_terms_stem_and_drop_stopwords():
    assert terms("The students were studying in Vietnam") == ["student", "studi", "vietnam"]


def test_chunks_are_verbatim_sentence_aligned_windows_with_overlap():
    sentence = "This sentence is exactly forty chars ok."
    text = " ".join([sentence] * 6)
    doc = Document("d.txt", text, "t")
    chunks = chunk_document(doc, chunk_chars=100, overlap_sentences=1)
    assert all(text[c.start:c.end] == c.text for c in chunks)
    assert [c.text.count("This") for c in chunks] == [2, 2, 2, 2, 2]
    assert all(chunks[i].end > chunks[i + 1].start for i in range(len(chunks) - 1))  # they overlap
    assert chunks[-1].end == len(text)


def test_a_sentence_longer_than_a_chunk_is_cut_at_white_space_into_windows():
    long = "Long " + " ".join(f"word{i}" for i in range(100)) + " end."
    text = "Short one. " + long + " Short two."
    chunks = chunk_document(Document("d.txt", text, "t"), chunk_chars=50, overlap_sentences=0)
    assert all(len(c.text) <= 50 and text[c.start:c.end] == c.text for c in chunks)
    assert len(chunks) > 10 and " ".join(c.text for c in chunks) == text  # every word once, none cut
    assert chunks[0].text.startswith("Short one.") and chunks[-1].text.endswith("Short two.")


def test_a_word_longer_than_the_window_stays_whole_but_a_blob_is_still_capped():
    url = "https://example.org/" + "a" * 80
    spans = split_sentences(f"See {url} now.", max_chars=30)
    assert [f"See {url} now."[s:e] for s, e in spans] == ["See", url, "now."]
    blob = "x" * 5000
    assert [e - s for s, e in split_sentences(blob, max_chars=30)] == [2000, 2000, 1000]


def test_a_dateline_alone_is_told_apart_from_a_sentence_with_a_date():
    assert is_dateline(" date 2023-10-29 ") and is_dateline("date 2024-06-21")
    assert not is_dateline("date 2024-06-21 Vietnam grew.") and not is_dateline("On 2024-06-21 Vietnam grew.")


def test_terms_fold_ligatures_as_text_copied_from_a_pdf_has_them():
    assert terms("The 1918 inﬂuenza pandemic ﬁrst") == terms("The 1918 influenza pandemic first")


def test_a_text_hard_wrapped_throughout_goes_on_after_any_line_as_long_as_most():
    # a PDF's lines: most breaks fall inside sentences, so a full-length line goes on whatever the next starts with
    wrapped = "".join(f"Line {n} of the paper says that the virus spread and then\nwent on to other places quickly.\n"
                      for n in range(12))
    text = wrapped + "The novel gene segments all originated in Eurasian avian\nViruses (26); both arose alike.\nA Heading\n"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert "The novel gene segments all originated in Eurasian avian\nViruses (26); both arose alike." in sentences
    assert "A Heading" in sentences  # a short line is no wrapped one
    # a text whose lines are paragraphs keeps them apart
    plain = "".join(f"Paragraph {n} ends without a full stop but is long enough to be a wrapped line\n"
                    for n in range(30))
    assert len(split_sentences(plain)) == 30
    # "were" cannot end a sentence: the line goes on, in any text
    rates = "Death rates, for example, were\n20 times higher."
    assert [rates[s:e] for s, e in split_sentences(rates)] == [rates]
