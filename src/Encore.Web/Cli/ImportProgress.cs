using System.Diagnostics;

namespace Encore.Web.Cli;

// A one-line progress bar on a terminal's standard error: files done, files per second and the time left.
public sealed class ImportProgress(int total, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _done;

    public void Advance()
    {
        _done++;
        if (!enabled || _clock.ElapsedMilliseconds - _lastDraw < 100 && _done < total) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var left = rate > 0 ? TimeSpan.FromSeconds((total - _done) / rate) : TimeSpan.Zero;
        const int width = 30;
        var filled = total == 0 ? width : (int)((double)_done / total * width);
        Console.Error.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done:N0}/{total:N0}  {rate:N0} files/s  ETA {left:m\\:ss} ");
    }

    public void Done()
    {
        if (enabled && _done > 0) Console.Error.WriteLine();
    }
}
