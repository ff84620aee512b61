namespace TemplateLibrary.Search.Catalogue;

/// <summary>The DDL of the catalogue; bump <see cref="Version"/> whenever it changes.</summary>
internal static class SchemaSql
{
    /// <summary>The schema version this code writes (stored in PRAGMA user_version).</summary>
    public const int Version = 9;

    // Every write bumps meta.generation and stamps the documents it touched with it; a deleted document leaves its id in
    // removals with the generation. The full-text index catches up from the generation it was last committed at.
    private const string RemovalTrigger = """
        CREATE TRIGGER documents_after_delete AFTER DELETE ON documents BEGIN
            INSERT INTO removals(id, generation) VALUES (old.id, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'))
            ON CONFLICT(id) DO UPDATE SET generation = excluded.generation;
        END
        """;

    // Names this catalogue: an index stamped with another catalogue's id is rebuilt, whatever its generation.
    private const string CatalogueId = "INSERT OR REPLACE INTO meta(key, value) VALUES ('catalogue', lower(hex(randomblob(16))))";

    private const string Removals = """
        CREATE TABLE removals(
            id TEXT PRIMARY KEY,
            generation INTEGER NOT NULL
        ) WITHOUT ROWID
        """;

    // An agreement's segments in document order (ordinal = Clause.Index), with their kinds and evidence as JSON.
    private const string Clauses = """
        CREATE TABLE clauses(
            doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            form TEXT NOT NULL,
            number TEXT,
            heading TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            page INTEGER,
            parent INTEGER,
            depth INTEGER NOT NULL,
            anchor TEXT NOT NULL,
            is_unit INTEGER NOT NULL,
            kinds_json TEXT NOT NULL,
            PRIMARY KEY(doc, ordinal)
        ) WITHOUT ROWID
        """;

    // An agreement's facts as JSON; the stated review date (ISO, first day) and cycle apart, for due-for-review lists.
    private const string Agreements = """
        CREATE TABLE agreements(
            doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
            facts_json TEXT NOT NULL,
            review_date TEXT,
            review_every INTEGER
        )
        """;

    private const string AgreementsReview = "CREATE INDEX agreements_review ON agreements(review_date)";

    // The web workspace's tables (accounts, the audit trail, removed documents), kept in the catalogue so one file is the library.
    private const string Accounts = """
        CREATE TABLE IF NOT EXISTS accounts(
            name TEXT PRIMARY KEY COLLATE NOCASE,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            token_hash TEXT UNIQUE,
            created TEXT NOT NULL
        )
        """;

    private const string Audit = """
        CREATE TABLE IF NOT EXISTS audit(
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            before TEXT,
            after TEXT
        )
        """;

    private const string AuditUser = "CREATE INDEX IF NOT EXISTS audit_user ON audit(user)";

    // A removed document by content hash; supplied holds the title, summary and manifest tags it had, restored with it.
    private const string Tombstones = """
        CREATE TABLE IF NOT EXISTS tombstones(
            hash TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            paths TEXT NOT NULL,
            corrections TEXT NOT NULL,
            removed_at TEXT NOT NULL,
            user TEXT NOT NULL,
            supplied TEXT NOT NULL DEFAULT '{}'
        )
        """;

    private const string TombstonesId = "CREATE INDEX IF NOT EXISTS tombstones_id ON tombstones(id)";

    // What a document's text reports for the partnerships directory (savings and costs, the arrangement's state, the host
    // or lead it names), read when the directory is next asked for; generation is the document's generation when it was read.
    private const string DocumentReports = """
        CREATE TABLE IF NOT EXISTS document_reports(
            doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
            generation INTEGER NOT NULL,
            savings_json TEXT NOT NULL,
            status_json TEXT,
            roles_json TEXT NOT NULL DEFAULT '[]'
        )
        """;

    // A librarian's corrections and merges of arrangements, applied in order after every derivation; an arrangement is
    // found again by the documents it held when corrected (its id changes with its partners).
    private const string PartnershipCorrections = """
        CREATE TABLE IF NOT EXISTS partnership_corrections(
            id INTEGER PRIMARY KEY,
            json TEXT NOT NULL
        )
        """;

    // The arrangements derived from the documents (Search/Partnerships), rewritten whole when the catalogue's generation
    // has moved on from meta.partnerships_generation; members apart, to find a council's arrangements. (IF NOT EXISTS: the
    // schema tests fake older versions by dropping only the tables those versions lacked.)
    private const string Partnerships = """
        CREATE TABLE IF NOT EXISTS partnerships(
            id TEXT PRIMARY KEY,
            json TEXT NOT NULL
        ) WITHOUT ROWID
        """;

    private const string PartnershipMembers = """
        CREATE TABLE IF NOT EXISTS partnership_members(
            name TEXT NOT NULL,
            partnership TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
            PRIMARY KEY(name, partnership)
        ) WITHOUT ROWID
        """;

    /// <summary>Statements that bring a catalogue of the key's version to the next version, keeping its documents.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Upgrades { get; } = new Dictionary<int, IReadOnlyList<string>>
    {
        // 2 to 3 gave the SQLite full-text table a prefix index; version 4 drops that table, so there is nothing to do.
        [2] = [],
        // 3 to 4: the full text moves to the Lucene index (rebuilt from the catalogue on open); documents carry the
        // generation of their last change and their page starts.
        [3] =
        [
            "DROP TRIGGER IF EXISTS documents_after_insert",
            "DROP TRIGGER IF EXISTS documents_after_delete",
            "DROP TRIGGER IF EXISTS documents_after_update_text",
            "DROP TABLE IF EXISTS words_vocab",
            "DROP TABLE IF EXISTS words_fts",
            "DROP TABLE IF EXISTS documents_fts",
            "ALTER TABLE documents ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE documents ADD COLUMN page_starts TEXT",
            "CREATE INDEX documents_generation ON documents(generation)",
            Removals,
            RemovalTrigger,
            CatalogueId,
        ],
        // 4 to 5: documents join families of versions; the families are computed when the catalogue opens (family NULL).
        [4] =
        [
            "ALTER TABLE documents ADD COLUMN family TEXT",
            "CREATE INDEX documents_family ON documents(family)",
        ],
        // 5 to 6: clauses and agreement facts are read at ingest. Documents catalogued before have none: clearing their
        // files' hashes makes the next ingest read every file again (ids, tags and librarian tags are kept).
        [5] =
        [
            Clauses,
            Agreements,
            AgreementsReview,
            "UPDATE files SET hash = ''",
        ],
        // 6 to 7: the workspace's tables join the versioned schema. Version 6 code created them on first use (tombstones without
        // the supplied metadata), so each may or may not be there: create what is missing, then add the new column.
        [6] =
        [
            Accounts,
            Audit,
            AuditUser,
            """
            CREATE TABLE IF NOT EXISTS tombstones(
                hash TEXT PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, paths TEXT NOT NULL, corrections TEXT NOT NULL, removed_at TEXT NOT NULL, user TEXT NOT NULL)
            """,
            "ALTER TABLE tombstones ADD COLUMN supplied TEXT NOT NULL DEFAULT '{}'",
            TombstonesId,
        ],
        // 7 to 8: the partnerships directory's tables; they fill when the directory is first asked for.
        [7] =
        [
            DocumentReports,
            Partnerships,
            PartnershipMembers,
        ],
        // 8 to 9: the reports gain the roles a text states (the cache is read again: it is derived), and corrections.
        [8] =
        [
            "DROP TABLE IF EXISTS document_reports",
            DocumentReports,
            PartnershipCorrections,
            "DELETE FROM meta WHERE key = 'partnerships_generation'",
        ],
    };

    /// <summary>Statements that create the schema on an empty database.</summary>
    public static IReadOnlyList<string> Create { get; } =
    [
        """
        CREATE TABLE meta(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE documents(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT,
            format TEXT NOT NULL,
            path TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            page_count INTEGER,
            word_count INTEGER NOT NULL,
            year INTEGER,
            file_modified TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            metadata_json TEXT NOT NULL,
            headings_json TEXT NOT NULL,
            warnings_json TEXT NOT NULL,
            headings TEXT NOT NULL,
            body TEXT NOT NULL,
            generation INTEGER NOT NULL DEFAULT 0,
            page_starts TEXT,
            family TEXT
        )
        """,
        // The id of the current version of the document's family (its own id when it is current or alone).
        "CREATE INDEX documents_family ON documents(family)",
        "CREATE INDEX documents_hash ON documents(hash)",
        "CREATE INDEX documents_generation ON documents(generation)",
        """
        CREATE TABLE files(
            path TEXT PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            hash TEXT NOT NULL,
            size_bytes INTEGER NOT NULL
        ) WITHOUT ROWID
        """,
        "CREATE INDEX files_doc ON files(doc)",
        """
        CREATE TABLE tags(
            doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            facet TEXT NOT NULL,
            source INTEGER NOT NULL,
            value TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            confidence REAL NOT NULL,
            evidence TEXT,
            PRIMARY KEY(doc, facet, source, value)
        ) WITHOUT ROWID
        """,
        // MinHash sketches and their LSH band keys: documents sharing a key are near-duplicate candidates.
        """
        CREATE TABLE signatures(
            doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
            minhash BLOB NOT NULL
        )
        """,
        """
        CREATE TABLE signature_bands(
            band_key INTEGER NOT NULL,
            doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            PRIMARY KEY(band_key, doc)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX signature_bands_doc ON signature_bands(doc)",
        // Materialised on every write: per document and facet, the tags of the highest source present.
        """
        CREATE TABLE effective_tags(
            doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            source INTEGER NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY(doc, facet, value)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX effective_tags_facet ON effective_tags(facet, value, doc)",
        Removals,
        Clauses,
        Agreements,
        AgreementsReview,
        Accounts,
        Audit,
        AuditUser,
        Tombstones,
        TombstonesId,
        DocumentReports,
        Partnerships,
        PartnershipMembers,
        PartnershipCorrections,
        // Starts from the clock so a rebuilt catalogue never reuses a generation an index was stamped with.
        "INSERT INTO meta(key, value) VALUES ('generation', CAST(unixepoch('subsec') * 1000 AS INTEGER))",
        CatalogueId,
        RemovalTrigger,
    ];
}
