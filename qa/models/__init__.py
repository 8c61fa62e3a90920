"""The two trained networks and the one runtime boundary: the encoder (embed), the reader (reader, its network
reader_model), ONNX Runtime sessions and the exports they load (runtime, export), and the reader's shipped
weights and card (reader.safetensors, reader.md). Only reader_model and export import torch."""
