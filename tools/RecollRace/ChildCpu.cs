using System.Runtime.InteropServices;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>The processor time (user + system) of this process's finished children, grandchildren included: what
/// <c>/usr/bin/time</c> reports. Less sensitive than wall time to other work on a shared machine.</summary>
internal static partial class ChildCpu
{
    private const int RusageChildren = -1;

    /// <summary>The total so far, or null where getrusage is not available (not Linux or macOS).</summary>
    public static TimeSpan? Total()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return null;
        }

        return getrusage(RusageChildren, out var usage) == 0
            ? TimeSpan.FromMicroseconds((usage.UserSeconds * 1_000_000.0) + usage.UserMicroseconds + (usage.SystemSeconds * 1_000_000.0) + usage.SystemMicroseconds)
            : null;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out ResourceUsage usage);

    // struct rusage on 64-bit Linux and macOS: two timevals, then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private readonly Padding rest;

        [System.Runtime.CompilerServices.InlineArray(14)]
        private struct Padding
        {
            private long element;
        }
    }
}
