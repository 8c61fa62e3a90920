"""The question as qa reads it: as typed (typed), the plain question inside the user's words (phrasing, forms,
guesses), other words and spellings read as the documents write them (wording, spelling, acronyms, countries,
titles), and what it asks for, names and leans on (question). Nothing here reads the documents' passages."""
