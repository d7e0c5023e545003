// What the scripts that run the extension over the corpus share
// (bench-browser.mjs, eval-live.mjs, soak.mjs): which pages they read, and
// the quantiles of what they measure.

/**
 * `limit` of the corpus's `names` (all of them if fewer), spread evenly over
 * it: its pages are grouped by site, so the first `limit` would be a few
 * sites only.
 */
export function spread(names, limit) {
  const count = Math.min(limit, names.length);
  return [...new Set(Array.from({ length: count }, (_, i) => names[Math.floor((i * names.length) / count)]))];
}

/** The `q` quantile (0 to 1) of the finite `values`, interpolated; null if none. */
export function quantile(values, q) {
  const sorted = values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
export const median = (values) => quantile(values, 0.5);
export const p90 = (values) => quantile(values, 0.9);
