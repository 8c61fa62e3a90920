"""The browser app: the Gradio chat and its /answer endpoint (ui), the documents panel (panel), the answer's
HTML (render), passage links (links), what the chat keeps of each reply (turns), the feedback file (feedback),
and a fast Gradio import (gradio_import). Gradio loads with ui and panel only: the question path uses links,
and `qa ask` the plain-text answer of render."""
