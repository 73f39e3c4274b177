using System.Runtime.InteropServices;

namespace Encore.Bench;

// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), to time one query's own work on a machine shared with
// other jobs, where wall time also counts the time spent waiting for a core. Linux only: elsewhere Now is null.
// Process.TotalProcessorTime is no substitute: it moves in 10 ms ticks and counts the GC's threads too.
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    // Milliseconds of CPU this thread has used, with the thread it was read on (a reading is only comparable with
    // one taken on the same thread).
    public static (double Ms, int Thread)? Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return null;
        return (t.Seconds * 1e3 + t.Nanoseconds / 1e6, Environment.CurrentManagedThreadId);
    }

    // CPU milliseconds between two readings, or null when the work moved to another thread in between.
    public static double? Since((double Ms, int Thread)? start) =>
        start is { } s && Now() is { } end && end.Thread == s.Thread ? end.Ms - s.Ms : null;
}
