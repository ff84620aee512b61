using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Duplicates;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Stores a document's MinHash sketch and band keys, replacing what it had.</summary>
internal sealed class SignatureWriter : IDisposable
{
    private readonly SqliteCommand clearSignature;
    private readonly SqliteCommand clearBands;
    private readonly SqliteCommand insertSignature;
    private readonly SqliteCommand insertBand;

    public SignatureWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        clearSignature = SqlCommands.Create(connection, transaction, "DELETE FROM signatures WHERE doc = $doc", "$doc");
        clearBands = SqlCommands.Create(connection, transaction, "DELETE FROM signature_bands WHERE doc = $doc", "$doc");
        insertSignature = SqlCommands.Create(connection, transaction, "INSERT INTO signatures(doc, minhash) VALUES ($doc, $minhash)", "$doc", "$minhash");
        insertBand = SqlCommands.Create(connection, transaction, "INSERT OR IGNORE INTO signature_bands(band_key, doc) VALUES ($key, $doc)", "$key", "$doc");
    }

    public void Replace(long doc, MinHashSignature? signature)
    {
        clearSignature.Set("$doc", doc);
        clearSignature.ExecuteNonQuery();
        clearBands.Set("$doc", doc);
        clearBands.ExecuteNonQuery();
        if (signature is null || signature.ShingleCount == 0)
        {
            return;
        }

        insertSignature.Set("$doc", doc);
        insertSignature.Set("$minhash", signature.ToBytes());
        insertSignature.ExecuteNonQuery();
        foreach (var key in signature.BandKeys())
        {
            insertBand.Set("$key", key);
            insertBand.Set("$doc", doc);
            insertBand.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        clearSignature.Dispose();
        clearBands.Dispose();
        insertSignature.Dispose();
        insertBand.Dispose();
    }
}
