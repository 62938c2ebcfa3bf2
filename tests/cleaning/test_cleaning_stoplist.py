"""The once-hashed justext stoplist: equal words, same hash, and the global is restored."""

from trafilatura import external

from cleaning import stoplist


def test_hashed_once_swaps_in_an_equal_stoplist_and_restores_the_global() -> None:
    words = external.JT_STOPLIST or external.jt_stoplist_init()
    before = external.JT_STOPLIST
    with stoplist.hashed_once():
        inside = external.JT_STOPLIST
        assert inside == words and hash(inside) == hash(tuple(words))
        assert type(inside) is not tuple      # the once-hashed copy, not the plain tuple
    assert external.JT_STOPLIST is before


def test_hashed_once_restores_the_global_after_an_error() -> None:
    before = external.JT_STOPLIST
    try:
        with stoplist.hashed_once():
            raise RuntimeError("extract failed")
    except RuntimeError:
        pass
    assert external.JT_STOPLIST is before
