using System.CommandLine;
using Encore.Data;
using Encore.Web.Hosting;

namespace Encore.Web.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'",
            DefaultValueFactory = _ => "http://localhost:5000",
            HelpName = "URL",
        };
        var noSamples = new Option<bool>("--no-samples") { Description = "Do not add the sample works to an empty archive" };
        var development = new Option<bool>("--dev")
        {
            Description = "Development mode: account confirmation and password reset links are shown on the page as well as logged",
        };
        var command = new Command("serve", "Run the archive's web server (applies migrations; adds sample works to an empty archive)")
        {
            urls, noSamples, development,
        };
        command.SetAction((parse, ct) => EncoreCli.Guard(async () =>
        {
            var options = new ArchiveOptions(EncoreCli.Database(parse), parse.GetValue(urls)!, LoadSamples: !parse.GetValue(noSamples),
                Environment: parse.GetValue(development) ? "Development" : "Production");
            WebApplication app;
            try
            {
                app = await EncoreWebApp.StartAsync(options, ct);
            }
            catch (Exception e) when (e is IOException or FormatException or UriFormatException or InvalidOperationException && e is not EncoreDatabaseException)
            {
                await Console.Error.WriteLineAsync($"encore: cannot listen on {options.Urls}: {e.Message}");
                return 2;
            }
            await using var _ = app;
            foreach (var address in app.Urls) Console.WriteLine($"Encore is serving {options.Database.Describe()} at {address}");
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }
}
