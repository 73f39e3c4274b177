using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Encore's benchmarks. `dotnet run -c Release --project bench/Encore.Bench -- text` runs the text micro-benchmarks
// (BenchmarkDotNet); `-- epub` times EPUB export against pandoc; `-- import` times the importer over generated posts;
// `-- filter --works N` times the filter index against SQL; `-- upkeep --works N` times how the index follows the change
// feed; `-- site` serves filtered tag pages to wrk; `-- fulltext --works N --words W` times full-text search with snippets.
// BENCHMARKS.md records results.
return args switch
{
    ["text", .. var rest] => Run<Encore.Bench.TextBenchmarks>(rest),
    ["import", "--posts", var n] => await Encore.Bench.ImportBenchmark.RunAsync(int.Parse(n)),
    ["import"] => await Encore.Bench.ImportBenchmark.RunAsync(10_000),
    ["analyze", "--mb", var mb] => Encore.Bench.AnalyzeBenchmark.Run(double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture), "eval"),
    ["analyze-dump", var output] => Encore.Bench.AnalyzeDump.Run(output),
    ["analyze-profile", "--mb", var mb] => Encore.Bench.AnalyzeProfile.Run(double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture)),
    ["rule-patterns"] => Encore.Bench.RulePatternsWriter.Run(Encore.Bench.RulePatternsWriter.DefaultFile),
    ["analyze-file", var file] => Encore.Bench.AnalyzeStart.File(file),
    ["eval-layers", var path] => Encore.Bench.EvalLayers.Run(path, null),
    ["eval-layers", var path, "--model", var model] => Encore.Bench.EvalLayers.Run(path, model),
    ["train-labels", "--out", var file, .. var folders] when folders.Length > 0 => Encore.Bench.TrainLabels.Run(folders, file),
    ["train-labels", .. var folders] when folders.Length > 0 && !folders.Contains("--out") => Encore.Bench.TrainLabels.Run(folders, Encore.Bench.TrainLabels.DefaultFile),
    ["analyze-start"] => Encore.Bench.AnalyzeStart.Run(),
    ["analyze"] => Encore.Bench.AnalyzeBenchmark.Run(20, "eval"),
    ["filter", .. var rest] => await Encore.Bench.FilterBenchmark.RunAsync(Option(rest, "--works", 100_000), Option(rest, "--queries", 1_000),
        Option(rest, "--baseline", 100), Text(rest, "--db"), Option(rest, "--slowest", 10),
        rest.Contains("--calibrate"), Option(rest, "--passes", 1)),
    ["upkeep", .. var rest] => await Encore.Bench.UpkeepBenchmark.RunAsync(Option(rest, "--works", 100_000), Option(rest, "--changes", 10_000)),
    ["site", .. var rest] => await Encore.Bench.SiteBenchmark.RunAsync(Option(rest, "--works", 100_000), Option(rest, "--seconds", 30),
        Option(rest, "--warmup", 20), Option(rest, "--connections", 32), Option(rest, "--urls", 2_000), rest.Contains("--keep")),
    ["epub", .. var rest] => await Encore.Bench.EpubBenchmark.RunAsync(Option(rest, "--runs", 15)),
    ["fulltext", .. var rest] => await Encore.Bench.FullTextBenchmark.RunAsync(Option(rest, "--works", 20_000), Option(rest, "--words", 5_000),
        Option(rest, "--queries", 1_000)),
    ["posts", "--write", var folder, "--posts", var n] => Encore.Bench.ImportBenchmark.Write(folder, int.Parse(n)),
    _ => Usage(),
};

static int Run<T>(string[] args)
{
    // In-process: BenchmarkDotNet's generated project cannot restore Encore's ASP.NET Core dependencies here.
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    BenchmarkRunner.Run<T>(config, args);
    return 0;
}

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

static string? Text(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Encore.Bench text [BenchmarkDotNet options] | import [--posts N] | analyze [--mb N] | analyze-start | analyze-file FILE | analyze-profile --mb N | analyze-dump FILE | rule-patterns | train-labels [--out FILE] FOLDER... | eval-layers PATH [--model FILE] | filter [--works N] [--queries Q] [--baseline B] [--db FILE] [--slowest S] [--calibrate] [--passes P] | upkeep [--works N] [--changes C] | site [--works N] [--seconds S] [--warmup W] [--connections C] [--urls U] [--keep] | epub [--runs N] | fulltext [--works N] [--words W] [--queries Q] | posts --write FOLDER --posts N");
    return 2;
}
