using System.Globalization;
using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Search.Versions;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Applies an <see cref="IndexChangeSet"/> inside one write transaction with prepared statements.</summary>
internal sealed class ChangeSetWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly TagWriter tags;
    private readonly SignatureWriter signatures;
    private readonly AgreementWriter agreements;
    private readonly SqliteCommand upsertDocument;
    private readonly SqliteCommand findRowId;
    private readonly SqliteCommand findFileDoc;
    private readonly SqliteCommand upsertFile;
    private readonly SqliteCommand deleteFile;
    private readonly SqliteCommand cleanup;
    private readonly SqliteCommand stamp;
    private readonly HashSet<long> orphanCandidates = [];
    private readonly long generation;

    /// <summary>Prepares the statements; every document the changes touch is stamped with <paramref name="generation"/>.</summary>
    public ChangeSetWriter(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.generation = generation;
        tags = new TagWriter(connection, transaction, generation);
        signatures = new SignatureWriter(connection, transaction);
        agreements = new AgreementWriter(connection, transaction);
        upsertDocument = SqlCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO documents(id, hash, title, summary, format, path, size_bytes, page_count, word_count,
                file_modified, ingested_at, metadata_json, headings_json, warnings_json, headings, body, generation, page_starts)
            VALUES ($id, $hash, $title, $summary, $format, $path, $size, $pages, $words,
                $modified, $ingested, $metadata, $headingsJson, $warnings, $headings, $body, $generation, $pageStarts)
            ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, title = excluded.title, summary = excluded.summary,
                format = excluded.format, path = excluded.path, size_bytes = excluded.size_bytes,
                page_count = excluded.page_count, word_count = excluded.word_count, file_modified = excluded.file_modified,
                ingested_at = excluded.ingested_at, metadata_json = excluded.metadata_json,
                headings_json = excluded.headings_json, warnings_json = excluded.warnings_json,
                headings = excluded.headings, body = excluded.body, generation = excluded.generation,
                page_starts = excluded.page_starts
            RETURNING rowid
            """,
            "$id", "$hash", "$title", "$summary", "$format", "$path", "$size", "$pages", "$words",
            "$modified", "$ingested", "$metadata", "$headingsJson", "$warnings", "$headings", "$body", "$generation", "$pageStarts");
        findRowId = SqlCommands.Create(connection, transaction, "SELECT rowid FROM documents WHERE id = $id", "$id");
        findFileDoc = SqlCommands.Create(connection, transaction, "SELECT doc FROM files WHERE path = $path", "$path");
        upsertFile = SqlCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO files(path, doc, hash, size_bytes) VALUES ($path, $doc, $hash, $size)
            ON CONFLICT(path) DO UPDATE SET doc = excluded.doc, hash = excluded.hash, size_bytes = excluded.size_bytes
            """,
            "$path", "$doc", "$hash", "$size");
        deleteFile = SqlCommands.Create(connection, transaction, "DELETE FROM files WHERE path = $path RETURNING doc", "$path");
        // A document whose paths change is indexed again: its primary path is in the index.
        stamp = SqlCommands.Create(connection, transaction, "UPDATE documents SET generation = $generation WHERE rowid = $doc", "$doc", "$generation");
        stamp.Set("$generation", generation);
        // A document with no path left is deleted (cascading to tags; the trigger removes its FTS rows);
        // one that lost its primary path takes another of its paths.
        cleanup = SqlCommands.Create(
            connection,
            transaction,
            """
            DELETE FROM documents WHERE rowid = $doc AND NOT EXISTS (SELECT 1 FROM files WHERE doc = $doc);
            UPDATE documents SET path = (SELECT MIN(path) FROM files WHERE doc = $doc)
            WHERE rowid = $doc AND NOT EXISTS (SELECT 1 FROM files WHERE doc = $doc AND path = documents.path);
            """,
            "$doc");
    }

    /// <summary>Applies the changes: removals, then upserts, then attached paths, then orphan clean-up, then the families of
    /// versions around what changed.</summary>
    public void Apply(IndexChangeSet changes, DateTimeOffset now)
    {
        foreach (var path in changes.RemovePaths)
        {
            deleteFile.Set("$path", path);
            if (deleteFile.ExecuteScalar() is long doc)
            {
                orphanCandidates.Add(doc);
                Stamp(doc);
            }
        }

        var ingested = now.ToString("O", CultureInfo.InvariantCulture);
        var upserted = new List<long>(changes.Upserts.Count);
        foreach (var record in changes.Upserts)
        {
            var doc = Upsert(record, ingested);
            AttachFile(record.Path, doc, record.Hash, record.SizeBytes);
            upserted.Add(doc);
        }

        foreach (var file in changes.AttachPaths)
        {
            findRowId.Set("$id", file.DocumentId);
            if (findRowId.ExecuteScalar() is not long doc)
            {
                throw new InvalidOperationException($"cannot attach '{file.Path}': no document with id '{file.DocumentId}'");
            }

            AttachFile(file.Path, doc, file.Hash, file.SizeBytes);
        }

        var families = FamilyWriter.FamiliesOf(connection, transaction, orphanCandidates);
        foreach (var doc in orphanCandidates)
        {
            cleanup.Set("$doc", doc);
            cleanup.ExecuteNonQuery();
        }

        FamilyWriter.Recompute(connection, transaction, generation, upserted.Concat(orphanCandidates), families);

        if (changes.Upserts.Count > 0)
        {
            using var stamp = SqlCommands.Create(connection, transaction, "INSERT INTO meta(key, value) VALUES ('last_ingest', $now) ON CONFLICT(key) DO UPDATE SET value = excluded.value", "$now");
            stamp.Set("$now", ingested);
            stamp.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        tags.Dispose();
        signatures.Dispose();
        agreements.Dispose();
        upsertDocument.Dispose();
        findRowId.Dispose();
        findFileDoc.Dispose();
        upsertFile.Dispose();
        deleteFile.Dispose();
        cleanup.Dispose();
        stamp.Dispose();
    }

    private long Upsert(DocumentRecord record, string ingested)
    {
        var content = record.Content;
        var command = upsertDocument;
        command.Set("$id", record.Id);
        command.Set("$hash", record.Hash);
        command.Set("$title", record.Title);
        command.Set("$summary", record.Summary);
        command.Set("$format", content.Format);
        command.Set("$path", record.Path);
        command.Set("$size", record.SizeBytes);
        command.Set("$pages", content.Metadata.PageCount ?? (content.Pages.Count > 0 ? content.Pages.Count : null));
        command.Set("$words", record.WordCount);
        command.Set("$modified", record.FileModified.ToString("O", CultureInfo.InvariantCulture));
        command.Set("$ingested", ingested);
        command.Set("$metadata", DocumentJson.Write(content.Metadata));
        command.Set("$headingsJson", DocumentJson.Write(content.Headings));
        command.Set("$warnings", DocumentJson.Write(content.Warnings));
        command.Set("$headings", string.Join('\n', content.Headings.Select(h => h.Text)));
        command.Set("$body", content.Text);
        command.Set("$generation", generation);
        command.Set("$pageStarts", PageStarts.Find(content) is { } starts ? DocumentJson.Write(starts) : null);
        var doc = (long)command.ExecuteScalar()!;
        tags.ReplaceSupplied(doc, record.Tags);
        signatures.Replace(doc, record.Signature);
        agreements.Replace(doc, record.Agreement);
        return doc;
    }

    private void Stamp(long doc)
    {
        stamp.Set("$doc", doc);
        stamp.ExecuteNonQuery();
    }

    private void AttachFile(string path, long doc, string hash, long size)
    {
        findFileDoc.Set("$path", path);
        if (findFileDoc.ExecuteScalar() is long previous && previous != doc)
        {
            orphanCandidates.Add(previous);
            Stamp(previous);
        }

        Stamp(doc);

        upsertFile.Set("$path", path);
        upsertFile.Set("$doc", doc);
        upsertFile.Set("$hash", hash);
        upsertFile.Set("$size", size);
        upsertFile.ExecuteNonQuery();
    }
}
