"""Oracle for the differential tokenizer test: CPython's own tokenize module.

Reads a JSON list of file paths on stdin; prints one JSON object mapping each path to either
{"skip": reason} or {"tokens": [[kind, line, col_utf16], ...]} for NAME, STRING and COMMENT tokens.
Columns are converted to UTF-16 code units so they compare with JavaScript string offsets.
Sources are read as UTF-8 with universal newlines (the JS side treats \\r\\n, \\r and \\n alike).
"""
import io
import json
import sys
import tokenize

KINDS = {tokenize.NAME: "name", tokenize.STRING: "string", tokenize.COMMENT: "comment"}


def utf16_col(line, col):
    return len(line[:col].encode("utf-16-le")) // 2


def run(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return {"skip": type(e).__name__}
    if text.startswith("\ufeff") or "\x00" in text or "\x0c" in text:
        return {"skip": "bom/nul/formfeed"}
    text = io.StringIO(text, newline=None).read()
    lines = text.split("\n")
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.ERRORTOKEN:
                return {"skip": "errortoken"}
            kind = KINDS.get(tok.type)
            if kind is None:
                continue
            (row, col) = tok.start
            out.append([kind, row, utf16_col(lines[row - 1], col)])
    except (tokenize.TokenError, SyntaxError) as e:
        return {"skip": type(e).__name__}
    return {"tokens": out}


def main():
    paths = json.load(sys.stdin)
    json.dump({p: run(p) for p in paths}, sys.stdout)


if __name__ == "__main__":
    main()
