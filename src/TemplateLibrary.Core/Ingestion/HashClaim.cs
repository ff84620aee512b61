namespace TemplateLibrary.Core.Ingestion;

/// <summary>The first file of a run with a given content hash; later copies wait for its result.</summary>
internal sealed class HashClaim
{
    private readonly TaskCompletionSource<FileResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the owner's result once it is queued for writing.</summary>
    public Task<FileResult> Completion => _completion.Task;

    public void Release(FileResult result) => _completion.TrySetResult(result);
}
