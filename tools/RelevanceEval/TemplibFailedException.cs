namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>The templib command (or its build) failed in a way the evaluation cannot score.</summary>
internal sealed class TemplibFailedException(string message) : Exception(message);
