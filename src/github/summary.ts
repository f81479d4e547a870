/**
 * The job summary: the same markdown as the comment (without the marker). GitHub rejects a step summary over
 * 1 MiB, so an oversized one is re-rendered shorter, and cut as a last resort, always saying so.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room left for the note and for anything else written to the same step summary. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;

export interface SummaryPlan {
  markdown: string;
  shortened: boolean;
}

/**
 * `render(maxLength)` renders the report's markdown in at most `maxLength` characters (the renderer drops
 * sections and says so when it must). Characters can take several bytes, so the byte size is checked and
 * the length asked for lowered until it fits; a last-resort cut at a line boundary says so too.
 */
export function fitSummary(render: (maxLength: number) => string): SummaryPlan {
  let max = SUMMARY_BUDGET_BYTES;
  let md = render(max);
  let bytes = Buffer.byteLength(md, "utf8");
  let shortened = false;
  while (bytes > SUMMARY_BUDGET_BYTES && max > 4096) {
    shortened = true;
    max = Math.floor((max * SUMMARY_BUDGET_BYTES * 0.95) / bytes);
    md = render(max);
    bytes = Buffer.byteLength(md, "utf8");
  }
  if (bytes > SUMMARY_BUDGET_BYTES) return { markdown: truncateBytes(md, SUMMARY_BUDGET_BYTES), shortened: true };
  return { markdown: md, shortened: shortened || /was shortened/.test(md) };
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes at a line boundary, never inside a character. */
export function truncateBytes(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, "utf8") <= maxBytes) return s;
  const tail = "\n\n… (cut here to fit the size limit)\n";
  const fence = "\n```";
  let cut = Buffer.from(s, "utf8").subarray(0, Math.max(0, maxBytes - Buffer.byteLength(tail) - fence.length)).toString("utf8");
  if (cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf("\n");
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  // Close an open code fence so the rest of the page still renders.
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += fence;
  return cut + tail;
}
