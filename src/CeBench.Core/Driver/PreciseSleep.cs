using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CeBench.Core.Driver;

/// <summary>
/// Sleeps the calling (dedicated) thread until an absolute <see cref="Stopwatch"/> timestamp.
/// On Linux, Stopwatch is CLOCK_MONOTONIC in nanoseconds, so clock_nanosleep with TIMER_ABSTIME
/// wakes on the deadline itself instead of the 4 ms scheduler tick that Task.Delay rounds to
/// (design.md section 9); elsewhere a coarse sleep is followed by a short spin.
/// </summary>
public static partial class PreciseSleep
{
    private const int ClockMonotonic = 1;
    private const int TimerAbsTime = 1;
    private const int Eintr = 4;

    // Cancellation is checked at least this often while waiting for a far deadline.
    private static readonly long MaxChunk = Stopwatch.Frequency / 20;

    private static readonly bool UseClockNanosleep = OperatingSystem.IsLinux() && Stopwatch.Frequency == 1_000_000_000;

    /// <summary>Returns false when cancelled before the deadline.</summary>
    public static bool Until(long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            var now = Stopwatch.GetTimestamp();
            if (now >= deadline)
            {
                return true;
            }

            var target = deadline - now > MaxChunk ? now + MaxChunk : deadline;
            if (UseClockNanosleep)
            {
                SleepLinux(target);
            }
            else
            {
                SleepPortable(target);
            }
        }
    }

    private static void SleepLinux(long target)
    {
        var spec = new TimeSpec { Seconds = target / 1_000_000_000, Nanoseconds = target % 1_000_000_000 };
        while (ClockNanosleep(ClockMonotonic, TimerAbsTime, in spec, IntPtr.Zero) == Eintr)
        {
            // A signal interrupted the sleep; the absolute deadline is unchanged.
        }
    }

    private static void SleepPortable(long target)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), target);
        if (remaining > TimeSpan.FromMilliseconds(2))
        {
            Thread.Sleep(remaining - TimeSpan.FromMilliseconds(2));
        }

        var spinner = default(SpinWait);
        while (Stopwatch.GetTimestamp() < target)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_nanosleep")]
    private static partial int ClockNanosleep(int clockId, int flags, in TimeSpec request, IntPtr remain);
}
