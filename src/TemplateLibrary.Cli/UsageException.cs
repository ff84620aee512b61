using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Cli;

/// <summary>A command-line usage error: exit code 2 with a one-line message.</summary>
internal sealed class UsageException : TemplateLibraryException
{
    public UsageException(string message)
        : base(message)
    {
    }
}
