//! The placement engine at Amsterdam size (8,000 pupils, 60 programmes) and national size
//! (200,000 pupils, 600 programmes), 12 choices each, popular programmes skewed.

#![allow(clippy::unwrap_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use overstap_domain::placement::synthetic::{SyntheticShape, synthetic_snapshot};
use overstap_domain::placement::{deferred_acceptance, immediate_acceptance, place};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [(u32, u32); 2] = [(8_000, 60), (200_000, 600)];

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("placement");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(5));
    for (pupils, programmes) in SIZES {
        let label = format!("{pupils}x12_over_{programmes}");
        let snapshot = synthetic_snapshot(SyntheticShape::new(pupils, programmes, 12), 2026);
        let instance = snapshot.prepare_instance().unwrap();
        group.bench_function(BenchmarkId::new("deferred_acceptance", &label), |b| {
            b.iter(|| deferred_acceptance(black_box(&instance)))
        });
        group.bench_function(BenchmarkId::new("immediate_acceptance", &label), |b| {
            b.iter(|| immediate_acceptance(black_box(&instance)))
        });
        group.bench_function(BenchmarkId::new("input_hash", &label), |b| {
            b.iter(|| black_box(&snapshot).input_hash())
        });
        group.bench_function(BenchmarkId::new("prepare_instance", &label), |b| {
            b.iter(|| black_box(&snapshot).prepare_instance().unwrap())
        });
        group.bench_function(BenchmarkId::new("place", &label), |b| {
            b.iter(|| place(black_box(&snapshot)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
