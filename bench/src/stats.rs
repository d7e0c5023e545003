//! Summaries of timings and their printing.

/// The median of `xs` (the mean of the middle two for an even count).
pub fn median(xs: &[f64]) -> f64 {
    percentile(xs, 50.0)
}

/// The `p`-th percentile of `xs`, interpolated between closest ranks.
pub fn percentile(xs: &[f64], p: f64) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = p / 100.0 * (v.len() - 1) as f64;
    let (lo, hi) = (rank.floor() as usize, rank.ceil() as usize);
    v[lo] + (v[hi] - v[lo]) * (rank - lo as f64)
}

/// Seconds as a short human figure: µs, ms or s.
pub fn secs(s: f64) -> String {
    if s.is_nan() {
        "-".into()
    } else if s < 1e-3 {
        format!("{:.0} µs", s * 1e6)
    } else if s < 1.0 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{s:.2} s")
    }
}

/// Bytes as MB (10^6) with two decimals, or KB below one MB.
pub fn bytes(b: f64) -> String {
    if b < 1e6 {
        format!("{:.1} KB", b / 1e3)
    } else {
        format!("{:.2} MB", b / 1e6)
    }
}
