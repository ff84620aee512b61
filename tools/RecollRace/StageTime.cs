namespace TemplateLibrary.Tools.RecollRace;

/// <summary>The wall time and processor time (user + system, every thread of the process) a stage took.</summary>
internal readonly record struct StageTime(TimeSpan Wall, TimeSpan Cpu)
{
    public static StageTime operator +(StageTime left, StageTime right) => new(left.Wall + right.Wall, left.Cpu + right.Cpu);

    public static StageTime operator -(StageTime left, StageTime right) => new(left.Wall - right.Wall, left.Cpu - right.Cpu);
}
