using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GraphViz.Server.Tests.Storage;

/// <summary>
/// Durability: the server process is SIGKILLed in the middle of a burst of ingests. After a restart
/// every acknowledged article is there, nothing half-written is, and the graph is exactly the graph the
/// surviving articles make.
/// </summary>
public class KillDuringIngestTests
{
    private static readonly string[] Countries = ["مصر", "تركيا", "الجزائر", "المغرب", "تونس", "السودان", "إثيوبيا", "قطر", "إيران", "العراق"];
    private static readonly string[] Months = ["يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر"];

    private static string Article(int i)
    {
        var a = Countries[i % Countries.Length];
        var b = Countries[(i * 3 + 1) % Countries.Length];
        if (a == b) b = Countries[(i + 5) % Countries.Length];
        return $"وقعت {a} و{b} اتفاقية للتعاون العسكري في {Months[i % Months.Length]} {2000 + i}، في خطوة وصفها المسؤولون بأنها تاريخية. " +
               $"وقال بيان مشترك إن البلدين سيجريان مناورات مشتركة للمرة {i + 1}.";
    }

    [Fact]
    public async Task Every_acknowledged_article_survives_a_SIGKILL_mid_burst_and_nothing_half_written_does()
    {
        var data = GraphVizFactory.NewDataFolder();
        try
        {
            var acknowledged = new List<(string Title, string ArticleId)>();
            const int total = 60;
            await using (var server = await ServerProcess.StartAsync(data))
            {
                Assert.Equal(HttpStatusCode.Created, (await server.Client.PostAsync("/api/graphs", JsonContent.Create(new { id = "burst" }))).StatusCode);
                var enoughAcknowledged = new TaskCompletionSource();
                var next = -1;
                async Task Send()
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < total)
                    {
                        try
                        {
                            var response = await server.Client.PostAsync("/api/graphs/burst/articles", JsonContent.Create(new { text = Article(i), title = $"article {i}" }));
                            if (response.StatusCode != HttpStatusCode.Created) continue;
                            var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
                            lock (acknowledged)
                            {
                                acknowledged.Add(($"article {i}", reply.GetProperty("articleId").GetString()!));
                                if (acknowledged.Count >= 15) enoughAcknowledged.TrySetResult();
                            }
                        }
                        catch (HttpRequestException)
                        {
                            return; // the server is gone: this one was never acknowledged
                        }
                        catch (TaskCanceledException)
                        {
                            return;
                        }
                    }
                }
                var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(Send)).ToArray();
                await enoughAcknowledged.Task.WaitAsync(TimeSpan.FromSeconds(120));
                await server.KillAsync();   // while the other senders' requests are in flight
                await Task.WhenAll(senders);
            }
            Assert.True(acknowledged.Count < total, "the kill should have come mid-burst");

            await using var restarted = await ServerProcess.StartAsync(data);
            var graph = await restarted.Client.GetFromJsonAsync<JsonElement>("/api/graphs/burst");
            var stored = graph.GetProperty("articles").EnumerateArray()
                .Select(a => (Title: a.GetProperty("title").GetString()!, Id: a.GetProperty("id").GetString()!)).ToList();

            foreach (var ack in acknowledged) Assert.Contains(ack, stored);
            Assert.All(stored, a => Assert.StartsWith("article ", a.Title));

            // Nothing half-written: the stored graph is exactly what its articles, added afresh in the same order, make.
            Assert.Equal(HttpStatusCode.Created, (await restarted.Client.PostAsync("/api/graphs", JsonContent.Create(new { id = "replay" }))).StatusCode);
            foreach (var (title, _) in stored)
            {
                var i = int.Parse(title["article ".Length..]);
                Assert.Equal(HttpStatusCode.Created,
                    (await restarted.Client.PostAsync("/api/graphs/replay/articles", JsonContent.Create(new { text = Article(i), title }))).StatusCode);
            }
            var replay = await restarted.Client.GetFromJsonAsync<JsonElement>("/api/graphs/replay");
            foreach (var part in new[] { "nodes", "edges", "articles", "version" })
                Assert.Equal(replay.GetProperty(part).GetRawText(), graph.GetProperty(part).GetRawText());
            await restarted.KillAsync();

            using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "graphviz.db")}");
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }
        finally
        {
            GraphVizFactory.DeleteQuietly(data);
        }
    }
}
