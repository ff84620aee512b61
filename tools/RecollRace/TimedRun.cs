namespace TemplateLibrary.Tools.RecollRace;

/// <summary>A finished program: its wall time, its processor time (user + system, children included; null where it
/// cannot be read), exit code and output.</summary>
internal sealed record TimedRun(TimeSpan Elapsed, TimeSpan? Cpu, int ExitCode, string Output);
