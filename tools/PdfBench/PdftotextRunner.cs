using System.Diagnostics;

namespace PdfBench;

/// <summary>Runs poppler's pdftotext, the reference tool, to time it on the same files.</summary>
internal static class PdftotextRunner
{
    public static bool Available()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true });
            process?.WaitForExit();
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static TimeSpan TimeAll(IEnumerable<string> files)
    {
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-enc");
            info.ArgumentList.Add("UTF-8");
            info.ArgumentList.Add(file);
            info.ArgumentList.Add("-");
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        return clock.Elapsed;
    }
}
