using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Encore's benchmarks. `dotnet run -c Release --project bench/Encore.Bench -- text` runs the text micro-benchmarks
// (BenchmarkDotNet); later suites (import, filter, export) are further verbs. BENCHMARKS.md records results.
return args switch
{
    ["text", .. var rest] => Run<Encore.Bench.TextBenchmarks>(rest),
    _ => Usage(),
};

static int Run<T>(string[] args)
{
    // In-process: BenchmarkDotNet's generated project cannot restore Encore's ASP.NET Core dependencies here.
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    BenchmarkRunner.Run<T>(config, args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Encore.Bench text [BenchmarkDotNet options]");
    return 2;
}
