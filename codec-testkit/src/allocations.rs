//! Zero-copy, measured. `allocation-counter` counts the current thread's allocations,
//! so tests that use these helpers may run in parallel.

/// How many allocations `f` makes.
pub fn count(f: impl FnOnce()) -> u64 {
    allocation_counter::measure(f).count_total
}

/// What `f` returns, and how many allocations it made.
pub fn counted<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let mut result = None;
    let allocations = count(|| result = Some(f()));
    (result.unwrap(), allocations)
}

/// What pushing `items` default values one by one into an empty vector allocates.
pub fn vector_growth<T: Default>(items: usize) -> u64 {
    count(|| {
        let mut vector = Vec::new();
        for _ in 0..items {
            vector.push(std::hint::black_box(T::default()));
        }
        std::hint::black_box(&vector);
    })
}

/// Decoding makes no allocation per item: `allocations(n)` (the count of one decode of
/// a page of `n` items) is, for every size after the first, at most the count for the
/// first size plus the growth of a `Vec<T>` between the two sizes (measured, not
/// assumed). Prints the counts, labelled, and returns them.
pub fn assert_no_allocation_per_item<T: Default>(
    label: &str,
    sizes: &[usize],
    mut allocations: impl FnMut(usize) -> u64,
) -> Vec<u64> {
    let counts: Vec<u64> = sizes.iter().map(|&items| allocations(items)).collect();
    let (first, small) = (sizes[0], counts[0]);
    eprintln!("{label}: allocations per decode {sizes:?} items: {counts:?}");
    for (&items, &large) in sizes.iter().zip(&counts).skip(1) {
        let growth = vector_growth::<T>(items) - vector_growth::<T>(first);
        eprintln!("{label}: vector growth from {first} to {items} items: {growth}");
        assert!(
            large <= small + growth,
            "{label}: {first} items: {small}, {items} items: {large}, growth {growth}"
        );
    }
    counts
}

/// A conversion allocates per page, not per item: `allocations(n)` is the same for
/// every size in `sizes`. Prints the counts, labelled, and returns that count.
pub fn assert_allocations_per_page(
    label: &str,
    sizes: &[usize],
    allocations: impl FnMut(usize) -> u64,
) -> u64 {
    let counts: Vec<u64> = sizes.iter().copied().map(allocations).collect();
    eprintln!("{label}: allocations for {sizes:?} items: {counts:?}");
    assert!(counts.iter().all(|&c| c == counts[0]), "{label}: {sizes:?} items: {counts:?}");
    counts[0]
}
