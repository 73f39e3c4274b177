using System.CommandLine;
using Encore.Data;

namespace Encore.Web.Cli;

// `encore` is both the web server and the archive's command line. Every command that touches data takes --db,
// falling back to ENCORE_DB and then ./data/encore.db (DatabaseSettings.Resolve).
public static class EncoreCli
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"The SQLite database file, or a PostgreSQL connection string (default: ${DatabaseSettings.EnvironmentVariable}, else {DatabaseSettings.DefaultPath})",
        Recursive = true,
        HelpName = "PATH",
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Encore: a fan-fiction archive. Run `encore serve` to open the archive in a browser.");
        root.Options.Add(Db);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(FandomCommand.Create());
        root.Subcommands.Add(AdminCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }

    public static DatabaseSettings Database(ParseResult parse) => DatabaseSettings.Resolve(parse.GetValue(Db));

    // Runs a command body, turning problems the user can fix into one line on stderr and exit code 2.
    public static async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (EncoreDatabaseException e)
        {
            await Console.Error.WriteLineAsync($"encore: {e.Message}");
            return 2;
        }
    }
}
