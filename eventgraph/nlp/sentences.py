"""Sentence starts the parser cannot see: headlines, captions and list lines are separated
only by line breaks, so a token after a newline always starts a sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("eg_sentences")
def line_breaks(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or tok.text.endswith("\n") or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc
