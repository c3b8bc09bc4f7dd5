using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphViz.Server.Storage;

/// <summary>Reads and writes workspaces, their articles and the server's settings. Every write is one transaction.</summary>
public sealed class GraphRepository(GraphDatabase database)
{
    public IReadOnlyList<StoredGraph> Graphs()
    {
        using var connection = database.Open();
        using var command = Command(connection, "SELECT id, title, created FROM graphs ORDER BY created, id");
        using var reader = command.ExecuteReader();
        var graphs = new List<StoredGraph>();
        while (reader.Read())
            graphs.Add(new StoredGraph(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        return graphs;
    }

    public IReadOnlyList<StoredArticle> Articles(string graphId)
    {
        using var connection = database.Open();
        using var command = Command(connection,
            "SELECT seq, content_hash, title, source, published, text, extraction, received FROM articles WHERE graph_id = $graph ORDER BY seq",
            ("$graph", graphId));
        using var reader = command.ExecuteReader();
        var articles = new List<StoredArticle>();
        while (reader.Read())
            articles.Add(new StoredArticle(reader.GetInt64(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(5), reader.GetString(6), DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        return articles;
    }

    /// <summary>Creates a workspace; false if one with this id exists.</summary>
    public bool CreateGraph(StoredGraph graph)
    {
        using var connection = database.Open();
        using var command = Command(connection, "INSERT OR IGNORE INTO graphs (id, title, created) VALUES ($id, $title, $created)",
            ("$id", graph.Id), ("$title", graph.Title), ("$created", graph.Created.ToString("O", CultureInfo.InvariantCulture)));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Deletes a workspace and its articles; false if there was none.</summary>
    public bool DeleteGraph(string graphId)
    {
        using var connection = database.Open();
        using var command = Command(connection, "DELETE FROM graphs WHERE id = $id", ("$id", graphId));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Commits an article; when this returns, it is on disk.</summary>
    public void AddArticle(string graphId, StoredArticle article)
    {
        using var connection = database.Open();
        using var command = Command(connection, """
            INSERT INTO articles (graph_id, seq, content_hash, title, source, published, text, extraction, received)
            VALUES ($graph, $seq, $hash, $title, $source, $published, $text, $extraction, $received)
            """,
            ("$graph", graphId), ("$seq", article.Seq), ("$hash", article.ContentHash), ("$title", article.Title),
            ("$source", article.Source), ("$published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$text", article.Text), ("$extraction", article.ExtractionJson),
            ("$received", article.Received.ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    }

    public string? Setting(string key)
    {
        using var connection = database.Open();
        return Setting(connection, key);
    }

    /// <summary>Stores a setting unless it is already set, and returns the stored value (first writer wins).</summary>
    public string SettingOrAdd(string key, string value)
    {
        using var connection = database.Open();
        using (var insert = Command(connection, "INSERT OR IGNORE INTO settings (key, value) VALUES ($key, $value)", ("$key", key), ("$value", value)))
            insert.ExecuteNonQuery();
        return Setting(connection, key)!;
    }

    private static string? Setting(SqliteConnection connection, string key)
    {
        using var command = Command(connection, "SELECT value FROM settings WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
