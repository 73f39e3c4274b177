using System.CommandLine;
using System.Text;
using Encore.Import;

namespace Encore.Web.Cli;

// encore analyze [--db PATH] [--json] PATH...: what Encore suggests for raw posts, without importing them.
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders of raw posts (as for import)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per file (import's objects, with suggestions)" };
        var command = new Command("analyze", "Suggest fandom, characters, relationships, warnings, content tags and a rating from a post's text, with evidence")
        {
            paths, json,
        };
        command.SetAction((parse, ct) => EncoreCli.Guard(() => ImportCommand.RunAsync(
            EncoreCli.Database(parse), parse.GetValue(paths)!, new ImportOptions(DryRun: true), parse.GetValue(json), ct, Describe, "Analysed")));
        return command;
    }

    private static string Describe(ImportOutcome outcome)
    {
        if (outcome.Work == null || outcome.Status == ImportOutcome.Failed) return $"failed  {outcome.Source}: {outcome.Error}";
        var text = new StringBuilder($"{outcome.Source}: {outcome.Work.Title} ({outcome.Work.Words:N0} words)\n");
        foreach (var s in outcome.Work.Suggestions ?? [])
        {
            text.Append($"  {s.Type,-12} {s.Tag}  ({s.Confidence:0.00}{(s.Note == null ? "" : ", " + s.Note)})\n");
            foreach (var e in s.Evidence.Take(1)) text.Append($"               “{Shorten(e.Quote)}” [{e.Source} {e.Start}–{e.End}]\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string Shorten(string s) => s.Length <= 110 ? s : s[..107] + "…";
}
