"""Every regex the cleaner runs on page text, and adversarial inputs built from each one.

Patterns are collected two ways: compiled patterns held by the modules of `cleaning` (also
inside tuples, lists and dicts: the marker and category tables), and literal patterns passed to
`re.search(...)` and friends in their source (found with `ast`, so none is missed for not being
a module constant). Adversarial inputs are what makes a backtracking regex go super-linear:
runs of one character of the pattern's own alphabet, and matches or near-matches of the
pattern (a random match cut short) repeated, plus HTML and script fragments a page can carry.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import random
import re
import signal
from functools import cache
from pathlib import Path
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as sre_parse
from types import ModuleType

import cleaning

CALLS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn",
         "split"}
# Characters standing for the classes of a pattern: a word character (Latin, digit, Han),
# spaces, punctuation of scripts and markup.
CLASS_SAMPLES = "a Z 1 _ 中 ， 。 ：".split() + [" ", "\t", "\n", "\u3000", "\xa0", "<", ">",
                                                "/", "\"", "'", "`", "\\", "=", ":", ".", "$",
                                                "-", "%", "&", ";", "{", "[", "(", "|", "#"]
FRAGMENTS = ("<script ", "<script>", "<!--", "<p", "<br", "<div", "</", "var a = ", "a: ",
             "a=\"", "a:'", "'\\", "\"\\", "\\x3c", "\\u003c", "window._CONFIG = ", "{\"a\":",
             "[1,", "2024年", "第一部分", "（一）", "1.", "索引号：", "发布日期：", "http://a/",
             "%2E", ".pdf", "附件", "　", "\u200b")


def module_patterns(package: ModuleType = cleaning, skip: tuple[str, ...] = (),
                    kinds: tuple[type, ...] = (re.Pattern,)) -> dict[str, re.Pattern]:
    """Compiled patterns held by the modules of ``package`` (its sub-packages' too; a module
    whose name holds one of ``skip`` left out), by "module.NAME[index]"; ``kinds`` may add
    pattern-like types (a `pattern`, `flags` and `finditer`: the crawler's MarkChain)."""
    found: dict[str, re.Pattern] = {}
    prefix = f"{package.__name__}."
    for info in pkgutil.walk_packages(package.__path__, prefix):
        if any(part in info.name for part in skip):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for label, pattern in _patterns_in(value, f"{info.name[len(prefix):]}.{name}",
                                               kinds):
                found.setdefault(label, pattern)
    return found


def _patterns_in(value: object, label: str, kinds: tuple[type, ...], depth: int = 0):
    if isinstance(value, kinds):
        yield label, value
    elif depth < 2 and isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from _patterns_in(item, f"{label}[{index}]", kinds, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{label}[{key!r}]", kinds, depth + 1)


def inline_patterns() -> dict[str, re.Pattern]:
    """Literal patterns passed to re functions in the cleaning sources (with literal flags)."""
    found: dict[str, re.Pattern] = {}
    for path in sorted(Path(cleaning.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in CALLS and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, (str, bytes))):
                continue
            flags = _literal_flags(node)
            if flags is not None:
                found[f"{path.stem}:{node.lineno}"] = re.compile(node.args[0].value, flags)
    return found


def _literal_flags(call: ast.Call) -> int | None:
    """The flags argument when it is written as re.X | re.Y (0 when absent), else None."""
    index = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2,
             "finditer": 2, "split": 3, "sub": 4, "subn": 4}[call.func.attr]
    flags = [k.value for k in call.keywords if k.arg == "flags"]
    flags += call.args[index:index + 1]
    if not flags:
        return 0
    try:
        return eval(compile(ast.Expression(flags[0]), "<flags>", "eval"), {"re": re})  # noqa: S307
    except Exception:  # noqa: BLE001 - flags computed at run time: the pattern is skipped
        return None


# Patterns only ever run through a guard that bounds their work, by label: the guard is tested.
GUARDED = {"textutil._TAG_RX": "strip_tags runs it only up to the last '>'",
           "loss._TAG_RUN_RX": "loss._without_tags runs it only up to the last '>'"}


@cache
def all_patterns() -> dict[str, re.Pattern]:
    """Module patterns, then inline ones not already among them; guarded ones left out."""
    found = {k: v for k, v in module_patterns().items() if k not in GUARDED}
    known = {(p.pattern, p.flags) for p in module_patterns().values()}
    found.update({k: v for k, v in inline_patterns().items()
                  if (v.pattern, v.flags) not in known})
    return found


# --- adversarial inputs --------------------------------------------------------------------

def sample(pattern: re.Pattern, rng: random.Random) -> str:
    """A random string the pattern's parse tree spells (lookarounds ignored)."""
    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    groups: dict[int, str] = {}
    return _spell(sre_parse.parse(text, pattern.flags & ~re.DEBUG), rng, groups)


def _spell(items, rng: random.Random, groups: dict[int, str]) -> str:
    out = []
    for op, arg in items:
        if op is C.LITERAL:
            out.append(chr(arg))
        elif op is C.NOT_LITERAL or op is C.ANY:
            out.append(rng.choice([c for c in CLASS_SAMPLES if op is C.ANY or ord(c) != arg]))
        elif op is C.IN:
            out.append(_member(arg, rng))
        elif op is C.BRANCH:
            out.append(_spell(rng.choice(arg[1]), rng, groups))
        elif op is C.SUBPATTERN:
            text = _spell(arg[3], rng, groups)
            if arg[0]:
                groups[arg[0]] = text
            out.append(text)
        elif op is C.ATOMIC_GROUP:
            out.append(_spell(arg, rng, groups))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, body = arg
            count = rng.randint(low, min(high, low + 3))
            out.append("".join(_spell(body, rng, groups) for _ in range(count)))
        elif op is C.GROUPREF:
            out.append(groups.get(arg, ""))
        elif op is C.GROUPREF_EXISTS:
            out.append(_spell(arg[1], rng, groups))
    return "".join(out)


def _member(items, rng: random.Random) -> str:
    """A character of a [...] class (one outside it when negated)."""
    negated = items and items[0][0] is C.NEGATE
    pattern = re.compile(sre_parse_class(items))
    pool = [c for c in CLASS_SAMPLES if bool(pattern.fullmatch(c)) != negated]
    return rng.choice(pool) if pool else "a"


def sre_parse_class(items) -> str:
    """A [...] class rebuilt from its parsed items (negation left out: the caller handles it)."""
    parts = []
    for op, arg in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is C.CATEGORY:
            parts.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
                          C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
                          C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}.get(arg, ""))
    return "[" + ("".join(parts) or "\x00") + "]"


ALWAYS = ("a", "1", "中", " ", "\n", "<", "\\", "\"")


SPACE_RUNS = (" ", "\u3000")   # an ASCII and an ideographic space


def adversarial_inputs(pattern: re.Pattern, size: int, thorough: bool = False,
                       seed: int = 0) -> list[str]:
    """Inputs of about ``size`` characters that a backtracking pattern chokes on: random matches
    of the pattern whole, cut short and cut in half, and runs of single characters (those the
    matches use, and a few always), each repeated. ``thorough`` adds every class sample and
    the page fragments; and half a match followed by a long run of spaces."""
    rng = random.Random(seed)
    pieces = set(ALWAYS)
    if thorough:
        pieces |= set(CLASS_SAMPLES) | set(FRAGMENTS)
    heads = set()
    for _ in range(4):
        spelled = sample(pattern, rng)
        pieces.update(spelled[:cut] for cut in {len(spelled), len(spelled) // 2,
                                                 len(spelled) - 1})
        pieces.update(c for c in spelled if c in CLASS_SAMPLES)
        heads.add(spelled[:len(spelled) // 2])
    pieces.discard("")
    # Half a match, then one long run of spaces and no end: two space quantifiers side by side
    # split the run every way (what repeating a piece never builds).
    runs = [head + space * size + "x" for head in sorted(heads) for space in SPACE_RUNS]
    return [piece * (size // len(piece) + 1) for piece in sorted(pieces)] + runs + name_runs(size)


def name_runs(size: int) -> list[str]:
    """A dotted name run (`a.a.a…`, also before a `(`), a jQuery member chain (`$.a.a…(`) and
    calls on one repeated (`$.a.b.c(` …), about ``size`` characters, no end: a name read from
    each start after a dot reads on to the run's end (a run of one character has no dot).
    Also a word whose letters alternate with digits or Han (`a1a1…`, `中a中a…`): a name that
    may start after a digit or a Han character starts at each of its letters."""
    run = "a." * (size // 2)
    return [run, run + "a(", "$" + run[1:] + "(", "$.a.b.c(" * (size // 8), "a1" * (size // 2),
            "中a" * (size // 2)]


class TooSlow(Exception):
    """Raised by the CPU timer: the regex engine checks for signals as it backtracks."""


def _too_slow(*_: object) -> None:
    raise TooSlow


def matches_within(pattern: re.Pattern, text: str | bytes, seconds: float) -> bool:
    """Whether finditer runs through text in under ``seconds`` of user CPU (cut off there, so
    a slow pattern costs a second of the suite, not minutes)."""
    previous = signal.signal(signal.SIGVTALRM, _too_slow)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        sum(1 for _ in pattern.finditer(text))
        return True
    except TooSlow:
        return False
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
