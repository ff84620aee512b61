using TemplateLibrary.Core.Extraction;

namespace TemplateLibrary.Extraction.Registry;

/// <summary>What an extractor knows of the file it reads, and the bounds it must keep.</summary>
internal sealed record ExtractionContext(string FileName, ExtractionLimits Limits, CancellationToken CancellationToken);
