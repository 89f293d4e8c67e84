"""Lexicon YAML keeps the words 'on', 'off', 'yes' and 'no' as words."""
from eventgraph import yamlwords
from eventgraph.nlp import plover


def test_yaml_11_boolean_words_stay_words_and_true_stays_true():
    got = yamlwords.load("preps: [on, off, yes, no, at]\nflag: true\nother: false\n")
    assert got == {"preps": ["on", "off", "yes", "no", "at"], "flag": True, "other": False}


def test_no_lexicon_list_holds_a_boolean():
    def lists(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from lists(v)
        elif isinstance(x, (list, set, tuple)):
            yield x
            for v in x:
                yield from lists(v)
    assert not [xs for xs in lists(plover.lexicon()) if any(isinstance(v, bool) for v in xs)]


def test_the_gazetteer_loader_keeps_words_and_dates_as_strings():
    import yaml
    from eventgraph.gazetteer import _LineLoader
    got = yaml.load("aliases: [No, On]\nfrom: 2020-01-02\nuncertain: true\n", Loader=_LineLoader)
    assert (got["aliases"], got["from"], got["uncertain"]) == (["No", "On"], "2020-01-02", True)
