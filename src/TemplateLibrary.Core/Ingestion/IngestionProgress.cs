namespace TemplateLibrary.Core.Ingestion;

/// <summary>A progress report: how far the run has got and what it is reading.</summary>
/// <param name="FilesDone">Files finished (in any outcome).</param>
/// <param name="FilesTotal">Files found.</param>
/// <param name="BytesDone">Bytes of finished files.</param>
/// <param name="BytesTotal">Bytes of all files found.</param>
/// <param name="CurrentFile">The file most recently started.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IngestionProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string? CurrentFile, TimeSpan Elapsed);
