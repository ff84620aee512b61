using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Versions;
using TemplateLibrary.Search.Catalogue;

namespace TemplateLibrary.Search.Versions;

/// <summary>Recomputes the families of versions around changed documents, inside the write that changed them.</summary>
/// <remarks>
/// Two documents are versions of one another when their texts are at least <see cref="NearDuplicateThreshold.Version"/>
/// similar and their titles have one <see cref="TitleStem"/>; a family is every document linked so. Its current version
/// is the one with the newest <see cref="VersionDateReader">version date</see> (then the newest file, then the last
/// catalogued); every member's <c>family</c> column holds the current version's id. Members whose family or count of
/// earlier versions changes are stamped with the write's generation, so the full-text index re-reads their cards.
/// </remarks>
internal sealed class FamilyWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly long generation;
    private readonly Dictionary<long, Member> members = [];
    private readonly Dictionary<long, List<long>> links = [];
    private readonly Queue<long> pending = new();
    private readonly HashSet<string> visitedFamilies = new(StringComparer.Ordinal);

    private FamilyWriter(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.generation = generation;
    }

    /// <summary>The family (current version's id) of each of the documents, read before they are removed or changed.</summary>
    public static HashSet<string> FamiliesOf(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> docs)
    {
        using var command = SqlCommands.Create(connection, transaction, "SELECT family FROM documents WHERE rowid = $doc AND family IS NOT NULL", "$doc");
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            command.Set("$doc", doc);
            if (command.ExecuteScalar() is string family)
            {
                families.Add(family);
            }
        }

        return families;
    }

    /// <summary>Recomputes the families of the documents, of the members of the given families, and of every document
    /// they link to.</summary>
    public static void Recompute(SqliteConnection connection, SqliteTransaction transaction, long generation, IEnumerable<long> docs, IEnumerable<string> families)
    {
        var writer = new FamilyWriter(connection, transaction, generation);
        foreach (var doc in docs)
        {
            writer.Visit(doc);
        }

        foreach (var family in families)
        {
            writer.VisitFamily(family);
        }

        writer.Run();
    }

    /// <summary>Computes the families of documents that have none yet (a catalogue upgraded from before families).</summary>
    public static void ComputeMissing(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        var docs = new List<long>();
        using (var command = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE family IS NULL"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                docs.Add(reader.GetInt64(0));
            }
        }

        Recompute(connection, transaction, generation, docs, []);
    }

    private void Run()
    {
        while (pending.TryDequeue(out var doc))
        {
            var member = members[doc];
            foreach (var neighbour in NearDuplicateReader.Neighbours(connection, transaction, doc, NearDuplicateThreshold.Version))
            {
                if (members.TryGetValue(neighbour.RowId, out var known) ? known.Stem != member.Stem : TitleStem.Of(neighbour.Title) != member.Stem)
                {
                    continue;
                }

                Link(doc, neighbour.RowId);
                Visit(neighbour.RowId);
            }
        }

        var oldCounts = members.Values.Where(m => m.OldFamily is not null).GroupBy(m => m.OldFamily!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        using var update = SqlCommands.Create(connection, transaction, "UPDATE documents SET family = $family, generation = $generation WHERE rowid = $doc", "$family", "$generation", "$doc");
        foreach (var component in Components())
        {
            var current = component
                .Select(doc => members[doc])
                .OrderByDescending(m => m.Date.Value).ThenByDescending(m => m.Modified).ThenByDescending(m => m.RowId)
                .First();
            foreach (var doc in component)
            {
                var member = members[doc];
                var wasCurrent = member.OldFamily == member.Id;
                var isCurrent = member.RowId == current.RowId;
                var countChanged = (wasCurrent || isCurrent) && (oldCounts.GetValueOrDefault(member.Id) != (isCurrent ? component.Count : 0));
                if (member.OldFamily != current.Id || countChanged)
                {
                    update.Set("$family", current.Id);
                    update.Set("$generation", generation);
                    update.Set("$doc", doc);
                    update.ExecuteNonQuery();
                }
            }
        }
    }

    // Adds a document to the set being recomputed, with the rest of its old family: they may have lost their link to it.
    private void Visit(long doc)
    {
        if (members.ContainsKey(doc))
        {
            return;
        }

        using var command = SqlCommands.Create(connection, transaction, "SELECT id, title, family FROM documents WHERE rowid = $doc", "$doc");
        command.Set("$doc", doc);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return;
        }

        var (date, modified) = VersionDateReader.Read(connection, transaction, doc)!.Value;
        var member = new Member(doc, reader.GetString(0), TitleStem.Of(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2), date, modified);
        members[doc] = member;
        pending.Enqueue(doc);
        reader.Close();
        if (member.OldFamily is not null)
        {
            VisitFamily(member.OldFamily);
        }
    }

    private void VisitFamily(string family)
    {
        if (!visitedFamilies.Add(family))
        {
            return;
        }

        using var command = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE family = $family", "$family");
        command.Set("$family", family);
        var docs = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                docs.Add(reader.GetInt64(0));
            }
        }

        foreach (var doc in docs)
        {
            Visit(doc);
        }
    }

    private void Link(long a, long b)
    {
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            if (!links.TryGetValue(from, out var list))
            {
                links[from] = list = [];
            }

            list.Add(to);
        }
    }

    private List<List<long>> Components()
    {
        var seen = new HashSet<long>();
        var components = new List<List<long>>();
        foreach (var start in members.Keys.Order())
        {
            if (!seen.Add(start))
            {
                continue;
            }

            var component = new List<long>();
            var stack = new Stack<long>([start]);
            while (stack.TryPop(out var doc))
            {
                component.Add(doc);
                foreach (var next in links.GetValueOrDefault(doc) ?? [])
                {
                    if (seen.Add(next))
                    {
                        stack.Push(next);
                    }
                }
            }

            components.Add(component);
        }

        return components;
    }
}
