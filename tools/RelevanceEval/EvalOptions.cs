namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Command-line options; paths are absolute.</summary>
internal sealed record EvalOptions(
    string SetPath,
    string? Templib,
    string? Index,
    string Corpus,
    string Manifest,
    string? Split,
    bool Verbose,
    bool Json,
    bool SelfCheck)
{
    public const string Usage =
        "usage: RelevanceEval [--set FILE] [--templib PATH] [--index DIR | --corpus DIR --manifest FILE.csv] " +
        "[--split tune|blind] [--verbose] [--json] [--self-check]";

    /// <summary>Parses the arguments; relative defaults are resolved against the repository root.</summary>
    public static EvalOptions Parse(string[] args, string root)
    {
        var options = new EvalOptions(
            Path.Combine(root, "tools/RelevanceEval/judged-queries.json"),
            Templib: null,
            Index: null,
            Path.Combine(root, "corpus"),
            Path.Combine(root, "corpus/manifest.csv"),
            Split: null,
            Verbose: false,
            Json: false,
            SelfCheck: false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--set" => options with { SetPath = Full(args, ref i) },
                "--templib" => options with { Templib = Full(args, ref i) },
                "--index" => options with { Index = Full(args, ref i) },
                "--corpus" => options with { Corpus = Full(args, ref i) },
                "--manifest" => options with { Manifest = Full(args, ref i) },
                "--split" => options with { Split = SplitValue(Value(args, ref i)) },
                "--verbose" => options with { Verbose = true },
                "--json" => options with { Json = true },
                "--self-check" => options with { SelfCheck = true },
                _ => throw new UsageException($"unknown argument '{args[i]}'"),
            };
        }

        return options;
    }

    private static string SplitValue(string value) =>
        value is JudgedQuery.Tune or JudgedQuery.Blind
            ? value
            : throw new UsageException($"--split must be '{JudgedQuery.Tune}' or '{JudgedQuery.Blind}', not '{value}'");

    private static string Full(string[] args, ref int i) => Path.GetFullPath(Value(args, ref i));

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }
}
