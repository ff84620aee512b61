namespace TemplateLibrary.Extraction.Doc;

/// <summary>A compound file directory entry: its name, type, tree links, first sector and size.</summary>
internal sealed record CompoundFileEntry(string Name, byte Type, uint Left, uint Right, uint Child, uint StartSector, long Size)
{
    private const byte StreamType = 2;

    public bool IsStream => Type == StreamType;
}
