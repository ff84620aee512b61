using System.Diagnostics;
using Spectre.Console;
using TemplateLibrary.Core.Ingestion;

namespace TemplateLibrary.Cli.Output;

/// <summary>Shows ingestion progress: a live bar on a terminal, periodic plain lines otherwise.</summary>
internal static class IngestProgressView
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static IngestionReport Run(CliContext context, Func<IProgress<IngestionProgress>, IngestionReport> run)
    {
        if (!context.Interactive)
        {
            return run(new PlainProgress(context.Error));
        }

        IngestionReport? report = null;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Finding files", maxValue: 1);
                report = run(new BarProgress(task));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            task.MaxValue = Math.Max(1, value.FilesTotal);
            task.Value = value.FilesDone;
            var rate = value.Elapsed.TotalSeconds > 0 ? value.FilesDone / value.Elapsed.TotalSeconds : 0;
            task.Description = Markup.Escape(
                $"{value.FilesDone}/{value.FilesTotal} files, {value.BytesDone / 1048576.0:0.0} MB, {rate:0} files/s  {Path.GetFileName(value.CurrentFile)}");
        }
    }

    private sealed class PlainProgress(TextWriter writer) : IProgress<IngestionProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private readonly Lock _gate = new();

        public void Report(IngestionProgress value)
        {
            lock (_gate)
            {
                if (_sinceLast.Elapsed < PlainInterval && value.FilesDone < value.FilesTotal)
                {
                    return;
                }

                _sinceLast.Restart();
                var rate = value.Elapsed.TotalSeconds > 0 ? value.FilesDone / value.Elapsed.TotalSeconds : 0;
                var remaining = rate > 0 ? (value.FilesTotal - value.FilesDone) / rate : 0;
                writer.WriteLine(
                    $"ingest: {value.FilesDone}/{value.FilesTotal} files, {value.BytesDone / 1048576.0:0.0}/{value.BytesTotal / 1048576.0:0.0} MB, " +
                    $"{rate:0.0} files/s, ETA {remaining:0} s, current: {value.CurrentFile}");
            }
        }
    }
}
