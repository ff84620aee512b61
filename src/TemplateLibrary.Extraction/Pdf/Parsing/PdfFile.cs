using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Pdf.Encryption;
using TemplateLibrary.Extraction.Pdf.Filters;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>
/// The object store of one PDF: cross-reference lookup with a scan as fallback, object streams,
/// decryption, stream decoding within the document's budget, and reference resolution with cycle guards.
/// </summary>
internal sealed class PdfFile
{
    private const int MaxObjects = 2_000_000;

    private readonly byte[] data;
    private readonly int maxDepth;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<int, object?> cache = [];
    private readonly HashSet<int> loading = [];
    private readonly Dictionary<int, (int[] Numbers, int[] Offsets, byte[] Data, int First)?> objectStreams = [];
    private Dictionary<int, XrefEntry> entries;
    private Dictionary<int, XrefEntry>? scanned;
    private StandardSecurityHandler? security;
    private int encryptObjectNumber = -1;
    private int objectsLoaded;

    private PdfFile(byte[] data, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        this.data = data;
        maxDepth = Math.Max(4, limits.MaxNestingDepth);
        this.cancellationToken = cancellationToken;
        Budget = new DecodeBudget(limits.MaxDecompressedBytes);
        entries = [];
        Trailer = new PdfDictionary();
    }

    public PdfDictionary Trailer { get; private set; }

    public DecodeBudget Budget { get; }

    public int MaxDepth => maxDepth;

    public bool Recovered { get; private set; }

    public static PdfFile Open(byte[] data, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var file = new PdfFile(data, limits, cancellationToken);
        file.Load();
        return file;
    }

    public int HighestObjectNumber => entries.Count == 0 ? 0 : entries.Keys.Max();

    public bool HasObject(int number) => entries.ContainsKey(number);

    public PdfDictionary? Catalog => Resolve(Trailer["Root"]) as PdfDictionary;

    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfReference reference && hops < 32; hops++)
        {
            value = GetObject(reference.Number);
        }

        return value is PdfReference ? null : value;
    }

    public PdfDictionary? ResolveDictionary(object? value) => Resolve(value) switch
    {
        PdfDictionary dictionary => dictionary,
        PdfStream stream => stream.Dictionary,
        _ => null,
    };

    public List<object?>? ResolveArray(object? value) => Resolve(value) as List<object?>;

    public byte[] DecodeStream(PdfStream stream)
    {
        if (stream.Decoded is not null)
        {
            return stream.Decoded;
        }

        var decoded = FilterPipeline.Decode(stream, Budget, cancellationToken, Resolve);
        stream.Decoded = decoded;
        return decoded;
    }

    public object? GetObject(int number)
    {
        if (cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        // A reference met while loading itself is a cycle; a very deep chain (stream lengths that are
        // streams…) is cut short so a crafted file cannot exhaust the stack.
        if (loading.Count >= maxDepth || !loading.Add(number))
        {
            return null;
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++objectsLoaded > MaxObjects)
            {
                throw new ExtractionException("too complex: more objects than the limit");
            }

            var value = LoadObject(number);
            cache[number] = value;
            return value;
        }
        finally
        {
            loading.Remove(number);
        }
    }

    private void Load()
    {
        try
        {
            var reader = new XrefReader(data, maxDepth, cancellationToken);
            reader.Read();
            entries = reader.Entries;
            Trailer = reader.Trailer!;
            if (Catalog is null)
            {
                throw new FormatException("no catalog through the cross-reference data");
            }
        }
        catch (FormatException)
        {
            Recover();
        }
        catch (InvalidDataException)
        {
            Recover();
        }

        SetUpEncryption();
    }

    private void Recover()
    {
        Recovered = true;
        cache.Clear();
        objectStreams.Clear();
        var trailers = new List<PdfDictionary>();
        scanned = ObjectScanner.Scan(data, cancellationToken, trailers, maxDepth);
        if (scanned.Count == 0)
        {
            throw new ExtractionException("not a PDF: no objects found");
        }

        // Keep any good entries from a partly read table but let the scan decide offsets.
        foreach (var (number, entry) in scanned)
        {
            entries[number] = entry;
        }

        var trailer = new PdfDictionary();
        for (var i = trailers.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in trailers[i].Entries)
            {
                if (!trailer.ContainsKey(key))
                {
                    trailer[key] = value;
                }
            }
        }

        Trailer = trailer;

        // Object streams of an encrypted file can only be read once the key is known.
        SetUpEncryption();
        IndexObjectStreams();
        if (Catalog is null)
        {
            // Without a catalog (often cut off at the end of a truncated file) the pages are found by scanning.
            Trailer["Root"] = FindCatalog();
        }
    }

    private void IndexObjectStreams()
    {
        foreach (var number in scanned!.Keys.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (GetObject(number) is PdfStream stream && stream.Dictionary.GetName("Type") == "ObjStm"
                && LoadObjectStream(number) is { } objectStream)
            {
                for (var i = 0; i < objectStream.Numbers.Length; i++)
                {
                    if (!scanned.ContainsKey(objectStream.Numbers[i]))
                    {
                        entries[objectStream.Numbers[i]] = XrefEntry.InStream(number, i);
                    }
                }
            }

            if (GetObject(number) is PdfStream xref && xref.Dictionary.GetName("Type") == "XRef")
            {
                Trailer = MergeTrailer(Trailer, xref.Dictionary);
            }
        }
    }

    private static PdfDictionary MergeTrailer(PdfDictionary trailer, PdfDictionary source)
    {
        foreach (var key in new[] { "Root", "Info", "Encrypt", "ID" })
        {
            if (!trailer.ContainsKey(key) && source[key] is { } value)
            {
                trailer[key] = value;
            }
        }

        return trailer;
    }

    private PdfReference? FindCatalog()
    {
        foreach (var number in entries.Keys.OrderByDescending(n => n))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (GetObject(number) is PdfDictionary dictionary && dictionary.GetName("Type") == "Catalog" && dictionary.ContainsKey("Pages"))
            {
                return new PdfReference(number, 0);
            }
        }

        return null;
    }

    private void SetUpEncryption()
    {
        if (Trailer["Encrypt"] is null || security is not null)
        {
            return;
        }

        if (Trailer["Encrypt"] is PdfReference encryptReference)
        {
            encryptObjectNumber = encryptReference.Number;
        }

        if (Resolve(Trailer["Encrypt"]) is not PdfDictionary encrypt)
        {
            return;
        }

        var ids = Resolve(Trailer["ID"]) as List<object?>;
        var firstId = ids is { Count: > 0 } && Resolve(ids[0]) is PdfString id ? id.Bytes : [];
        security = StandardSecurityHandler.Open(encrypt, firstId, Resolve);

        // Objects read before the key was known are still cipher text.
        var keep = encryptObjectNumber;
        var kept = keep >= 0 && cache.TryGetValue(keep, out var encryptObject) ? encryptObject : null;
        cache.Clear();
        objectStreams.Clear();
        if (keep >= 0)
        {
            cache[keep] = kept;
        }
    }

    private object? LoadObject(int number)
    {
        if (!entries.TryGetValue(number, out var entry))
        {
            return null;
        }

        if (entry.InObjectStream)
        {
            return LoadFromObjectStream(entry);
        }

        if (entry.Offset < 0)
        {
            return null;
        }

        if (TryParseAt(entry.Offset, number, out var value))
        {
            return value;
        }

        // The table pointed at the wrong place: find the object by scanning.
        if (scanned is null)
        {
            scanned = ObjectScanner.Scan(data, cancellationToken, [], maxDepth);
            Recovered = true;
        }

        if (scanned.TryGetValue(number, out var found) && found.Offset != entry.Offset && TryParseAt(found.Offset, number, out value))
        {
            return value;
        }

        return null;
    }

    private bool TryParseAt(long offset, int number, out object? value)
    {
        value = null;
        if (offset < 0 || offset >= data.Length)
        {
            return false;
        }

        var lexer = new PdfLexer(data, (int)offset, data.Length, maxDepth);
        if (lexer.ReadObject(allowReferences: false) is not int objectNumber || objectNumber != number)
        {
            return false;
        }

        var generationValue = lexer.ReadObject(allowReferences: false);
        if (generationValue is not int generation || lexer.ReadObject(allowReferences: false) is not PdfOperator { Name: "obj" })
        {
            return false;
        }

        value = lexer.ReadObject();
        if (value is PdfOperator)
        {
            value = null;
        }

        if (value is PdfDictionary dictionary)
        {
            var stream = StreamReading.ReadStreamBody(data, lexer, dictionary, Resolve);
            if (stream is not null)
            {
                value = stream;
            }
        }

        if (security is not null && number != encryptObjectNumber)
        {
            ObjectDecryption.Decrypt(security, value, number, generation, 0, maxDepth);
        }

        return true;
    }

    private object? LoadFromObjectStream(XrefEntry entry)
    {
        var objectStream = LoadObjectStream(entry.StreamNumber);
        if (objectStream is null)
        {
            return null;
        }

        var (numbers, offsets, streamData, first) = objectStream.Value;
        if (entry.IndexInStream < 0 || entry.IndexInStream >= numbers.Length)
        {
            return null;
        }

        var start = first + offsets[entry.IndexInStream];
        if (start < 0 || start >= streamData.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(streamData, start, streamData.Length, maxDepth);
        var value = lexer.ReadObject();
        return value is PdfOperator ? null : value;
    }

    private (int[] Numbers, int[] Offsets, byte[] Data, int First)? LoadObjectStream(int streamNumber)
    {
        if (objectStreams.TryGetValue(streamNumber, out var known))
        {
            return known;
        }

        objectStreams[streamNumber] = null;
        if (GetObject(streamNumber) is not PdfStream stream)
        {
            return null;
        }

        var decoded = DecodeStream(stream);
        var count = Math.Clamp(PdfValues.ToInt(Resolve(stream.Dictionary["N"])), 0, 1_000_000);
        var first = PdfValues.ToInt(Resolve(stream.Dictionary["First"]));
        var lexer = new PdfLexer(decoded, 0, Math.Clamp(first, 0, decoded.Length), maxDepth);
        var numbers = new List<int>(count);
        var offsets = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (lexer.ReadObject(allowReferences: false) is not int objectNumber || lexer.ReadObject(allowReferences: false) is not int offset)
            {
                break;
            }

            numbers.Add(objectNumber);
            offsets.Add(offset);
        }

        var result = (numbers.ToArray(), offsets.ToArray(), decoded, first);
        objectStreams[streamNumber] = result;
        return result;
    }
}
