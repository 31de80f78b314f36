using BenchmarkDotNet.Running;

// scripts/bench/stages.sh: every benchmark of this assembly, or those its arguments select (--filter).
BenchmarkSwitcher.FromAssembly(typeof(Daisee.Billing.Benchmarks.StageBenchmarks).Assembly).Run(args);
