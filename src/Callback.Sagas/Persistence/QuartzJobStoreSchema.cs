using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;
using Quartz;

namespace Callback.Sagas.Persistence;

/// <summary>
/// The tables of Quartz's ADO.NET job store (<c>qrtz_*</c>), which the <c>QuartzJobStore</c> migration of each provider
/// creates: the scheduler's timers live in the sessions' database and its schema comes with the same migrations. They
/// are not EF entities, so the model (and its snapshot) does not know them. The migration runs the DDL that the Quartz
/// assembly in use embeds for its own <see cref="SchemaProvisioning.CreateIfMissing"/>, not a copy of it, so the tables
/// are what <see cref="SchemaProvisioning.Validate"/> of that same Quartz expects.
/// </summary>
public static partial class QuartzJobStoreSchema
{
    /// <summary>The prefix of the tables the migrations create, and so the scheduler's default.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>
    /// Runs Quartz's script for <paramref name="provider"/>, one statement per command (its SQL Server script has no
    /// <c>GO</c> for EF Core to split on; each statement is a batch of its own). Every statement creates only what is
    /// missing and none drops anything, so a database whose tables Quartz made itself keeps its triggers.
    /// </summary>
    public static void Create(MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        foreach (var statement in Statements(provider))
            migrationBuilder.Sql(statement);
    }

    /// <summary>Drops the tables <see cref="Create"/> made, those that refer to others first.</summary>
    public static void Drop(MigrationBuilder migrationBuilder, DatabaseProvider provider)
    {
        foreach (var table in Tables(provider).Reverse())
            migrationBuilder.DropTable(table);
    }

    /// <summary>
    /// The statements of Quartz's script for <paramref name="provider"/>, in order, with the table prefix filled in. Each
    /// ends with a semicolon, which Quartz leaves off a block's <c>END</c>: a script of the migrations (<c>dotnet ef
    /// migrations script</c>) puts them one after another, and SQLite would read a trigger and the next statement as one.
    /// </summary>
    public static IReadOnlyList<string> Statements(DatabaseProvider provider) =>
        StatementSeparator().Split(Script(provider))
            .Select(chunk => chunk.Trim())
            .Where(HasSql)
            .Select(statement => statement.EndsWith(';') ? statement : statement + ";")
            .ToList();

    /// <summary>The tables the script creates, parents before the tables that refer to them; named as it names them.</summary>
    public static IReadOnlyList<string> Tables(DatabaseProvider provider) =>
        Statements(provider)
            .Select(statement => CreateTable().Match(statement))
            .Where(match => match.Success)
            .Select(match => match.Groups["table"].Value)
            .ToList();

    static string Script(DatabaseProvider provider)
    {
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{ScriptName(provider)}.sql";
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz assembly has no resource {resource}: its schema scripts moved.");
        using var reader = new StreamReader(stream);

        // {0} is the prefix of table names, {1} the same without a schema qualifier (for index and constraint names); ours has none.
        return reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
    }

    static string ScriptName(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
        DatabaseProvider.SqlServer => "sqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Whether a chunk is more than blank lines and comments: the script opens with a header that is all comment.</summary>
    static bool HasSql(string chunk) =>
        chunk.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal));

    /// <summary>Quartz separates statements with a line of its own, because no one terminator works in every dialect.</summary>
    [GeneratedRegex(@"^--;;\s*$", RegexOptions.Multiline)]
    private static partial Regex StatementSeparator();

    [GeneratedRegex(@"CREATE TABLE (?:IF NOT EXISTS )?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
