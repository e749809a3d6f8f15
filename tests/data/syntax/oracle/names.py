#!/usr/bin/python3
"""CPython's side of the \\N{NAME} test in tests/test_syntax_corpus.cpp: prints "NAME<TAB>CODE" for many
candidate names, CODE being the code point the unicode-escape codec (the one string literals use)
decodes "\\N{NAME}" to, or -1 when it rejects it. Candidates: every character name unicodedata has,
some in other cases, near misses of them (truncated, padded, doubled spaces), algorithmic names
spelled right and wrong, and every alias candidate the system lists (kept or not by CPython)."""
import codecs, glob, re, sys, unicodedata

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11: use /usr/bin/python3"
cands = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if not name:
        continue
    cands.append(name)
    if cp % 5 == 0:
        cands.append(name.lower())
    if cp % 11 == 0:
        cands.append(name.title())
    if cp % 13 == 0:
        cands += [name[:-1], name + " ", " " + name, name.replace(" ", "  ", 1), name + "X"]
jamo_l = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H", "KK", "X"]
jamo_v = ["A", "AE", "YA", "WAE", "EO", "YI", "I", "", "Q", "a"]
jamo_t = ["", "G", "GG", "GS", "LH", "NG", "H", "Z", "HH"]
for l in jamo_l:
    for v in jamo_v:
        for t in jamo_t:
            cands.append("HANGUL SYLLABLE " + l + v + t)
cands += ["HANGUL SYLLABLE", "HANGUL SYLLABLE ", "HANGUL SYLLABLEGA", "hangul syllable GA", "Hangul Syllable GA",
          "HANGUL SYLLABLE ga", "HANGUL SYLLABLE GA ", "HANGUL SYLLABLE  GA"]
for hexpart in ["4E00", "4e00", "04E00", "004E00", "4E0", "3400", "4DBF", "4DC0", "9FFF", "A000", "20000", "2A6DF",
                "2A6E0", "3134A", "3134B", "F900", "FFFFF", "G000", "4E00 ", " 4E00"]:
    cands += ["CJK UNIFIED IDEOGRAPH-" + hexpart, "cjk unified ideograph-" + hexpart]
for path in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")) + ["/usr/share/unicode/NameAliases.txt"]:
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        continue
    for line in text.splitlines():
        name = line.split(";")[1] if ";" in line else line
        if name.strip() and not re.fullmatch(r"[0-9A-F ]+", name.strip()):  # Name.pl's code lines
            cands += [name.strip(), name.strip().lower()]
seen = set()
for name in cands:
    if name in seen or not name.isascii() or "}" in name or "\t" in name or "\\" in name:
        continue
    seen.add(name)
    try:
        value = codecs.decode(b"\\N{" + name.encode() + b"}", "unicode_escape")
        code = ord(value) if len(value) == 1 else -1
    except UnicodeDecodeError:
        code = -1
    print("%s\t%d" % (name, code))
