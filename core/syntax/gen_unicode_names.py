#!/usr/bin/python3
"""Writes the table behind \\N{NAME} escapes, taken from the build machine's own unicodedata, so Polytrace
accepts exactly the names CPython does without shipping a copy of the Unicode data files.

    gen_unicode_names.py OUTPUT.cpp [--alias-source FILE]...

Run by the build (core/syntax/UnicodeNames.cmake) and by bench/fuzz.sh with /usr/bin/python3.

What CPython 3.11's unicode-escape decoder accepts (Modules/unicodedata.c, _getcode without named
sequences): HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names are computed (UnicodeNames.cpp does that;
here we only record which code points are unified ideographs), every other character name and every
name alias is looked up case-insensitively in a table. That table is written here, front-coded.

unicodedata has no API that lists name aliases (NBSP, BYTE ORDER MARK, VS1...), so candidate names
are read from whatever alias list the system has (Perl's unicore/Name.pl, Debian's unicode-data) and
kept only if unicodedata.lookup accepts them as a single character: the table then holds exactly
CPython's aliases whatever version those lists are."""
import glob, os, sys, unicodedata

BLOCK = 64  # entries per front-coded block: a binary search over block heads, then at most 64 steps
MAX_NAME = 127

DEFAULT_ALIAS_SOURCES = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")) + [
    "/usr/share/unicode/NameAliases.txt", "/usr/share/unicode-data/NameAliases.txt"]


def alias_candidates(paths):
    names = set()
    used = []
    for path in dict.fromkeys(os.path.realpath(p) for p in paths):  # Perl's 5.36 is a link to 5.36.0
        try:
            lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
        except OSError:
            continue
        used.append(path)
        for line in lines:
            if ";" in line:  # NameAliases.txt: CODE;NAME;TYPE
                parts = line.split("#")[0].split(";")
                if len(parts) >= 2:
                    names.add(parts[1].strip())
            else:  # Name.pl: a code line, then a name line
                names.add(line.strip())
    return names, used


def unified_ideograph_ranges():
    cps = [cp for cp in range(0x110000)
           if (unicodedata.name(chr(cp), "") or "").startswith("CJK UNIFIED IDEOGRAPH-")]
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def table_entries(alias_names):
    entries = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or 0xAC00 <= cp <= 0xD7A3 or name.startswith("CJK UNIFIED IDEOGRAPH-"):
            continue
        entries[name] = cp
    aliases = 0
    for name in sorted(alias_names):
        if not name or name in entries or not name.isascii():
            continue
        try:
            value = unicodedata.lookup(name)
        except KeyError:
            continue
        if len(value) != 1:  # a named sequence: \N{...} does not accept those
            continue
        entries[name] = ord(value)
        aliases += 1
    for name in entries:
        assert len(name) <= MAX_NAME and name == name.upper() and name.isascii(), name
        assert not name.startswith(("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")), name
    return sorted(entries.items(), key=lambda kv: kv[0].encode()), aliases


def varint(v):
    out = bytearray()
    while v >= 0x80:
        out.append(0x80 | (v & 0x7F))
        v >>= 7
    out.append(v)
    return out


def encode(entries):
    """Per entry: length of the prefix shared with the previous name (0 at a block start), the rest of
    the name with bit 7 set on its last byte, then the code point: 3 bytes at a block start, else the
    zigzag varint of the difference from the previous one (sorted neighbours are usually close)."""
    data = bytearray()
    blocks = []
    prev_name, prev_cp = b"", 0
    for i, (name, cp) in enumerate(entries):
        name = name.encode()
        if i % BLOCK == 0:
            blocks.append(len(data))
            shared = 0
        else:
            shared = 0
            while shared < min(len(name), len(prev_name)) and name[shared] == prev_name[shared]:
                shared += 1
        suffix = bytearray(name[shared:])
        assert suffix, "names are unique, so every entry adds at least one byte"
        suffix[-1] |= 0x80
        data.append(shared)
        data += suffix
        if i % BLOCK == 0:
            data += bytes([cp >> 16, (cp >> 8) & 0xFF, cp & 0xFF])
        else:
            d = cp - prev_cp
            data += varint(d << 1 if d >= 0 else ((-d) << 1) - 1)
        prev_name, prev_cp = name, cp
    return bytes(data), blocks


def c_string(data, width=96):
    lines, cur = [], ""
    for b in data:
        ch = chr(b)
        if 0x20 <= b < 0x7F and ch not in '"\\?':
            piece = ch
        else:
            piece = "\\%03o" % b  # always 3 octal digits: the next character can never extend it
        if len(cur) + len(piece) > width:
            lines.append('"%s"' % cur)
            cur = ""
        cur += piece
    lines.append('"%s"' % cur)
    return "\n    ".join(lines)


def main():
    args = sys.argv[1:]
    if not args:
        raise SystemExit(__doc__)
    output = args[0]
    sources = [args[i + 1] for i, a in enumerate(args) if a == "--alias-source"] or DEFAULT_ALIAS_SOURCES
    candidates, used = alias_candidates(sources)
    entries, aliases = table_entries(candidates)
    if not used:
        print("gen_unicode_names.py: warning: no alias list found (looked for %s); name aliases such as "
              "\\N{NBSP} will be rejected" % ", ".join(sources), file=sys.stderr)
    data, blocks = encode(entries)
    ranges = unified_ideograph_ranges()
    out = []
    out.append("// Generated by core/syntax/gen_unicode_names.py from Python %s (Unicode %s): %d names, %d of "
               "them aliases\n// (alias candidates from: %s). Do not edit; the build regenerates it." % (
                   sys.version.split()[0], unicodedata.unidata_version, len(entries), aliases,
                   ", ".join(used) or "none"))
    out.append('#include "syntax/UnicodeNameData.h"\n')
    out.append("namespace pt::syntax::unames {\n")
    out.append("const bool kTableAvailable = true;")
    out.append('const char kUnicodeVersion[] = "%s";' % unicodedata.unidata_version)
    out.append("const CodeRange kUnifiedIdeographs[] = {%s};" % ", ".join(
        "{0x%X, 0x%X}" % tuple(r) for r in ranges))
    out.append("const size_t kUnifiedIdeographCount = %d;" % len(ranges))
    out.append("const size_t kNameCount = %d;" % len(entries))
    out.append("const size_t kBlockSize = %d;" % BLOCK)
    items = ["%d" % b for b in blocks]
    out.append("const uint32_t kBlockOffsets[] = {\n    %s};" % ",\n    ".join(
        ", ".join(items[i:i + 12]) for i in range(0, len(items), 12)))
    out.append("const size_t kBlockCount = %d;" % len(blocks))
    out.append("const unsigned char kNameData[] =\n    %s;" % c_string(data))
    out.append("const size_t kNameDataSize = %d;\n" % len(data))
    out.append("}  // namespace pt::syntax::unames")
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, output)


if __name__ == "__main__":
    main()
