using System.Globalization;
using TemplateLibrary.Tools.CorpusBuilder.Building;
using TemplateLibrary.Tools.CorpusBuilder.Checking;
using TemplateLibrary.Tools.CorpusBuilder.Conversion;
using TemplateLibrary.Tools.CorpusBuilder.Output;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

const string Usage = """
    Usage: corpus-builder build [--root DIR] [--jobs N]
           corpus-builder check [--root DIR]
      build  validate tools/CorpusBuilder/sources/*.md and regenerate corpus/<type>/ and corpus/manifest.csv
      check  report counts, words, near-duplicates (Jaccard of word 5-shingles) and size against the targets
    Exit codes: 0 ok, 1 check failed, 2 usage or invalid sources, 3 a converter failed.
    """;

if (args.Length == 0 || args[0] is not ("build" or "check"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

string? root = null;
int? jobs = null;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        case "--jobs" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            jobs = n;
            i++;
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.{Environment.NewLine}{Usage}");
            return 2;
    }
}

try
{
    var layout = CorpusLayout.Locate(root);
    if (args[0] == "build")
    {
        await new CorpusBuild(layout, BuildOptions.FromEnvironment(jobs)).RunAsync(Console.Out, CancellationToken.None);
        return 0;
    }

    return await new CorpusCheck(layout).RunAsync(Console.Out, CancellationToken.None) == 0 ? 0 : 1;
}
catch (SourceValidationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}
catch (DirectoryNotFoundException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}
catch (ConversionException exception)
{
    Console.Error.WriteLine($"Conversion failed: {exception.Message}");
    return 3;
}
