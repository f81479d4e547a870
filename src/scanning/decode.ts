/**
 * Bytes -> text for Python sources and manifests, as Python reads them: UTF-8 (a BOM is dropped), or the
 * encoding a PEP 263 coding line declares in the first two lines. Binary content (a NUL byte near the start)
 * is refused so that a blob named `.py` is reported as skipped instead of scanned.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeSource(buf: Uint8Array): Decoded {
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
