using System.Diagnostics;

namespace Encore.Export;

/// <summary>
/// Calibre's <c>ebook-convert</c>, which makes the PDF, AZW3 and MOBI downloads from Encore's EPUB, as AO3 makes
/// its own. Optional: without it those formats are simply not offered.
/// </summary>
public sealed class Calibre(string executable)
{
    public const string EnvironmentVariable = "ENCORE_EBOOK_CONVERT";

    // A conversion has this long; Calibre takes seconds for a long work, never minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    // Conversions are CPU-bound and take seconds: at most one per two cores, so downloads cannot starve the pages.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount / 2));

    public string Executable => executable;

    /// <summary>ebook-convert from ENCORE_EBOOK_CONVERT when set (a path, or "none" to turn conversions off), else on PATH.</summary>
    public static Calibre? Find(string? configured = null)
    {
        configured ??= Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? new Calibre(Path.GetFullPath(configured)) : null;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "ebook-convert");
            if (File.Exists(candidate)) return new Calibre(candidate);
        }
        return null;
    }

    public const string Missing = "Calibre's ebook-convert is not installed (Debian: apt-get install calibre; or set " + EnvironmentVariable + " to its path)";

    public async Task ConvertAsync(string epubPath, string outputPath, ExportFormat format, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            await RunAsync(epubPath, outputPath, format, ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task RunAsync(string epubPath, string outputPath, ExportFormat format, CancellationToken ct)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(epubPath);
        info.ArgumentList.Add(outputPath);
        foreach (var option in Options(format)) info.ArgumentList.Add(option);
        // Headless servers have no display; PDF output renders through Qt WebEngine (Chromium), whose sandbox
        // cannot start as root (containers): there it must be off. The EPUB it renders has no script.
        info.Environment["QT_QPA_PLATFORM"] = "offscreen";
        if (Environment.UserName == "root") info.Environment["QTWEBENGINE_DISABLE_SANDBOX"] = "1";

        using var process = Process.Start(info) ?? throw new ExportException($"could not start {executable}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var log = (await stdout) + (await stderr);
        if (process.ExitCode != 0 || !File.Exists(outputPath) || new FileInfo(outputPath).Length == 0)
            throw new ExportException($"ebook-convert could not make the {format.Label()} (exit code {process.ExitCode}): {LastLine(log)}");
    }

    // AO3's choices: Kindle formats for a Kindle; PDF pages with margins a reader can hold.
    private static string[] Options(ExportFormat format) => format switch
    {
        ExportFormat.Mobi or ExportFormat.Azw3 => ["--output-profile", "kindle"],
        ExportFormat.Pdf => ["--paper-size", "a4", "--pdf-page-margin-top", "36", "--pdf-page-margin-bottom", "36",
            "--pdf-page-margin-left", "36", "--pdf-page-margin-right", "36", "--pdf-default-font-size", "16"],
        _ => [],
    };

    private static string LastLine(string log) =>
        log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}

/// <summary>A download that could not be made (Calibre failed or is missing).</summary>
public sealed class ExportException(string message) : Exception(message);
