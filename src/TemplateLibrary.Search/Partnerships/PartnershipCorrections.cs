using System.Text.Json;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>A librarian's corrections and merges of arrangements, stored in the catalogue and applied in order after every
/// derivation, so they survive later ingests: each finds its arrangement again as the one holding most of the documents
/// it held when corrected (a correction whose documents are all gone applies to nothing).</summary>
internal static class PartnershipCorrections
{
    public static void Add(SqliteConnection connection, SqliteTransaction transaction, StoredCorrection correction)
    {
        using var insert = SqlCommands.Create(connection, transaction, "INSERT INTO partnership_corrections(json) VALUES ($json)", "$json");
        insert.Set("$json", DocumentJson.Write(correction));
        insert.ExecuteNonQuery();
    }

    public static List<StoredCorrection> Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT json FROM partnership_corrections ORDER BY id");
        using var reader = command.ExecuteReader();
        var list = new List<StoredCorrection>();
        while (reader.Read())
        {
            try
            {
                if (JsonSerializer.Deserialize<StoredCorrection>(reader.GetString(0), DocumentJson.Options) is { } correction)
                {
                    list.Add(correction);
                }
            }
            catch (JsonException)
            {
                // Written by a later version in another shape: left for it, not applied here.
            }
        }

        return list;
    }

    public static List<Partnership> Apply(List<Partnership> arrangements, IEnumerable<StoredCorrection> corrections, CouncilGazetteer gazetteer)
    {
        var list = arrangements.ToList();
        foreach (var correction in corrections)
        {
            var target = Holding(list, correction.Anchor);
            if (target is null)
            {
                continue;
            }

            var index = list.IndexOf(target);
            if (correction.Merged is { } merged)
            {
                if (Holding(list, merged) is { } other && other != target)
                {
                    list[index] = Merge(target, other);
                    list.Remove(other);
                }
            }
            else if (correction.Edit is { } edit)
            {
                list[index] = Edit(target, edit, gazetteer);
            }
        }

        return list;
    }

    /// <summary>The arrangement holding most of the documents, or null when none holds any.</summary>
    public static Partnership? Holding(IEnumerable<Partnership> arrangements, IReadOnlyCollection<string> documents) => arrangements
        .Select(a => (Arrangement: a, Held: a.Documents.Count(d => documents.Contains(d.Id))))
        .Where(a => a.Held > 0)
        .OrderByDescending(a => a.Held)
        .ThenBy(a => a.Arrangement.Id, StringComparer.Ordinal)
        .Select(a => a.Arrangement)
        .FirstOrDefault();

    private static Partnership Merge(Partnership target, Partnership other) => target with
    {
        Categories = [.. target.Categories.Concat(other.Categories).Distinct(StringComparer.Ordinal)],
        Model = target.Model ?? other.Model,
        StartYear = new[] { target.StartYear, other.StartYear }.Min(),
        Status = target.Status ?? other.Status,
        StatusEvidence = target.Status is null ? other.StatusEvidence : target.StatusEvidence,
        Regions = [.. target.Regions.Concat(other.Regions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Members = [.. target.Members.Concat(other.Members.Where(m => !target.Members.Any(t => string.Equals(t.Name, m.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(m => m.IsCouncil ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal)],
        Documents = [.. target.Documents.Concat(other.Documents).DistinctBy(d => d.Id).OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal)],
        Savings = [.. target.Savings.Concat(other.Savings).Distinct()],
        Corrected = true,
    };

    private static Partnership Edit(Partnership target, PartnershipEdit edit, CouncilGazetteer gazetteer)
    {
        var members = edit.Members is null ? target.Members : [.. edit.Members
            .Select(m => (m, Known: target.Members.FirstOrDefault(t => string.Equals(t.Name, m.Name, StringComparison.OrdinalIgnoreCase)), Council: gazetteer.Find(m.Name)))
            .Select(x => new PartnershipMember(x.Known?.Name ?? x.Council?.Name ?? x.m.Name, x.m.Role, x.Council is not null || x.Known?.IsCouncil == true, x.Council?.Region ?? x.Known?.Region))
            .OrderBy(m => m.IsCouncil ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal)];
        return target with
        {
            Members = members,
            Regions = [.. members.Where(m => m.Region is not null).Select(m => m.Region!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Model = edit.Model ?? target.Model,
            Category = edit.Category ?? target.Category,
            Categories = edit.Category is null ? target.Categories : [edit.Category, .. target.Categories.Where(c => c != edit.Category)],
            Status = edit.Status ?? target.Status,
            StatusEvidence = edit.Status is null ? target.StatusEvidence : null,
            StartYear = edit.StartYear ?? target.StartYear,
            Corrected = true,
        };
    }
}
