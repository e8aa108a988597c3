"""Writes Vietnamese text the way the old fonts stored it, for the fixtures.

Independent of the program's own tables (src/io/legacytext.cpp): TCVN3 comes from glibc's
iconv (TCVN5712-1, whose lowercase letters are the ABC/.VnTime codes), VNI from the VNI-Windows
key table (a vowel followed by a mark byte).
"""
import subprocess
import unicodedata

TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # sắc huyền hỏi ngã nặng


def tcvn3_bytes(text):
    """TCVN3 (ABC) bytes of @text. Capitals with a tone have no code: the lowercase one is used,
    as the .VnTimeH font showed it in capitals."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out += ch.encode()
            continue
        for candidate in (ch, ch.lower()):
            r = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=candidate.encode(),
                               capture_output=True)
            # VN1 has codes for toned capitals that VN3 (ABC) lacks: only A1-FE codes of VN3.
            if r.returncode == 0 and len(r.stdout) == 1 and (candidate == ch.lower() or r.stdout[0] in range(0xA1, 0xA8)):
                out += r.stdout
                break
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return out


# VNI-Windows: marks after the base vowel. Lower-case bytes; capitals use the byte minus 0x20.
VNI_TONE = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF]          # sắc huyền hỏi ngã nặng
VNI_CIRCUMFLEX = [0xE1, 0xE0, 0xE5, 0xE3, 0xE4]    # â ê ô with a tone; 0xE2 without
VNI_BREVE = [0xE9, 0xE8, 0xFA, 0xFC, 0xEB]         # ă with a tone; 0xEA without
VNI_SINGLE = {"í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE, "đ": 0xF1, "ơ": 0xF4, "ư": 0xF6}


def vni_bytes(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out += ch.encode()
            continue
        upper = ch != ch.lower()
        low = ch.lower()
        shift = 0x20 if upper else 0
        if low in VNI_SINGLE:
            out.append(VNI_SINGLE[low] - shift)
            continue
        d = unicodedata.normalize("NFD", low)
        base, marks = d[0], d[1:]
        tone = next((TONES[m] for m in marks if m in TONES), None)
        modifier = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
        if modifier == "\u031b":  # horn: ơ ư have their own codes
            out.append(VNI_SINGLE["ơ" if base == "o" else "ư"] - shift)
            if tone is not None:
                out.append(VNI_TONE[tone] - shift)
            continue
        out += (base.upper() if upper else base).encode()
        if modifier == "\u0302":
            out.append((VNI_CIRCUMFLEX[tone] if tone is not None else 0xE2) - shift)
        elif modifier == "\u0306":
            out.append((VNI_BREVE[tone] if tone is not None else 0xEA) - shift)
        elif tone is not None:
            out.append(VNI_TONE[tone] - shift)
    return bytes(out)


def as_shown(raw):
    """The bytes as a Unicode program shows them: each one a Windows-1252 character."""
    return raw.decode("cp1252")


def tcvn3(text):
    return as_shown(tcvn3_bytes(text))


def vni(text):
    return as_shown(vni_bytes(text))


def mojibake(text):
    """UTF-8 read as Windows-1252: what a CSV opened in the wrong code page becomes. The five
    bytes Windows-1252 leaves undefined come out as the C1 characters of the same value, as
    Windows' own conversion gives them."""
    out = ""
    for b in text.encode("utf-8"):
        try:
            out += bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            out += chr(b)
    return out
