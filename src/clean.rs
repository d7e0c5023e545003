//! Cleaning: removal of page clutter before and after scoring.
