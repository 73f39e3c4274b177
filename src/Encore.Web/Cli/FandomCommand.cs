using System.CommandLine;
using Encore.Data;
using Encore.Understanding;

namespace Encore.Web.Cli;

// encore fandom load [--db PATH] FILE: add or update a fandom's characters, relationships and aliases.
public static class FandomCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A fandom file (JSON; format in docs/fandom-files.md)" };
        var load = new Command("load", "Add a fandom file's fandom, characters, relationships and aliases to the archive, or bring them up to date") { file };
        load.SetAction((parse, ct) => EncoreCli.Guard(async () =>
        {
            FandomFile fandom;
            try
            {
                fandom = FandomFile.Parse(await File.ReadAllTextAsync(parse.GetValue(file)!, ct));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"encore: {parse.GetValue(file)}: {e.Message}");
                return 2;
            }
            var database = EncoreCli.Database(parse);
            await DatabaseCheck.PrepareAsync(database, ct);
            await using var db = DatabaseServices.Open(database);
            try
            {
                var (tags, aliases) = await FandomLoader.LoadAsync(db, fandom, ct);
                Console.WriteLine($"{fandom.Fandom}: {fandom.Characters.Count} characters and {fandom.Relationships.Count} relationships known; {tags} new tags, {aliases} new aliases.");
                return 0;
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync($"encore: {e.Message} Nothing was changed.");
                return 2;
            }
        }));
        return new Command("fandom", "What the archive knows about fandoms (for text analysis)") { load };
    }
}
