"""The FAISS structures that hold chunk vectors under their stable chunk ids.

Three kinds, chosen by ``Config.vector_index`` (``auto`` picks exact ``flat``
below ``Config.flat_max_chunks`` chunks and ``ivf`` above):

- ``flat``: exact inner product, ``IndexIDMap2(IndexFlatIP)``. Removal by id.
- ``ivf``: ``IndexIVFFlat`` with a hash-table id map, so ids can be removed
  and vectors reconstructed; ``Config.nprobe`` lists are searched per query.
  Trained on the vectors of the build that creates it; a sync adds to it.
- ``hnsw``: ``IndexIDMap2(IndexHNSWFlat)``; ``Config.ef_search`` bounds the
  search. HNSW cannot remove vectors, so a sync that removes any rebuilds the
  graph from the stored vectors (no re-embedding).

Recall of ivf and hnsw against flat is measured by benchmarks/bench_vectors.py.
Encoding texts is qa.models.embed; deciding what to add or remove is qa.indexing.index.
"""
from __future__ import annotations

import math

import numpy as np

from ..config import Config, VectorIndex

FLAT, IVF, HNSW = VectorIndex.FLAT.value, VectorIndex.IVF.value, VectorIndex.HNSW.value


def choose_kind(config: Config, n_chunks: int) -> str:
    """The concrete kind for ``n_chunks`` chunks: ``config.vector_index``, with ``auto`` resolved."""
    if config.vector_index is VectorIndex.AUTO:
        return FLAT if n_chunks <= config.flat_max_chunks else IVF
    return config.vector_index.value


def new_index(kind: str, dimension: int, vectors: np.ndarray, ids: np.ndarray):
    """A new FAISS index of ``kind`` holding ``vectors`` under ``ids`` (IVF is trained on them)."""
    import faiss

    if kind == IVF:
        lists = max(1, min(int(4 * math.sqrt(max(1, len(vectors)))), len(vectors) // 39))
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, lists, faiss.METRIC_INNER_PRODUCT)
        index.cp.min_points_per_centroid = 1  # small collections: no warning, training still works
        if len(vectors):
            index.train(np.ascontiguousarray(vectors, dtype=np.float32))
        index.set_direct_map_type(faiss.DirectMap.Hashtable)
    elif kind == HNSW:
        inner = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 80
        index = faiss.IndexIDMap2(inner)
    else:
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    if len(vectors):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
    return index


def kind_of(index) -> str:
    import faiss

    if isinstance(index, faiss.IndexIVF):
        return IVF
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index
    return HNSW if isinstance(inner, faiss.IndexHNSW) else FLAT


def update(index, remove_ids: np.ndarray, add_vectors: np.ndarray, add_ids: np.ndarray, dimension: int):
    """``index`` without ``remove_ids`` and with ``add_vectors`` under ``add_ids`` (may return a new index)."""
    import faiss

    remove_ids = np.asarray(remove_ids, dtype=np.int64)
    if len(remove_ids) and kind_of(index) == HNSW:  # HNSW cannot remove: rebuild from its own vectors
        ids = faiss.vector_to_array(index.id_map).astype(np.int64)
        keep = ~np.isin(ids, remove_ids)
        vectors = index.index.reconstruct_n(0, index.ntotal)[keep]
        index = new_index(HNSW, dimension, vectors, ids[keep])
    elif len(remove_ids):  # IVF's hash-table id map takes only an IDSelectorArray
        index.remove_ids(faiss.IDSelectorArray(len(remove_ids), faiss.swig_ptr(remove_ids)))
    if len(add_vectors):
        index.add_with_ids(np.ascontiguousarray(add_vectors, dtype=np.float32), np.asarray(add_ids, dtype=np.int64))
    return index


def search_params(index, allowed_ids: np.ndarray | None, config: Config):
    """SearchParameters of the right class for ``index``: the id filter and nprobe / efSearch."""
    import faiss

    selector = faiss.IDSelectorBatch(allowed_ids) if allowed_ids is not None else None
    kind = kind_of(index)
    if kind == IVF:
        params = faiss.SearchParametersIVF(nprobe=config.nprobe)
    elif kind == HNSW:
        params = faiss.SearchParametersHNSW(efSearch=max(config.ef_search, config.candidate_depth))
    elif selector is None:
        return None
    else:
        params = faiss.SearchParameters()
    if selector is not None:
        params.sel = selector
        params._selector = selector  # keep the selector alive as long as the parameters
    return params


def search_one(index, vector: np.ndarray, k: int, params=None) -> tuple[np.ndarray, np.ndarray]:
    """(scores, ids) of the top ``k`` for one query, searched on one OpenMP thread.

    One query's threads only fight the encoder's for the same cores (flat search of
    124k chunks: 16.5 ms on 2 threads, 6.8 ms on 1). FAISS and torch share one
    OpenMP runtime, so the thread count is put back afterwards: left at 1, every
    later encode would run on one core too.
    """
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        return index.search(vector.reshape(1, -1).astype(np.float32), k, params=params)
    finally:
        faiss.omp_set_num_threads(before)
