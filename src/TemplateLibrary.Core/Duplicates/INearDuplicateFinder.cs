namespace TemplateLibrary.Core.Duplicates;

/// <summary>An index that can find the near-duplicates of a document from the sketches it stores.</summary>
public interface INearDuplicateFinder
{
    /// <summary>Documents at least <paramref name="threshold"/> similar to the given one, most similar first.</summary>
    IReadOnlyList<NearDuplicate> FindNearDuplicates(string documentId, double threshold = NearDuplicateThreshold.Default);
}
