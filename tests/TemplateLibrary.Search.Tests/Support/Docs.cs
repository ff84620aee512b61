using System.Security.Cryptography;
using System.Text;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Tests.Support;

/// <summary>Builds document records for tests.</summary>
internal static class Docs
{
    public static DocumentRecord Make(
        string id,
        string title,
        string body,
        string? category = null,
        string? model = null,
        string? type = null,
        int? year = null,
        string[]? powers = null,
        string[]? councils = null,
        string[]? headings = null,
        string? path = null,
        TagSource source = TagSource.Manifest,
        double confidence = 1.0,
        string format = "md",
        DateTimeOffset? modified = null,
        string[]? partners = null,
        AgreementReader? agreements = null,
        string? summary = null)
    {
        var tags = new List<Tag>();
        if (category is not null)
        {
            tags.AddRange(category.Split(';').Select(c => new Tag("category", c, source, confidence, source == TagSource.Auto ? "cue: " + c : null)));
        }

        if (model is not null)
        {
            tags.Add(new Tag("model", model, source, confidence));
        }

        if (type is not null)
        {
            tags.Add(new Tag("type", type, source, confidence));
        }

        if (year is not null)
        {
            tags.Add(new Tag("year", year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), source, confidence));
        }

        tags.AddRange((powers ?? []).Select(p => new Tag("power", p, source, confidence)));
        tags.AddRange((councils ?? []).Select(c => new Tag("council", c, source, confidence)));
        tags.AddRange((partners ?? []).Select(p => new Tag("partner", p, source, confidence)));
        var content = new ExtractedDocument
        {
            Format = format,
            Text = body,
            Title = title,
            Headings = (headings ?? []).Select(h => new DocumentHeading(1, h)).ToList(),
            Metadata = new DocumentMetadata { Author = "Test", PageCount = 2, Keywords = ["k1", "k2"] },
            Warnings = ["a warning"],
        };
        return new DocumentRecord
        {
            Id = id,
            Hash = Hash(id + body),
            Path = path ?? $"/library/{id}.md",
            SizeBytes = body.Length,
            Title = title,
            Summary = summary,
            Content = content,
            Agreement = agreements?.Read(content) ?? AgreementAnalysis.None,
            Tags = tags,
            WordCount = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
            FileModified = modified ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
    }

    /// <summary>The record with the MinHash sketch of its text, as ingestion makes it, so its versions can be found.</summary>
    public static DocumentRecord Versioned(DocumentRecord record) =>
        new()
        {
            Id = record.Id, Hash = record.Hash, Path = record.Path, SizeBytes = record.SizeBytes, Title = record.Title,
            Content = record.Content, Tags = record.Tags, WordCount = record.WordCount, FileModified = record.FileModified,
            Signature = Core.Duplicates.MinHasher.Sign(record.Content.Text),
        };

    public static IndexChangeSet Upserts(params DocumentRecord[] records)
    {
        var changes = new IndexChangeSet();
        changes.Upserts.AddRange(records);
        return changes;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
