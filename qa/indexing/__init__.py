"""Documents to the index on disk: read files (ingest, formats), cut them into sentence-aligned chunks, embed
them once (passages, cache), and keep the index folder in step with the documents folder (index, store,
segments, checksums, check), with FAISS vectors and BM25 keywords; on a Ray cluster when asked (ray_engine).
Nothing here answers a question."""
