namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>Thrown when one or more sources are invalid; carries one line per problem.</summary>
internal sealed class SourceValidationException : Exception
{
    public SourceValidationException(IReadOnlyList<string> problems)
        : base($"{problems.Count} problem(s) in the sources:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
    {
        Problems = problems;
    }

    public SourceValidationException()
    {
        Problems = [];
    }

    public SourceValidationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public SourceValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
