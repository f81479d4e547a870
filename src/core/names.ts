/** The first dotted component of a module or reference name (`torch` for `torch.nn.functional`). */
export function topOf(name: string): string {
  const dot = name.indexOf(".");
  return dot === -1 ? name : name.slice(0, dot);
}
