using Encore.Data;
using Encore.Tests.Export;
using Encore.Tests.Support;
using Encore.Export;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Cli;

// `encore export` as a person runs it: the file it writes, and a clear line and exit code 2 for everything that
// can go wrong on the user's side.
public class ExportCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private string _db = null!;
    private int _work, _draft, _hidden, _restricted;

    public async Task InitializeAsync()
    {
        _db = _folder.File("archive.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, _db);
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        _work = (await Posting.PostAsync(db, Posting.Work("Exported Work", "<p>Chapter one.</p>", "<p>Chapter two.</p>") with { SeriesTitle = "The Set" })).Id;
        _draft = (await Posting.PostAsync(db, Posting.Work("Draft") with { IsDraft = true })).Id;
        _hidden = (await Posting.PostAsync(db, Posting.Work("Hidden"))).Id;
        _restricted = (await Posting.PostAsync(db, Posting.Work("Restricted") with { Restricted = true })).Id;
        await db.Works.Where(w => w.Id == _hidden).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, "Copied"));
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private Task<(int Code, string Out, string Err)> Export(string args, IDictionary<string, string>? env = null) =>
        CliTests.RunAsync($"export --db \"{_db}\" {args}", env, timeoutSeconds: 300);

    [Fact]
    public async Task It_writes_a_valid_epub_with_links_to_the_given_site()
    {
        var output = _folder.File("out.epub");
        var (code, stdout, stderr) = await Export($"{_work} --format epub -o \"{output}\" --site https://fic.example/");
        Assert.True(code == 0, stderr);
        Assert.Contains("Exported Work", stdout);
        var files = new EpubFiles(await File.ReadAllBytesAsync(output));
        Assert.Contains("https://fic.example/works/" + _work, files.Text("EPUB/afterword.xhtml"));
        Assert.Contains("belongs-to-collection", files.Text("EPUB/content.opf"));
        await Epubcheck.AssertValidAsync(output);
        Assert.Single(Directory.GetFiles(_folder.Path, "*.epub"));   // no temporary file left behind
    }

    [Fact]
    public async Task The_format_can_come_from_the_file_name_and_restricted_works_export()
    {
        var html = _folder.File("work.html");
        Assert.Equal(0, (await Export($"{_restricted} -o \"{html}\"")).Code);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(html));
        var pdf = _folder.File("work.pdf");
        var (code, _, stderr) = await Export($"{_work} -f pdf -o \"{pdf}\"");
        Assert.True(code == 0, stderr);
        Assert.Equal(DownloadTests.Magics[ExportFormat.Pdf], DownloadTests.Magic(await File.ReadAllBytesAsync(pdf), ExportFormat.Pdf));
    }

    [Theory]
    [InlineData("999 -f epub", "there is no work 999")]
    [InlineData("DRAFT -f epub", "is a draft")]
    [InlineData("HIDDEN -f epub", "hidden by an administrator")]
    [InlineData("WORK -f docx", "unknown format \"docx\": choose one of epub, azw3, mobi, pdf, html")]
    [InlineData("WORK --site ftp://x", "--site must be an http or https address")]
    public async Task What_cannot_be_exported_is_said_in_one_line_with_exit_code_2(string args, string message)
    {
        var output = _folder.File("refused.epub");
        args = args.Replace("DRAFT", _draft.ToString()).Replace("HIDDEN", _hidden.ToString()).Replace("WORK", _work.ToString());
        var (code, stdout, stderr) = await Export($"{args} -o \"{output}\"");
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_path_that_cannot_be_written_and_a_missing_calibre_are_explained()
    {
        var (code, _, stderr) = await Export($"{_work} -f epub -o \"{_folder.File("no/such/folder/out.epub")}\"");
        Assert.Equal(2, code);
        Assert.Contains("cannot write", stderr);

        (code, _, stderr) = await Export($"{_work} -o \"{_folder.Path}\" -f epub");
        Assert.Equal(2, code);
        Assert.Contains("it is a folder", stderr);

        (code, _, stderr) = await Export($"{_work} -f mobi -o \"{_folder.File("out.mobi")}\"",
            new Dictionary<string, string> { ["ENCORE_EBOOK_CONVERT"] = "/nonexistent/ebook-convert" });
        Assert.Equal(2, code);
        Assert.Contains("MOBI export needs Calibre", stderr);
        Assert.False(File.Exists(_folder.File("out.mobi")));

        (code, _, stderr) = await CliTests.RunAsync($"export --db \"{_folder.File("missing.db")}\" 1 -o \"{_folder.File("x.epub")}\"");
        Assert.Equal(2, code);
        Assert.Contains("no up-to-date Encore database", stderr);
        Assert.False(File.Exists(_folder.File("missing.db")));
    }
}
