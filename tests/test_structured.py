"""Documents that are not prose: an FAQ, a page with a table and numbered steps. The real models answer."""
import pytest

FAQ = """# Parcelo help

Which payment methods do you accept?
We accept iDEAL, Visa, Mastercard and PayPal at checkout.

How long do I have to return an item?
You can return an item within 30 days of delivery, unused and in its box.

Do you ship abroad?
We ship to the Netherlands, Belgium and Germany.
"""
PAGE = """<html><body><h1>Returns</h1>
<p>To return an item, follow these steps:</p>
<ol><li>Log in to your account.</li><li>Choose the order and the item.</li>
<li>Print the prepaid return label.</li></ol>
<table><tr><th>Country</th><th>Standard</th></tr><tr><td>Germany</td><td>€5.95</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def structured_qa(tmp_path_factory, encoder):
    from qa.config import Config
    from qa.index import build_index
    from qa.pipeline import QA

    root = tmp_path_factory.mktemp("structured")
    (root / "docs").mkdir()
    (root / "docs" / "faq.md").write_text(FAQ, encoding="utf-8")
    (root / "docs" / "returns.html").write_text(PAGE, encoding="utf-8")
    build_index(root / "docs", root / "index", Config(), encoder, progress=False)
    return QA(index_dir=root / "index", encoder=encoder)


def test_an_faq_is_answered_from_the_answer_not_from_its_own_question(structured_qa):
    answer = structured_qa.answer("Which payment methods does Parcelo accept?")
    assert answer.found and "Visa" in answer.text and not answer.text.endswith("?")


def test_a_numbered_step_and_a_table_row_are_stored_whole(structured_qa):
    text = structured_qa.document("returns.html").text
    assert "3. Print the prepaid return label." in text.splitlines()
    assert "Germany | €5.95" in text.splitlines()
    sentences = [text[s:e] for s, e in structured_qa.index.sentences["returns.html"]]
    assert "3. Print the prepaid return label." in sentences and "3." not in sentences
