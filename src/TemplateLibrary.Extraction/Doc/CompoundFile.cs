using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Doc;

/// <summary>
/// Reads streams out of a Compound File Binary container (the OLE2 file every Word 97-2003 document is):
/// the header, the DIFAT and FAT sector chains, the mini stream, and the directory tree under the root.
/// Every chain is bounded and cycle-checked, so a damaged file fails with a reason instead of looping.
/// </summary>
internal sealed class CompoundFile
{
    public static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;
    private readonly byte[] file;
    private readonly int sectorSize;
    private readonly int miniSectorSize;
    private readonly uint miniStreamCutoff;
    private readonly uint[] fat;
    private readonly uint[] miniFat;
    private readonly List<CompoundFileEntry> entries;
    private readonly byte[] miniStream;

    public CompoundFile(byte[] file)
    {
        this.file = file;
        if (file.Length < 512 || !file.AsSpan().StartsWith(Signature))
        {
            throw Damaged("no compound file header");
        }

        var sectorShift = U16(0x1E);
        var miniShift = U16(0x20);
        if (sectorShift is not (9 or 12) || miniShift != 6)
        {
            throw Damaged("unknown sector size");
        }

        sectorSize = 1 << sectorShift;
        miniSectorSize = 1 << miniShift;
        miniStreamCutoff = U32(0x38);
        fat = ReadFat();
        miniFat = ToUInts(ReadChain(U32(0x3C), long.MaxValue));
        entries = ReadDirectory(ReadChain(U32(0x30), long.MaxValue));
        var root = entries.Count > 0 ? entries[0] : throw Damaged("no root entry");
        miniStream = ReadChain(root.StartSector, root.Size);
    }

    /// <summary>The stream of that name directly under the root storage, or null.</summary>
    public byte[]? ReadStream(string name)
    {
        var entry = RootChildren().FirstOrDefault(e => e.IsStream && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        // A declared size past the file's own cannot be true, and would be allocated before the chain proved it wrong.
        if (entry.Size > file.Length)
        {
            throw Damaged(string.Create(CultureInfo.InvariantCulture, $"the stream '{name}' declares more bytes than the file has"));
        }

        return entry.Size < miniStreamCutoff ? ReadMiniChain(entry.StartSector, entry.Size) : ReadChain(entry.StartSector, entry.Size);
    }

    /// <summary>True when the root holds a storage or stream of that name.</summary>
    public bool Contains(string name) => RootChildren().Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<CompoundFileEntry> RootChildren()
    {
        // The children of a storage form a tree through their left and right siblings.
        var pending = new Stack<uint>();
        var seen = new HashSet<uint>();
        pending.Push(entries[0].Child);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id >= entries.Count || !seen.Add(id))
            {
                continue;
            }

            var entry = entries[(int)id];
            yield return entry;
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }
    }

    private uint[] ReadFat()
    {
        var fatSectorCount = U32(0x2C);
        var maxSectors = (file.Length / sectorSize) + 1;
        if (fatSectorCount > maxSectors)
        {
            throw Damaged("the sector table is larger than the file");
        }

        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(U32(0x4C + (i * 4)));
        }

        var difat = U32(0x44);
        var guard = 0;
        while (fatSectors.Count < fatSectorCount && difat is not (EndOfChain or FreeSector))
        {
            if (++guard > maxSectors)
            {
                throw Damaged("the sector allocation chain loops");
            }

            var sector = Sector(difat);
            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(perSector * 4)..]);
        }

        var table = new uint[fatSectors.Count * (sectorSize / 4)];
        for (var i = 0; i < fatSectors.Count; i++)
        {
            var sector = Sector(fatSectors[i]);
            for (var j = 0; j < sectorSize / 4; j++)
            {
                table[(i * (sectorSize / 4)) + j] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(j * 4)..]);
            }
        }

        return table;
    }

    private List<CompoundFileEntry> ReadDirectory(byte[] directory)
    {
        var list = new List<CompoundFileEntry>();
        for (var offset = 0; offset + DirectoryEntrySize <= directory.Length; offset += DirectoryEntrySize)
        {
            var span = directory.AsSpan(offset, DirectoryEntrySize);
            var nameBytes = Math.Clamp(BinaryPrimitives.ReadUInt16LittleEndian(span[0x40..]), (ushort)2, (ushort)64) - 2;
            var version3 = U16(0x1A) == 3;
            var size = BinaryPrimitives.ReadUInt64LittleEndian(span[0x78..]);
            list.Add(new CompoundFileEntry(
                Encoding.Unicode.GetString(span[..nameBytes]),
                span[0x42],
                BinaryPrimitives.ReadUInt32LittleEndian(span[0x44..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[0x48..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[0x4C..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[0x74..]),
                (long)(version3 ? size & 0xFFFFFFFF : Math.Min(size, long.MaxValue))));
        }

        return list;
    }

    private byte[] ReadChain(uint start, long size)
    {
        using var buffer = new MemoryStream();
        var visited = new bool[fat.Length];
        for (var sector = start; sector is not (EndOfChain or FreeSector) && buffer.Length < size; sector = Next(fat, sector))
        {
            if (sector >= visited.Length || visited[sector])
            {
                throw Damaged(sector >= visited.Length ? "a sector chain points outside the sector table" : "a sector chain loops");
            }

            visited[sector] = true;
            buffer.Write(Sector(sector));
        }

        if (size != long.MaxValue && buffer.Length < size)
        {
            throw Damaged(string.Create(CultureInfo.InvariantCulture, $"a stream is shorter than its declared {size:N0} bytes"));
        }

        return size == long.MaxValue || buffer.Length == size ? buffer.ToArray() : buffer.GetBuffer().AsSpan(0, (int)size).ToArray();
    }

    private byte[] ReadMiniChain(uint start, long size)
    {
        var result = new byte[size];
        var written = 0;
        var visited = new bool[miniFat.Length];
        for (var sector = start; sector is not (EndOfChain or FreeSector) && written < size; sector = Next(miniFat, sector))
        {
            if (sector >= visited.Length || visited[sector])
            {
                throw Damaged(sector >= visited.Length ? "a mini sector chain points outside its table" : "a mini sector chain loops");
            }

            visited[sector] = true;
            var offset = (long)sector * miniSectorSize;
            if (offset + miniSectorSize > miniStream.Length)
            {
                throw Damaged("a mini sector lies outside the mini stream");
            }

            var count = (int)Math.Min(miniSectorSize, size - written);
            miniStream.AsSpan((int)offset, count).CopyTo(result.AsSpan(written));
            written += count;
        }

        return written == size ? result : throw Damaged("a small stream is shorter than it declares");
    }

    private static uint Next(uint[] table, uint sector) =>
        sector < table.Length ? table[sector] : throw Damaged("a sector chain points outside the sector table");

    private ReadOnlySpan<byte> Sector(uint sector)
    {
        var offset = ((long)sector + 1) * sectorSize;
        if (offset + sectorSize > file.Length)
        {
            // The last sector of a file may be cut short; what is there is read.
            return offset < file.Length ? file.AsSpan((int)offset) : throw Damaged("a sector lies outside the file");
        }

        return file.AsSpan((int)offset, sectorSize);
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));

    private static ExtractionException Damaged(string detail) => new($"damaged Office binary file ({detail})");
}
