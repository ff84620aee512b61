namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>Collects pass/fail lines of the check and prints them as they come.</summary>
internal sealed class CheckReport(TextWriter output)
{
    public int Failures { get; private set; }

    public void Line(string text) => output.WriteLine(text);

    /// <summary>Prints one measured value against its target.</summary>
    public void Expect(bool ok, string what)
    {
        if (!ok)
        {
            Failures++;
        }

        output.WriteLine($"  [{(ok ? "ok" : "FAIL")}] {what}");
    }

    public void Counts(string title, IEnumerable<string> expectedKeys, IEnumerable<string> values, int minimum)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"{title} (each >= {minimum}):");
        foreach (var key in expectedKeys)
        {
            var count = counts.GetValueOrDefault(key);
            Expect(count >= minimum, $"{key,-38} {count,4}");
        }

        foreach (var unknown in counts.Keys.Except(expectedKeys, StringComparer.Ordinal))
        {
            Expect(false, $"{unknown,-38} {counts[unknown],4} (not a taxonomy id)");
        }
    }
}
