"""Train qa's reader: all-MiniLM-L6-v2 fine-tuned to find the answer span in a passage and to say whether it has one.

    python training/train_reader.py [--data ../shared/eval] [--epochs 2.5] [--precision bf16] [--out qa/models/reader.safetensors]

Data. Only the questions of ../shared/eval, split by article or paper so the
reader never sees the documents it is validated on:

    set       train            tune (confidence fit)   test (reported)
    squad     articles 00-15   16-19                    20-23
    covidqa   papers 00-41     42-51                    52-61

Every question is answered as qa answers it: qa's own index of the whole
corpus, its retriever and its sentence scorer choose the passages the reader
will be shown (a sentence with its neighbours, qa.answering.reading.passages_to_read).
The passage holding the located answer is a positive with its span; retrieved
passages without any answer string are hard negatives, which teach the reader
to say no. --read sets how many passages qa shows per question (4, while qa
reads 2 when answering, so the negatives include near misses). Answers come
as strings, so each is located in its document: the occurrence whose passage
shares most words with the question. --synthetic adds self-supervised cloze
questions made from documents outside the tune and test splits
(training/synthetic.py), handled the same way (--synthetic-spans 0: they teach
only whether a passage answers; tried, no gain). --reworded gives training
questions a copy with one ordinary word their passage does not hold
(training/word_noise.py; tried, no gain: docs/reader.md).

A batch holds whole questions, and besides each passage's own loss (answer
span; does it answer?) a listwise loss ranks one question's passages against
each other, as qa uses the scores (--listwise). --shared adds a span loss
normalized over all of one question's passages together (Clark and Gardner
2018), so one passage's span scores are comparable with another's.

Output: the int8 weights (qa.models.reader_model.pack) and a card beside them
(reader.json, reader.md): data, settings, steps, validation figures on the
held-out articles (fp32 and the shipped int8), sha256. The same seed and data
give the same file. The library never imports this script.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # training/synthetic.py
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SPLITS = {  # document number ranges per set: train, tune, test
    "squad": (range(0, 16), range(16, 20), range(20, 24)),
    "covidqa": (range(0, 42), range(42, 52), range(52, 62)),
}


def split_of(name: str, q: dict) -> str | None:
    number = int("".join(ch for ch in str(q["docs"][0]) if ch.isdigit()) or -1) if q.get("docs") else -1
    for split, numbers in zip(("train", "tune", "test"), SPLITS[name]):
        if number in numbers:
            return split
    return None


# --- examples: what qa would show the reader, labelled -----------------------------------------

def locate(text: str, passages: list[tuple[int, int]], answers: list[str], question: str) -> tuple[int, int] | None:
    """Where an answer string occurs in ``text``: the occurrence whose passage shares most question terms."""
    from qa.text import terms

    asked = set(terms(question))
    best, best_overlap = None, -1
    for answer in dict.fromkeys(a.strip() for a in answers if a.strip()):
        lowered, needle = text.lower(), answer.lower()
        at = lowered.find(needle)
        while at >= 0:
            around = next(((s, e) for s, e in passages if s <= at < e), (at, at + len(answer)))
            overlap = len(asked & set(terms(text[around[0]:around[1]])))
            if overlap > best_overlap:
                best, best_overlap = (at, at + len(answer)), overlap
            at = lowered.find(needle, at + 1)
        if best is not None:
            return best  # the first answer string found wins; others are alternatives of it
    return None


def scored_sentences(qa, q: dict, doc_ids: list[str] | None = None) -> tuple:
    """What qa does with a question before it reads: its query, term weights and scored candidate sentences."""
    from qa.asking.question import build_query

    query = build_query(q["question"], q.get("history"))
    vector = qa.encoder.encode_one(query.search_text)
    hits = qa.retriever.search(query.search_text, qa.config.top_k, doc_ids=doc_ids, query_vector=vector)
    weights = qa.extractor._term_weights(query)
    return query, weights, qa.extractor._candidates(query, hits, vector, weights)


def question_examples(qa, q: dict, read: int) -> tuple[list[dict], dict | None]:
    """The labelled passages of one question, and its record for validation (None if its answer is not found)."""
    from qa.answering.extract import passage_around
    from qa.answering.reading import passages_to_read

    gold_docs = [d for d in qa.index.documents if any(Path(d).name.startswith(str(p)) for p in q["docs"])]
    if not gold_docs or not q["answers"]:
        return [], None
    doc_id = gold_docs[0]
    text = qa.index.documents[doc_id].text
    spans = qa.index.sentences[doc_id]
    windows = [passage_around(text, spans, i) for i in range(len(spans))]
    where = locate(text, windows, q["answers"], q["question"])
    if where is None:
        return [], None
    first = next(i for i, (s, e) in enumerate(spans) if e > where[0])
    last = next((i for i, (s, e) in enumerate(spans) if e >= where[1]), len(spans) - 1)
    gold = (passage_around(text, spans, first)[0], passage_around(text, spans, last)[1])

    candidates = scored_sentences(qa, q)[2]
    shown = [(c.doc_id, s, e) for c, s, e in passages_to_read(qa.index, candidates, read)]
    answers = [a.lower() for a in q["answers"] if a.strip()]
    examples = [{"question": q["question"], "passage": text[gold[0]:gold[1]],
                 "answer": (where[0] - gold[0], where[1] - gold[0])}]
    seen = []
    for d, s, e in shown:
        passage = qa.index.documents[d].text[s:e]
        holds = d == doc_id and s <= where[0] and where[1] <= e
        mentions = any(a in passage.lower() for a in answers)  # an answer string elsewhere: neither label
        if holds:
            if (s, e) != gold:
                examples.append({"question": q["question"], "passage": passage, "answer": (where[0] - s, where[1] - s)})
        elif not mentions:
            examples.append({"question": q["question"], "passage": passage, "answer": None})
        seen.append({"passage": passage, "holds": holds or mentions})
    record = {"question": q["question"], "answers": q["answers"], "gold": examples[0], "shown": seen, "doc": doc_id}
    return examples, record


def add_group(train: list[dict], examples: list[dict]) -> None:
    """Append one question's passages as a group of their own (see batches)."""
    group = len(train) and train[-1]["group"] + 1
    train.extend({**e, "group": group} for e in examples)


def collect(data: Path, sets: list[str], work: Path, read: int, limit: int | None, repeat: dict,
            negatives: int, synthetic: dict | None = None, top_k: int = 8, train_on: tuple = ("train",),
            near_misses: float = 0.0, seed: int = 0, reworded_share: float = 0.0, synthetic_spans: bool = True) -> dict:
    """Per split, the examples (the splits in ``train_on``, under "train") or question records (the others) of
    every set; ``synthetic`` asks for that many self-supervised questions per set (training/synthetic.py), for
    training only; ``near_misses``, the share of training questions that also give a near miss of their own
    passage (training/near_miss.py). Held-out records get one too, when their question allows it, for
    validation. ``reworded_share``: the share of training questions that also give a copy with one ordinary
    word not their passage's (training/word_noise.py), every passage labelled as for the question.
    ``synthetic_spans`` False: the self-supervised passages teach only whether a passage answers, not the span."""
    from tqdm.auto import tqdm

    from near_miss import document_names, near_miss
    from synthetic import synthetic_questions
    from word_noise import ordinary_words, reworded

    from qa.text import STOPWORDS

    from qa.config import Config
    from qa.evaluate import read_questions
    from qa.indexing.index import build_index
    from qa.pipeline import QA

    out = {"train": [], "tune": [], "test": [], "counts": {}}
    synthetic = synthetic or {}
    for name in sets:
        docs, index_dir = data / name / "docs", work / name / "index"
        config = Config(docs_dir=docs, index_dir=index_dir, reader=False, top_k=top_k)
        build_index(docs, index_dir, config=config, progress=True)
        qa = QA(index_dir, config=config)
        questions = read_questions(data / name / "questions_dev.jsonl")
        if limit:
            questions = questions[:limit]
        counts = {"train": 0, "tune": 0, "test": 0, "unlocated": 0, "answer_shown": 0, "examples": 0,
                  "near_misses": 0}
        rng, pool = random.Random(seed), {}
        doc_ids = sorted(qa.index.documents)
        others = sorted({m.group(0) for q in questions if split_of(name, q) in train_on
                       for m in ordinary_words(q["question"], STOPWORDS)})
        counts["reworded"], rewording = 0, random.Random(seed + 1)  # its own draws: other runs' stay the same

        def names_of(doc: str) -> list[str]:
            if doc not in pool:
                pool[doc] = document_names(qa.index.documents[doc].text)
            return pool[doc]

        for q in tqdm(questions, desc=f"{name}: passages", unit="q"):
            split = split_of(name, q)
            if split is None:
                continue
            examples, record = question_examples(qa, q, read)
            if record is None:
                counts["unlocated"] += 1
                continue
            counts[split] += 1
            counts["answer_shown"] += any(c["holds"] for c in record["shown"])
            training = split in train_on
            if (near_misses and rng.random() < near_misses) or not training:
                gold = record["gold"]["passage"]
                made = near_miss(q["question"], gold, names_of(record["doc"]), names_of(rng.choice(doc_ids)), rng)
                if made and training:
                    add_group(out["train"], [{"question": made[0], "passage": gold, "answer": None}])
                    counts["near_misses"] += 1
                record["near_miss"] = made and made[0]
            if not training or (reworded_share and rewording.random() < reworded_share):
                kept = cap_negatives(examples, negatives)
                said = reworded(q["question"], [e["passage"] for e in kept], others, STOPWORDS, rewording)
                record["reworded"] = said
                if said and training:
                    add_group(out["train"], [{**e, "question": said} for e in kept])
                    counts["reworded"] += 1
            if training:
                for _ in range(repeat.get(name, 1)):  # each copy is a group of its own (see batches)
                    add_group(out["train"], cap_negatives(examples, negatives))
                counts["examples"] += len(examples)
            else:
                out[split].append({**record, "set": name})
        if synthetic.get(name):  # documents outside the tune and test splits only
            free = [d for d in qa.index.documents if split_of(name, {"docs": [Path(d).name]}) in (None, *train_on)]
            made = synthetic_questions(qa.index, free, synthetic[name], seed=len(free))
            counts["synthetic"] = 0
            for q in tqdm(made, desc=f"{name}: self-supervised questions", unit="q"):
                examples, record = question_examples(qa, q, read)
                if record is not None:
                    add_group(out["train"], [{**e, "span": synthetic_spans} for e in cap_negatives(examples, negatives)])
                    counts["synthetic"] += 1
        out["counts"][name] = counts
        print(f"{name}: {counts}", flush=True)
    return out


# --- training ----------------------------------------------------------------------------------

def token_labels(offsets: list, answer: tuple[int, int] | None) -> tuple[int, int] | None:
    """First and last passage token of a character span; None if the passage was cut before it ends."""
    if answer is None:
        return None
    start = next((t for t, o in enumerate(offsets) if o is not None and o[1] > answer[0]), None)
    end = next((t for t in range(len(offsets) - 1, -1, -1) if offsets[t] is not None and offsets[t][0] < answer[1]),
               None)
    if start is None or end is None or end < start:
        return None
    last_char = max(o[1] for o in offsets if o is not None)
    return (start, end) if last_char >= answer[1] else None


def batches(examples: list[dict], batch_size: int, rng: random.Random) -> list[list[dict]]:
    """Shuffled batches of whole questions (each question's passages share a "group"), of similar lengths so
    padding costs little, at most ``batch_size`` passages unless one question alone has more."""
    groups: dict[int, list[dict]] = {}
    for e in examples:
        groups.setdefault(e.get("group", id(e)), []).append(e)
    order = list(groups.values())
    rng.shuffle(order)
    pool = batch_size * 20
    out = []
    for i in range(0, len(order), pool):
        current: list[dict] = []
        for group in sorted(order[i:i + pool], key=lambda g: max(len(e["passage"]) + len(e["question"]) for e in g)):
            if current and len(current) + len(group) > batch_size:
                out.append(current)
                current = []
            current = current + group
        if current:
            out.append(current)
    rng.shuffle(out)
    return out


def question_rows(groups: list) -> list[list[int]]:
    """The batch rows of each question, in the order the questions first appear (a batch's "group"s)."""
    rows: dict = {}
    for i, g in enumerate(groups):
        rows.setdefault(g, []).append(i)
    return list(rows.values())


def listwise_loss(answerable, labels: list, groups: list):
    """For each question with both a passage that answers and one that does not: minus the log of the share
    of its softmax (over its passages' answerability) that falls on the passages that answer. This trains
    what qa does with the scores, choosing among one question's passages; the binary loss beside it keeps
    the scale (does this passage answer at all?)."""
    import torch

    losses = []
    for rows in question_rows(groups):
        positive = torch.tensor([labels[i] is not None for i in rows])
        if positive.all() or not positive.any():
            continue
        logits = answerable[rows]
        losses.append(torch.logsumexp(logits, 0) - torch.logsumexp(logits[positive], 0))
    return torch.stack(losses).mean() if losses else answerable.sum() * 0.0


def shared_span_loss(start, end, passage, labels: list, groups: list):
    """Span loss with one softmax over all passages of a question (shared normalization, Clark and Gardner
    2018): the start and end scores of one passage become comparable with another's, as qa compares them
    when it chooses. Per question, minus the log of the share of start (and of end) probability on the
    answer's tokens in the passages that hold it, averaged over questions, start and end, as the per-passage
    span loss is; ``passage`` masks the passage tokens."""
    import torch

    losses = []
    for rows in question_rows(groups):
        if not any(labels[i] for i in rows):
            continue
        for k, logits in enumerate((start, end)):
            scores = torch.cat([logits[i][passage[i]] for i in rows])
            gold = torch.cat([logits[i][labels[i][k]].reshape(1) for i in rows if labels[i]])
            losses.append(torch.logsumexp(scores, 0) - torch.logsumexp(gold, 0))
    return torch.stack(losses).mean() if losses else start.sum() * 0.0


def train(net, tokenizer, examples: list[dict], epochs: float, batch_size: int, lr: float, seed: int,
          max_steps: int | None, bf16: bool = False, listwise: float = 1.0, shared: float = 0.0,
          log_every: int = 50) -> dict:
    import torch
    from torch.nn import functional as F

    from qa.models.reader import encode_pairs

    rng = random.Random(seed)
    per_epoch = len(batches(examples, batch_size, random.Random(seed)))  # whole questions: some batches are short
    total = max_steps or max(1, int(per_epoch * epochs))
    params = [p for p in net.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    warmup = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    net.train()
    step, started, running = 0, time.time(), []
    while step < total:
        for batch in batches(examples, batch_size, rng):
            if step >= total:
                break
            arrays, offsets = encode_pairs(tokenizer, [e["question"] for e in batch], [e["passage"] for e in batch])
            inputs = {k: torch.from_numpy(v) for k, v in arrays.items()}
            labels = [token_labels(o, e["answer"]) for o, e in zip(offsets, batch)]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):  # weights and optimizer stay fp32
                start, end, answerable = (t.float() for t in net(**inputs))
            target = torch.tensor([1.0 if lab else 0.0 for lab in labels])
            loss = F.binary_cross_entropy_with_logits(answerable, target)
            groups = [e.get("group", i) for i, e in enumerate(batch)]
            if listwise:
                loss = loss + listwise * listwise_loss(answerable, labels, groups)
            rows = [i for i, lab in enumerate(labels) if lab and batch[i].get("span", True)]
            if rows:
                mask = torch.tensor([[o is not None for o in row] for row in offsets])  # the passage tokens
                if shared:
                    loss = loss + shared * shared_span_loss(start, end, mask, labels, groups)
                passage = mask[rows]
                neg = torch.finfo(start.dtype).min / 4
                s = start[rows].masked_fill(~passage, neg)
                e = end[rows].masked_fill(~passage, neg)
                loss = loss + (F.cross_entropy(s, torch.tensor([labels[i][0] for i in rows])) +
                               F.cross_entropy(e, torch.tensor([labels[i][1] for i in rows]))) / 2
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            running.append(float(loss.detach()))
            if step % log_every == 0 or step == total:
                rate = step / (time.time() - started)
                print(f"step {step}/{total}  loss {sum(running) / len(running):.3f}  {rate:.2f} steps/s  "
                      f"eta {(total - step) / rate / 60:.1f} min", flush=True)
                running = []
    net.eval()
    return {"steps": step, "examples": len(examples), "epochs": round(step / per_epoch, 2),
            "minutes": round((time.time() - started) / 60, 1)}


# --- validation --------------------------------------------------------------------------------

def validate(reader_read, records: list[dict]) -> dict:
    """Reader figures on held-out questions: span EM/F1 with the gold passage given, and, over the passages
    qa would show it, how often its most answerable passage holds an answer (passage accuracy)."""
    from qa.evaluate import exact_match, token_f1

    if not records:
        return {}
    em = f1 = right = 0.0
    near = [r for r in records if r.get("near_miss")]
    below = rejected = accepted = 0
    reworded = [r for r in records if r.get("reworded")]
    reworded_yes = sum(reader_read(r["reworded"], [r["gold"]["passage"]])[0].answerable > 0 for r in reworded)
    for r in records:
        gold = r["gold"]["passage"]
        span = reader_read(r["question"], [gold])[0]
        if r.get("near_miss"):  # the gold passage, also asked as a near miss it does not answer
            changed = reader_read(r["near_miss"], [gold])[0]
            below += changed.answerable < span.answerable
            rejected += changed.answerable < 0
            accepted += span.answerable > 0
        text = gold[span.start:span.end]
        em += max(exact_match(text, a) for a in r["answers"])
        f1 += max(token_f1(text, a) for a in r["answers"])
        shown = r["shown"]
        if shown:
            read = reader_read(r["question"], [c["passage"] for c in shown])
            best = max(read, key=lambda s: s.answerable + 0.0)
            right += shown[best.passage]["holds"]
    n = len(records)
    sets = sorted({r["set"] for r in records})
    return {"questions": n, "from": {s: sum(r["set"] == s for r in records) for s in sets},
            "gold_passage_em": round(em / n, 4), "gold_passage_f1": round(f1 / n, 4),
            "passage_accuracy": round(right / n, 4), "near_misses": len(near),
            "near_miss_below_question": round(below / max(1, len(near)), 4),
            "near_miss_said_no": round(rejected / max(1, len(near)), 4),
            "its_question_said_yes": round(accepted / max(1, len(near)), 4),
            "reworded": len(reworded), "reworded_said_yes": round(reworded_yes / max(1, len(reworded)), 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval", help="the eval folder")
    parser.add_argument("--sets", default="squad,covidqa", help="comma-separated sets under --data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/qa-reader-work"), help="indexes of the corpora")
    parser.add_argument("--out", type=Path, default=ROOT / "qa" / "models" / "reader.safetensors")
    parser.add_argument("--epochs", type=float, default=2.5)
    parser.add_argument("--max-steps", type=int, default=None, help="stop after this many steps (tests)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--negatives", type=int, default=3, help="hard negatives kept per question")
    parser.add_argument("--read", type=int, default=4,
                        help="passages qa's retriever shows per question, from which the negatives come "
                             "(more than qa reads when answering, Config.read_passages, so there are hard ones)")
    parser.add_argument("--top-k", type=int, default=8,
                        help="chunks retrieved per question, whose sentences are scored (8, as when the shipped "
                             "reader was trained; qa now retrieves Config.top_k)")
    parser.add_argument("--limit", type=int, default=None, help="first N questions of each set (tests)")
    parser.add_argument("--val-limit", type=int, default=300, help="held-out questions per split to validate on")
    parser.add_argument("--repeat", default="covidqa=2",
                        help="show a set's training passages N times per epoch (its questions are few)")
    parser.add_argument("--synthetic", default="",
                        help="self-supervised cloze questions per set from documents outside the tune and test "
                             "splits, e.g. covidqa=1000 (training/synthetic.py)")
    parser.add_argument("--train-on", default="train",
                        help="splits trained on (train,tune: also the tune split's questions; then only the "
                             "test split is held out, and the choice and confidence fitted on tune are kept)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--precision", choices=("bf16", "fp32"), default="bf16",
                        help="bf16: matrix products in bfloat16 under autocast (1.45x faster on this CPU); "
                             "fp32, the slower reference, for CPUs without bfloat16 support")
    parser.add_argument("--listwise", type=float, default=1.0,
                        help="weight of the loss that ranks one question's passages (0: each passage alone)")
    parser.add_argument("--shared", type=float, default=0.0,
                        help="weight of a span loss normalized over all of one question's passages together "
                             "(0: each passage's span alone; 1 found phrases a little better and chose no "
                             "better, docs/reader.md)")
    parser.add_argument("--near-misses", type=float, default=0.0,
                        help="share of training questions that also give a near miss of their own passage, a "
                             "question it does not answer (training/near_miss.py)")
    parser.add_argument("--reworded", type=float, default=0.0,
                        help="share of training questions that also give a copy with one ordinary word their "
                             "passage does not hold (training/word_noise.py)")
    parser.add_argument("--synthetic-spans", type=int, choices=(0, 1), default=1,
                        help="0: self-supervised passages train only the answerability, not the span")
    parser.add_argument("--init", type=Path, default=None,
                        help="start from these shipped weights instead of the base model (a continued run)")
    parser.add_argument("--records", type=Path, default=None, help="also write the held-out records here")
    args = parser.parse_args(argv)
    train_on = tuple(s for s in args.train_on.split(",") if s)
    if "train" not in train_on or set(train_on) - {"train", "tune"}:
        parser.error("--train-on: the test split is never trained on; give train or train,tune")

    import torch

    from qa.models.embed import model_path
    from qa.indexing.ingest import file_hash
    from qa.models.reader import FORMAT, Reader, base_version, card_path, pair_tokenizer
    from qa.models.reader_model import ReaderNet, load_base, pack, unpack

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    started = time.time()
    sets = [s for s in args.sets.split(",") if s]
    repeat, synthetic = per_set(args.repeat), per_set(args.synthetic)
    data = collect(args.data, sets, args.work, args.read, args.limit, repeat, args.negatives, synthetic,
                   args.top_k, train_on, args.near_misses, args.seed, args.reworded, bool(args.synthetic_spans))
    train_examples = data["train"]
    held_splits = [split for split in ("tune", "test") if split not in train_on]
    print(f"training on {len(train_examples)} passages ({sum(e['answer'] is not None for e in train_examples)} "
          f"with an answer)", flush=True)
    if args.records:
        args.records.write_text(json.dumps({k: data[k] for k in held_splits}), encoding="utf-8")

    bert, tokenizer = load_base(model_path()), pair_tokenizer()
    for p in bert.embeddings.parameters():
        p.requires_grad = False  # the embeddings are never shipped, so they must stay the base model's
    net = ReaderNet(bert)
    init = args.init and {"path": str(args.init), "sha256": file_hash(args.init)}
    if args.init:
        from safetensors.torch import load_file

        net.load_state_dict(unpack(load_file(str(args.init))), strict=False)
    run = train(net, tokenizer, train_examples, args.epochs, args.batch_size, args.lr, args.seed, args.max_steps,
                bf16=args.precision == "bf16", listwise=args.listwise, shared=args.shared)

    held_out = [r for split in held_splits for r in data[split]]
    held_out = held_out[:args.val_limit * 2]
    figures = {"fp32": validate(Reader.of(net).read, held_out)}
    packed = pack(net.trained_state())
    net.load_state_dict(unpack(packed), strict=False)
    figures["int8"] = validate(Reader.of(net).read, held_out)
    print(json.dumps(figures), flush=True)

    from safetensors.torch import save_file

    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_file(packed, str(args.out), metadata={"format": str(FORMAT), "base": base_version()})
    args.out.chmod(0o644)  # safetensors writes it readable by its owner only
    card = {"format": FORMAT, "base": base_version(), "bytes": args.out.stat().st_size,
            "sha256": file_hash(args.out), "seed": args.seed,
            "data": {"sets": sets, "splits": {s: [f"{r.start:02d}-{r.stop - 1:02d}" for r in SPLITS[s]] for s in sets},
                     "questions": data["counts"], "train_passages": len(train_examples), "limit": args.limit,
                     "trained_on": list(train_on)},
            "settings": {"epochs": args.epochs, "batch_size": args.batch_size, "lr": args.lr,
                         "negatives": args.negatives, "repeat": repeat, "synthetic": synthetic,
                         "synthetic_spans": bool(args.synthetic_spans),
                         "precision": args.precision, "listwise": args.listwise, "shared": args.shared,
                         "read_passages": args.read, "top_k": args.top_k, "max_steps": args.max_steps,
                         "near_misses": args.near_misses, "reworded": args.reworded,
                         "init": init},
            "run": run, "validation_held_out": figures, "minutes_total": round((time.time() - started) / 60, 1)}
    card_path(args.out).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    card_path(args.out).with_suffix(".md").write_text(card_markdown(card), encoding="utf-8")
    print(f"wrote {args.out} ({card['bytes'] / 1e6:.1f} MB, sha256 {card['sha256'][:12]}...)")
    return 0


def per_set(text: str) -> dict[str, int]:
    """"covidqa=2,squad=1" -> {"covidqa": 2, "squad": 1} (--repeat, --synthetic)."""
    return {k: int(v) for k, v in (item.split("=") for item in text.split(",") if item)}


def cap_negatives(examples: list[dict], keep: int) -> list[dict]:
    """All positives of one question, and its first ``keep`` negatives (the best-ranked: the hardest)."""
    negatives = [e for e in examples if e["answer"] is None][:keep]
    return [e for e in examples if e["answer"] is not None] + negatives


def card_markdown(card: dict) -> str:
    figures = card["validation_held_out"]
    held = [s for s in ("tune", "test") if s not in card["data"].get("trained_on", ["train"])]
    held = f"{' then '.join(held)} split{'s' if len(held) > 1 else ''}"
    rows = "\n".join(f"| {k} | {v.get('questions', '-')} {v.get('from', '')} | {v.get('gold_passage_em', '-')} | "
                     f"{v.get('gold_passage_f1', '-')} | {v.get('passage_accuracy', '-')} |" for k, v in figures.items())
    return f"""# qa reader

all-MiniLM-L6-v2 (`{card['base']}`) fine-tuned, all six layers, with a span head and an answerability head,
by `training/train_reader.py` (seed {card['seed']}). Shipped as int8 rows with float32 scales; the embeddings
come from the base model. sha256 `{card['sha256']}`, {card['bytes']:,} bytes.

Data: {json.dumps(card['data'])}

Settings: {json.dumps(card['settings'])}; run: {json.dumps(card['run'])}.

Held-out questions (the first --val-limit x 2 of the {held}; never trained on):

| weights | questions | EM, gold passage given | F1, gold passage given | passage accuracy |
| --- | --- | --- | --- | --- |
{rows}

Passage accuracy: of the passages qa's retriever would show the reader, the one it finds most answerable holds an
answer string. End-to-end figures (`qa eval`) are in the README.
"""


if __name__ == "__main__":
    raise SystemExit(main())
