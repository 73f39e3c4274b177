using System.CommandLine;
using Encore.Data;
using Encore.Search;

namespace Encore.Web.Cli;

// encore index verify [--db PATH]: builds the search index as a web node does, applies the change feed still kept
// on top of it, and compares the result with a fresh build from the database. Exit 1 on any difference.
public static class IndexCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Check that the search index, kept up to date from the change feed, matches the database");
        verify.SetAction((parse, ct) => EncoreCli.Guard(async () =>
        {
            var database = EncoreCli.Database(parse);
            await DatabaseCheck.PrepareAsync(database, ct);
            IReadOnlyList<string> missing;
            await using (var db = DatabaseServices.Open(database)) missing = await IndexCheck.MissingTriggersAsync(db, ct);
            var host = new IndexHost(() => DatabaseServices.Open(database));
            await host.BuildAsync(ct);
            var replayed = await host.ReplayFeedAsync(ct);
            var problems = await host.VerifyAsync(ct);
            foreach (var t in missing) Console.WriteLine($"missing trigger: {t} (changes it records would not reach the index)");
            foreach (var p in problems) Console.WriteLine(p);
            if (missing.Count > 0 || problems.Count > 0)
            {
                Console.WriteLine($"index differs from the database: {problems.Count} difference(s) shown, {missing.Count} trigger(s) missing");
                return 1;
            }
            Console.WriteLine($"index matches the database: {host.Index.LiveWorks:N0} works, {host.Index.PostingEntries:N0} tag postings " +
                $"({replayed:N0} feed changes replayed)");
            return 0;
        }));
        return new Command("index", "The search index") { verify };
    }
}
