using System.Text.RegularExpressions;

namespace Encore.Understanding;

// The rules' patterns as regular expressions: interpreted, except the few that cost most time interpreted, which are
// source-generated code (RulePatterns.Generated.cs, written by `dotnet run -c Release --project bench/Encore.Bench
// -- rule-patterns`). Compiling them all at start-up (RegexOptions.Compiled) cost several seconds of CPU before the
// first analysis, most of it the JIT compiling each pattern's code on its first run; interpreting costs nothing to
// start, and generated code is compiled like the rest of Encore, quickly at first and fully once it runs often. Every
// engine finds the same matches. A generated rule edited since the file was written runs interpreted, slower, until
// the file is written again (a test says when).
internal static partial class RulePatterns
{
    public const RegexOptions Options = RegexOptions.CultureInvariant;
    public const int TimeoutMilliseconds = 5000;

    public static Regex Make(string pattern) =>
        UseGenerated && Generated.TryGetValue(pattern, out var make) ? make() : new Regex(pattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));

    // Off only while the file's writer times the rules interpreted.
    internal static bool UseGenerated { get; set; } = true;

    public static IEnumerable<string> GeneratedPatterns => Generated.Keys;
}
