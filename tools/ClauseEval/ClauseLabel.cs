namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>One labelled clause: its document, number, heading, kinds and split (tune or blind).</summary>
internal sealed record ClauseLabel(string Source, string Number, string Heading, IReadOnlySet<string> Kinds, string Split);
