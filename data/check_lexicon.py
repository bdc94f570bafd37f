#!/usr/bin/env python3
"""Validates kg's lexicon (data/lexicon.json by default). Python 3 standard library only.

    python3 data/check_lexicon.py [path] [--quiet]

Checks the schema the C++ loader expects (extract/lexicon.cc), that every string is clean NFC text
whose Arabic uses Arabic letters only (no Persian/Urdu forms such as ک ی گ پ چ ژ), and that no
name folds to the same key as a name of another entity unless both entities list it in their
"ambiguous" array. Folding mirrors graph/fold.h: NFKC; Arabic diacritics (U+064B–U+065F, U+0670),
tatweel and bidi controls removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Arabic-Indic digits →
ASCII; punctuation → space; Latin lower-cased; white space collapsed. Case-sensitive names are
compared as written, word by word (the loader's RawWords), and also against other entities'
case-insensitive names, which would match the same text.

Prints counts per type. Exits 1 on any error (warnings do not fail).
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

TYPES = ("group", "place", "person", "organization")
FIELDS = {"id", "type", "ar", "en", "aliases", "case_sensitive", "country", "parent", "ambiguous"}
ID_RE = re.compile(r"^(group|place|person|organization):[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACE_ID_RE = re.compile(r"^place:[a-z0-9]+(?:-[a-z0-9]+)*$")

DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670}
BIDI = {0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x200B, 0x200C, 0x200D, 0xFEFF}
LETTER_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
# Arabic letters an Arabic name may use: hamza..ghain, feh..yeh; plus the marks folded away.
ARABIC_OK = set(range(0x0621, 0x063B)) | set(range(0x0641, 0x064B)) | DIACRITICS | {0x0640}
# Letters that betray Persian/Urdu/Kurdish keyboards in Arabic text, with the letter to use.
NON_ARABIC_HINT = {"ک": "ك", "ی": "ي", "ې": "ي", "ۍ": "ي", "ە": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ة",
                   "گ": "غ or ج", "پ": "ب", "چ": "تش", "ژ": "ج or ز", "ڤ": "ف", "ڨ": "ق"}


def is_arabic_block(cp):
    return (0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF)


def fold(text):
    """The folded key of a name (see the module docstring)."""
    s = unicodedata.normalize("NFKC", text)
    out = []
    for ch in s:
        cp = ord(ch)
        if cp in DIACRITICS or cp == 0x0640 or cp in BIDI:
            continue
        ch = LETTER_MAP.get(ch, ch)
        if 0x0660 <= cp <= 0x0669:
            ch = chr(ord("0") + cp - 0x0660)
        elif 0x06F0 <= cp <= 0x06F9:
            ch = chr(ord("0") + cp - 0x06F0)
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC" or ch.isspace():
            out.append(" ")
        else:
            out.append(ch.lower())
    return " ".join("".join(out).split())


def raw_words(text):
    """Words as written (ASCII letters/digits and non-ASCII), single spaces: 'ISIS-K' -> 'ISIS K'."""
    words, cur = [], []
    for ch in text:
        if ch.isascii() and not ch.isalnum():
            if cur:
                words.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return " ".join(words)


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    def check_string(self, where, s, field):
        if not isinstance(s, str):
            self.err(where, f"{field} must be a string, got {type(s).__name__}")
            return False
        if not s:
            self.err(where, f"{field} is empty")
            return False
        if s != s.strip() or "  " in s or any(c in s for c in "\t\n\r"):
            self.err(where, f"{field} {s!r} has stray white space")
        if unicodedata.normalize("NFC", s) != s:
            self.err(where, f"{field} {s!r} is not NFC")
        if any(ord(c) in BIDI for c in s):
            self.err(where, f"{field} {s!r} contains bidi/zero-width control characters")
        has_ar = has_latin = False
        for c in s:
            cp = ord(c)
            if is_arabic_block(cp):
                has_ar = True
                if cp not in ARABIC_OK:
                    hint = NON_ARABIC_HINT.get(c)
                    self.err(where, f"{field} {s!r} uses U+{cp:04X} {unicodedata.name(c, '?')}"
                             + (f" (use {hint})" if hint else " (not a plain Arabic letter)"))
            elif c.isalpha():
                if "LATIN" in unicodedata.name(c, ""):
                    has_latin = True
                else:
                    self.err(where, f"{field} {s!r} uses U+{cp:04X} {unicodedata.name(c, '?')}")
        if has_ar and has_latin:
            self.err(where, f"{field} {s!r} mixes Arabic and Latin letters")
        if not fold(s):
            self.err(where, f"{field} {s!r} folds to nothing")
        return True

    def run(self, doc):
        if not isinstance(doc, dict):
            self.err("top level", "expected a JSON object")
            return []
        extra = set(doc) - {"version", "entities"}
        if extra:
            self.err("top level", f"unknown keys {sorted(extra)}")
        if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
            self.err("top level", '"version" must be 1')
        ents = doc.get("entities")
        if not isinstance(ents, list):
            self.err("top level", '"entities" must be an array')
            return []
        ids = Counter(e.get("id") for e in ents if isinstance(e, dict))
        for i, x in ids.items():
            if x > 1:
                self.err(str(i), f"id used {x} times")
        good = [e for e in (self.check_entity(n, e, ids) for n, e in enumerate(ents, 1)) if e]
        self.check_collisions(good)
        return good

    def check_entity(self, n, e, ids):
        where = f"entry {n}"
        if not isinstance(e, dict):
            self.err(where, "not an object")
            return None
        eid = e.get("id")
        if isinstance(eid, str):
            where = eid
        unknown = set(e) - FIELDS
        if unknown:
            self.err(where, f"unknown keys {sorted(unknown)}")
        for k in ("id", "type", "ar", "en"):
            if k not in e:
                self.err(where, f'missing "{k}"')
        if not isinstance(eid, str) or not ID_RE.match(eid):
            self.err(where, f"bad id {eid!r} (want <type>:<ascii-slug>)")
        t = e.get("type")
        if t not in TYPES:
            self.err(where, f"bad type {t!r} (want one of {', '.join(TYPES)})")
        elif isinstance(eid, str) and not eid.startswith(t + ":"):
            self.err(where, f"id prefix does not match type {t!r}")
        ok = True
        for k in ("ar", "en"):
            if k in e:
                ok &= self.check_string(where, e[k], k)
        if isinstance(e.get("ar"), str) and not any(is_arabic_block(ord(c)) for c in e["ar"]):
            self.err(where, f'"ar" {e["ar"]!r} has no Arabic letters')
        if isinstance(e.get("en"), str) and any(is_arabic_block(ord(c)) for c in e["en"]):
            self.err(where, f'"en" {e["en"]!r} contains Arabic')
        lists = {}
        for k in ("aliases", "case_sensitive", "ambiguous"):
            v = e.get(k, [])
            if not isinstance(v, list):
                self.err(where, f'"{k}" must be an array of strings')
                v = []
            clean = []
            for s in v:
                if self.check_string(where, s, k):
                    clean.append(s)
            dup = [s for s, c in Counter(clean).items() if c > 1]
            if dup:
                self.err(where, f'"{k}" repeats {dup}')
            lists[k] = clean
        if "aliases" not in e:
            self.warn(where, 'no "aliases"')
        for s in lists["case_sensitive"]:
            if any(is_arabic_block(ord(c)) for c in s):
                self.err(where, f"case_sensitive {s!r} is Arabic (Arabic has no case; put it in aliases)")
            elif not any(c.isupper() for c in s):
                self.warn(where, f"case_sensitive {s!r} has no capital letter")
        insensitive = [e[k] for k in ("ar", "en") if isinstance(e.get(k), str)] + lists["aliases"]
        folded_ins = {fold(s): s for s in insensitive}
        for s in lists["case_sensitive"]:
            if fold(s) in folded_ins:
                self.err(where, f"{s!r} is both case-sensitive and (as {folded_ins[fold(s)]!r}) case-insensitive; "
                         "keep it in one list")
        if isinstance(e.get("ar"), str) and e["ar"] in lists["aliases"]:
            self.warn(where, f'alias {e["ar"]!r} repeats "ar"')
        for k in ("country", "parent"):
            if k not in e:
                continue
            v = e[k]
            if not isinstance(v, str) or not ID_RE.match(v):
                self.err(where, f'"{k}" {v!r} is not an entity id')
                continue
            if v == eid:
                self.err(where, f'"{k}" points at itself')
            if k == "country" and not PLACE_ID_RE.match(v):
                self.err(where, f'"country" {v!r} must be a place id')
            # Countries come from CLDR in code, so place ids may be absent here; others must exist.
            if not v.startswith("place:") and v not in ids:
                self.err(where, f'"{k}" {v!r} is not in the lexicon')
        names = set(folded_ins) | {fold(s) for s in lists["case_sensitive"]}
        for s in lists["ambiguous"]:
            if fold(s) not in names:
                self.err(where, f'ambiguous {s!r} is not one of this entity\'s names')
        if not ok or not isinstance(eid, str):
            return None
        return {"id": eid, "type": t, "insensitive": insensitive, "cs": lists["case_sensitive"],
                "amb": {fold(s) for s in lists["ambiguous"]} | {raw_words(s) for s in lists["ambiguous"]}}

    def check_collisions(self, ents):
        by_key = defaultdict(list)    # folded key -> [(entity, surface)]
        by_raw = defaultdict(list)    # case-sensitive raw words -> [(entity, surface)]
        for e in ents:
            for s in set(e["insensitive"]):
                by_key[fold(s)].append((e, s))
            for s in e["cs"]:
                by_raw[raw_words(s)].append((e, s))

        def report(key, hits, kind):
            owners = {}
            for ent, surf in hits:
                owners.setdefault(ent["id"], (ent, surf))
            if len(owners) < 2:
                return
            unlisted = [i for i, (ent, surf) in owners.items()
                        if key not in ent["amb"] and fold(surf) not in ent["amb"] and raw_words(surf) not in ent["amb"]]
            if unlisted:
                desc = ", ".join(f"{i} ({surf!r})" for i, (ent, surf) in sorted(owners.items()))
                self.err(key, f"{kind} names {len(owners)} entities: {desc}; "
                         f"not marked ambiguous by {', '.join(sorted(unlisted))}")

        for key, hits in by_key.items():
            report(key, hits, "folded name")
        for key, hits in by_raw.items():
            # A case-insensitive name of another entity would match the same text as well.
            extra = by_key.get(fold(key), [])
            report(key, hits + extra, "case-sensitive name")
        # Short case-insensitive Latin names match ordinary words too easily.
        for key, hits in by_key.items():
            if key.isascii() and len(key.replace(" ", "")) <= 3:
                for ent, surf in hits:
                    self.warn(ent["id"], f"short case-insensitive alias {surf!r}; consider case_sensitive")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in argv
    path = args[0] if args else __file__.rsplit("/", 1)[0] + "/lexicon.json" if "/" in __file__ else "lexicon.json"
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as ex:
        print(f"{path}: cannot read as UTF-8: {ex}", file=sys.stderr)
        return 1
    if text.startswith("\ufeff"):
        print(f"{path}: starts with a byte-order mark", file=sys.stderr)
        return 1

    def no_dup_keys(pairs):
        keys = [k for k, _ in pairs]
        dup = [k for k, c in Counter(keys).items() if c > 1]
        if dup:
            raise ValueError(f"duplicate keys {dup} in an object")
        return dict(pairs)

    try:
        doc = json.loads(text, object_pairs_hook=no_dup_keys)
    except ValueError as ex:
        print(f"{path}: invalid JSON: {ex}", file=sys.stderr)
        return 1
    c = Checker()
    ents = c.run(doc)
    if not quiet:
        for w in c.warnings:
            print(f"warning: {w}", file=sys.stderr)
    for e in c.errors:
        print(f"error: {e}", file=sys.stderr)
    counts = Counter(e["type"] for e in ents)
    n_alias = sum(len(e["insensitive"]) + len(e["cs"]) for e in ents)
    total = len(doc.get("entities", [])) if isinstance(doc, dict) and isinstance(doc.get("entities"), list) else 0
    print(f"{path}: {total} entities (" + ", ".join(f"{t} {counts.get(t, 0)}" for t in TYPES)
          + f"), {n_alias} names; {len(c.errors)} errors, {len(c.warnings)} warnings")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
