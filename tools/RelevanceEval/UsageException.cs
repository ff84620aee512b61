namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Bad arguments or a bad judged-set file: the message names the argument or file and the reason.</summary>
internal sealed class UsageException(string message) : Exception(message);
