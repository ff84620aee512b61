namespace TemplateLibrary.Core.Partnerships;

/// <summary>What a document says of the state of the arrangement it is about, with the sentence that says it.</summary>
/// <param name="Status">One of <see cref="ArrangementStatuses"/>.</param>
/// <param name="Evidence">The sentence.</param>
public sealed record ArrangementStatus(string Status, string Evidence);
