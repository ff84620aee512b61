using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SearchBench;

/// <summary>CPU time of the calling thread or of the whole process, so results mean something on a machine shared with other work.</summary>
internal static partial class ThreadClock
{
    private const int ProcessCpuTimeId = 2;
    private const int ThreadCpuTimeId = 3;

    /// <summary>The thread's CPU time in milliseconds (wall time where the clock is not available).</summary>
    public static double NowMs() => Read(ThreadCpuTimeId);

    /// <summary>The CPU time of every thread of the process in milliseconds: slices searched on other threads, the
    /// garbage collector (wall time where the clock is not available).</summary>
    public static double ProcessNowMs() => Read(ProcessCpuTimeId);

    private static double Read(int clock)
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(clock, out var spec) == 0)
        {
            return (spec.Seconds * 1000.0) + (spec.Nanoseconds / 1_000_000.0);
        }

        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
