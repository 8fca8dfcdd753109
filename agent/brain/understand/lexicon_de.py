"""stub"""

CUES: dict[str, tuple[str, ...]] = {}
VOCAB = ""
