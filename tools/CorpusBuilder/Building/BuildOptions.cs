namespace TemplateLibrary.Tools.CorpusBuilder.Building;

/// <summary>The converters to use and how many Chromium prints may run at once.</summary>
internal sealed record BuildOptions(string SofficePath, string ChromiumPath, int Parallelism)
{
    /// <summary>Defaults from PATH, overridable with CORPUS_SOFFICE and CORPUS_CHROMIUM.</summary>
    public static BuildOptions FromEnvironment(int? parallelism) => new(
        Environment.GetEnvironmentVariable("CORPUS_SOFFICE") ?? "soffice",
        Environment.GetEnvironmentVariable("CORPUS_CHROMIUM") ?? "chromium",
        parallelism ?? Math.Max(2, Environment.ProcessorCount));
}
