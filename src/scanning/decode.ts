/**
 * Bytes -> text for Python sources and manifests, as Python reads them: UTF-8 (a BOM is dropped), or the
 * encoding a PEP 263 coding line declares in the first two lines; for requirements and conda files also
 * UTF-16 with a byte order mark (DecodeOptions). Binary content (a NUL byte near the start)
 * is refused so that a blob named `.py` is reported as skipped instead of scanned.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export interface DecodeOptions {
  /**
   * Also read UTF-16 with a byte order mark, as pip reads requirements files and PyYAML conda environments.
   * Windows PowerShell's `>` writes UTF-16 LE with a BOM, so `pip freeze > requirements.txt` or
   * `conda env export > environment.yml` there gives such a file. Python itself does not read UTF-16 source,
   * nor TOML or JSON readers, so only those manifests ask for it.
   */
  utf16Bom?: boolean;
}

/** The kinds of file whose readers (pip, PyYAML) accept UTF-16 with a BOM. */
export const UTF16_KINDS: ReadonlySet<string> = new Set(["requirements", "conda"]);

export function decodeSource(buf: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (opts.utf16Bom === true && buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    try {
      // TextDecoder drops the BOM itself
      return { ok: true, text: new TextDecoder(buf[0] === 0xff ? "utf-16le" : "utf-16be", { fatal: true }).decode(buf) };
    } catch {
      return { ok: false, reason: "invalid UTF-16 after a UTF-16 byte order mark: not read as text" };
    }
  }
  const probe = buf.subarray(0, Math.min(buf.length, 8192));
  if (probe.indexOf(0) !== -1) return { ok: false, reason: "binary content (NUL bytes): not read as text" };
  let start = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const body = start ? buf.subarray(start) : buf;
  try {
    return { ok: true, text: utf8.decode(body) };
  } catch {
    // Not UTF-8: honour a PEP 263 declaration, else fall back to Latin-1 (every byte decodes).
    const head = Buffer.from(body.subarray(0, 400)).toString("latin1").split(/\r?\n/, 2).join("\n");
    const m = CODING_RE.exec(head);
    const label = m?.[1]?.toLowerCase();
    if (label) {
      try {
        return { ok: true, text: new TextDecoder(label).decode(body) };
      } catch {
        // unknown label: fall through
      }
    }
    return { ok: true, text: Buffer.from(body).toString("latin1") };
  }
}
