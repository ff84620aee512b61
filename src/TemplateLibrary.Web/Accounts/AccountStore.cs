using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Web.Accounts;

/// <summary>The accounts, in the catalogue's SQLite file: passwords hashed with ASP.NET Core's PasswordHasher, API tokens
/// stored only as their SHA-256 (a token is 256 random bits, so a fast hash cannot be guessed back).</summary>
public sealed class AccountStore
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private readonly string _connectionString;
    private readonly PasswordHasher<string> _hasher = new();

    /// <summary>Opens the accounts table in the catalogue file (the catalogue's schema creates it).</summary>
    public AccountStore(string databasePath)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Adds an account.</summary>
    /// <exception cref="AccountException">The name is taken or invalid, the role unknown or the password too short.</exception>
    public void Add(string name, string role, string password)
    {
        CheckName(name);
        CheckRole(role);
        CheckPassword(password);
        using var connection = Open();
        using var insert = Command(connection, "INSERT INTO accounts (name, role, password_hash, created) VALUES ($name, $role, $hash, $created)");
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$role", role);
        insert.Parameters.AddWithValue("$hash", _hasher.HashPassword(name, password));
        insert.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException error) when (error.SqliteErrorCode == 19)
        {
            throw new AccountException($"an account named '{name}' already exists");
        }
    }

    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Account> List()
    {
        using var connection = Open();
        using var select = Command(connection, "SELECT name, role, created, token_hash IS NOT NULL FROM accounts ORDER BY name");
        using var reader = select.ExecuteReader();
        var accounts = new List<Account>();
        while (reader.Read())
        {
            accounts.Add(new Account(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetBoolean(3)));
        }

        return accounts;
    }

    /// <summary>Removes an account and its token.</summary>
    /// <exception cref="AccountException">No account has the name.</exception>
    public void Remove(string name) => Change(name, "DELETE FROM accounts WHERE name = $name", null);

    /// <summary>Sets a new password.</summary>
    /// <exception cref="AccountException">No account has the name, or the password is too short.</exception>
    public void ResetPassword(string name, string password)
    {
        CheckPassword(password);
        Change(name, "UPDATE accounts SET password_hash = $value WHERE name = $name", _hasher.HashPassword(name, password));
    }

    /// <summary>Issues a new API token for the account (replacing any earlier one) and returns it; only its hash is kept.</summary>
    /// <exception cref="AccountException">No account has the name.</exception>
    public string IssueToken(string name)
    {
        var token = "tl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Change(name, "UPDATE accounts SET token_hash = $value WHERE name = $name", TokenHash(token));
        return token;
    }

    /// <summary>The account when the name and password match, else null.</summary>
    public Account? CheckPassword(string name, string password)
    {
        using var connection = Open();
        using var select = Command(connection, "SELECT name, role, created, token_hash IS NOT NULL, password_hash FROM accounts WHERE name = $name");
        select.Parameters.AddWithValue("$name", name);
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            // Hash anyway, so a wrong name takes as long as a wrong password.
            _hasher.VerifyHashedPassword(name, _hasher.HashPassword(name, "not-an-account"), password);
            return null;
        }

        var result = _hasher.VerifyHashedPassword(reader.GetString(0), reader.GetString(4), password);
        return result == PasswordVerificationResult.Failed
            ? null
            : new Account(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetBoolean(3));
    }

    /// <summary>The account holding the token, else null.</summary>
    public Account? FindByToken(string token)
    {
        using var connection = Open();
        using var select = Command(connection, "SELECT name, role, created FROM accounts WHERE token_hash = $hash");
        select.Parameters.AddWithValue("$hash", TokenHash(token));
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new Account(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), true)
            : null;
    }

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            throw new AccountException($"'{name}' is not an account name: use 1 to 64 letters, digits, '.', '-', '_' or '@'");
        }
    }

    private static void CheckRole(string role)
    {
        if (!Roles.All.Contains(role))
        {
            throw new AccountException($"unknown role '{role}': use {string.Join(", ", Roles.All)}");
        }
    }

    private static void CheckPassword(string password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            throw new AccountException($"the password must have at least {MinPasswordLength} characters");
        }
    }

    private void Change(string name, string sql, string? value)
    {
        using var connection = Open();
        using var command = Command(connection, sql);
        command.Parameters.AddWithValue("$name", name);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$value", value);
        }

        if (command.ExecuteNonQuery() == 0)
        {
            throw new AccountException($"no account is named '{name}'");
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
