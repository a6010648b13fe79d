/**
 * Picks the largest candidate from a `srcset` value ("a.jpg 480w, b.jpg 960w" or "a.jpg 1x, b.jpg 2x").
 * URLs may themselves contain commas (CDN transform paths), so candidates are split on ", " boundaries
 * that follow a descriptor or a URL, not on every comma.
 */
export function bestSrcsetCandidate(srcset: string | null | undefined): string | null {
  const value = (srcset ?? '').trim();
  if (!value) return null;
  let best: { url: string; score: number } | null = null;
  for (const candidate of value.split(/,\s+|,(?=\S+\s+\d)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const number = parseFloat(descriptor);
    const score = /w$/i.test(descriptor) ? number : /x$/i.test(descriptor) ? number * 1000 : 1000;
    if (!best || (Number.isFinite(score) && score > best.score)) best = { url, score };
  }
  return best?.url ?? null;
}
