using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A pattern run by the regex interpreter until it has been used often enough to repay compiling it.</summary>
/// <remarks>
/// Compiled, the taxonomy's patterns tag a document in half the time, but compiling them all costs about a second:
/// too much for tagging one file, little in a bulk ingest. Each pattern switches on its own after
/// <see cref="CompileAfter"/> uses; both forms give the same matches.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>How many uses are served by the interpreter.</summary>
    public const int CompileAfter = 200;

    private readonly Regex interpreted;
    private readonly Lazy<Regex> compiled;
    private int uses;

    /// <summary>Wraps an interpreted regex; its compiled twin is built on demand with the same pattern, options and timeout.</summary>
    public TieredRegex(Regex interpreted)
    {
        this.interpreted = interpreted;
        compiled = new Lazy<Regex>(() => new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout));
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern => interpreted.ToString();

    /// <summary>The options of both forms, without <see cref="RegexOptions.Compiled"/>.</summary>
    public RegexOptions Options => interpreted.Options;

    /// <summary>The time one match may take.</summary>
    public TimeSpan MatchTimeout => interpreted.MatchTimeout;

    /// <summary>The regex to use now: the interpreted one for the first uses, the compiled one after.</summary>
    public Regex Current =>
        Volatile.Read(ref uses) >= CompileAfter || Interlocked.Increment(ref uses) > CompileAfter ? compiled.Value : interpreted;

    /// <summary>True once the compiled form is in use.</summary>
    public bool IsCompiled => compiled.IsValueCreated;
}
