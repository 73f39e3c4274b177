using System.Runtime.InteropServices;

namespace Encore.Bench;

// The calling thread's CPU time: on a shared machine other processes stretch the wall clock, not this.
public static class ThreadClock
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuTime = 3, ProcessCpuTime = 2;

    public static long Nanoseconds() => Read(ThreadCpuTime);

    public static long ProcessNanoseconds() => Read(ProcessCpuTime);

    private static long Read(int clock)
    {
        ClockGetTime(clock, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
