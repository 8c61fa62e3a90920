"""From a read question to an Answer: retrieval (retrieve), the sentence scorer and citations (extract), the
reader's choice and confidence (reading), typed phrases (spans), why a passage does not answer (misses, and the
checks it asks: times, figures, goals, places, who, people, which, slots, offices, agreements, events), and the
answers read from a document's own structure (bylines, contrasts, listed, sources, metadata, steps) or from the
years it writes (earlier)."""
