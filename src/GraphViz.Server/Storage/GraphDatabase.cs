using Microsoft.Data.Sqlite;

namespace GraphViz.Server.Storage;

/// <summary>
/// The SQLite file that holds every workspace: opened in WAL mode with full synchronous commits, so that
/// a commit that returned survives the process being killed, and a transaction that did not finish leaves
/// nothing behind.
/// </summary>
public sealed class GraphDatabase
{
    public const string FileName = "graphviz.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS graphs (
            id      TEXT PRIMARY KEY,
            title   TEXT,
            created TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS articles (
            graph_id     TEXT NOT NULL REFERENCES graphs(id) ON DELETE CASCADE,
            seq          INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            title        TEXT,
            source       TEXT,
            published    TEXT,
            text         TEXT NOT NULL,
            extraction   TEXT NOT NULL,
            received     TEXT NOT NULL,
            PRIMARY KEY (graph_id, seq),
            UNIQUE (graph_id, content_hash)
        );
        CREATE TABLE IF NOT EXISTS settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    private readonly string _connectionString;

    public GraphDatabase(string directory)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, Schema);
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // FULL: a commit is on disk before it returns, so an acknowledged article is never lost.
        Execute(connection, "PRAGMA synchronous = FULL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
