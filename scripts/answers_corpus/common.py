"""Shared machinery of the answer corpus generator: languages, Faker locales, the QA type."""
from dataclasses import dataclass

LANGS = ["en", "es", "de", "fr", "pt", "it", "ja", "zh"]
FAKER_LOCALES = {"en": "en_US", "es": "es_ES", "de": "de_DE", "fr": "fr_FR", "pt": "pt_BR",
                 "it": "it_IT", "ja": "ja_JP", "zh": "zh_CN"}


@dataclass(frozen=True)
class QA:
    lang: str
    prompt: str
    answer: str
