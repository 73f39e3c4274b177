using System.CommandLine;
using Encore.Data;
using Encore.Export;
using Encore.People;
using Encore.Web.Downloads;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Cli;

// encore export WORK_ID --format epub|html|pdf|azw3|mobi -o FILE: the downloads of the work page, from the command
// line. Exit codes: 0 written; 2 something the user can fix (no such work, a draft or hidden work, an unknown format,
// a format that needs Calibre where it is not installed, a path that cannot be written); 1 Calibre failed.
public static class ExportCommand
{
    // Whoever runs the command holds the database: restricted works export, as for any signed-in reader. Drafts and
    // hidden works never do (WorkDownloads). The empty user id is nobody's, so no draft counts as "mine".
    private static readonly Reader CommandLine = new(UserId: "");

    public static Command Create()
    {
        var workId = new Argument<int>("WORK_ID") { Description = "The work's number (as in /works/WORK_ID)" };
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"One of {ExportFormats.Choices} (default: from the output file's extension)", HelpName = "FORMAT",
        };
        var output = new Option<string>("--output", "-o") { Description = "The file to write", Required = true, HelpName = "FILE" };
        var site = new Option<string>("--site")
        {
            Description = "The archive's address, for the book's links back to it", DefaultValueFactory = _ => "http://localhost:5000/", HelpName = "URL",
        };
        var command = new Command("export", "Write a work as an e-book or one HTML file, as the work page's Download menu does")
        {
            workId, format, output, site,
        };
        command.SetAction((parse, ct) => EncoreCli.Guard(() => RunAsync(EncoreCli.Database(parse), parse.GetValue(workId),
            parse.GetValue(format), parse.GetValue(output)!, parse.GetValue(site)!, ct)));
        return command;
    }

    private static async Task<int> RunAsync(DatabaseSettings database, int id, string? formatName, string output, string siteText, CancellationToken ct)
    {
        formatName ??= Path.GetExtension(output).TrimStart('.');
        if (!ExportFormats.TryParse(formatName, out var format))
            return Fail(formatName.Length == 0 ? $"say which format with --format ({ExportFormats.Choices})"
                : $"unknown format \"{formatName}\": choose one of {ExportFormats.Choices}");
        if (!Uri.TryCreate(siteText, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            return Fail($"--site must be an http or https address, not \"{siteText}\"");
        var calibre = Calibre.Find();
        if (format.NeedsCalibre() && calibre == null) return Fail($"{format.Label()} export needs Calibre: {Calibre.Missing}");

        await using var db = await ReadOnlyDatabase.OpenAsync(database, ct);
        if (db == null) return Fail($"there is no up-to-date Encore database at {database.Describe()}");
        var state = await db.Works.Where(w => w.Id == id)
            .Select(w => new { w.IsDraft, w.HiddenReason, Chapters = w.Chapters.Count }).FirstOrDefaultAsync(ct);
        if (state == null) return Fail($"there is no work {id}");
        if (state.IsDraft) return Fail($"work {id} is a draft: only posted works can be exported");
        if (state.HiddenReason != null) return Fail($"work {id} is hidden by an administrator and cannot be exported");
        var book = await WorkDownloads.LoadAsync(db, id, CommandLine, DownloadServices.ForSite(site), ct);
        if (book == null) return Fail($"work {id} has no chapters to export");
        return await WriteAsync(book, format, Path.GetFullPath(output), calibre, ct);
    }

    // Into a temporary file beside the target, then moved over it: a failed export leaves no half-written file.
    private static async Task<int> WriteAsync(Book book, ExportFormat format, string output, Calibre? calibre, CancellationToken ct)
    {
        if (Directory.Exists(output)) return Fail($"cannot write {output}: it is a folder");
        var temporary = Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.part");
        try
        {
            await WorkDownloads.WriteAsync(book, format, temporary, calibre, ct);
            File.Move(temporary, output, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write {output}: {e.Message}");
        }
        catch (ExportException e)
        {
            await Console.Error.WriteLineAsync($"encore: {e.Message}");
            return 1;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        Console.WriteLine($"Wrote {output} ({format.Label()}, {new FileInfo(output).Length:N0} bytes): {book.Title}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"encore: {message}");
        return 2;
    }
}
