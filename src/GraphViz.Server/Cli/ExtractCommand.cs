using System.Globalization;
using GraphViz.Core.Evaluation;
using GraphViz.Core.Extraction;

namespace GraphViz.Server.Cli;

/// <summary>
/// <c>extract FILE [--published YYYY-MM-DD] [--format json] [--gold GOLD.json]</c>: prints what GraphViz reads
/// in one article as JSON or, given a gold annotation, how it scores against it.
/// <c>extract --gold-dir DIR [--format json]</c>: scores every annotated article under a folder.
/// </summary>
public static class ExtractCommand
{
    private const string Usage = "usage: extract FILE [--published YYYY-MM-DD] [--format json] [--gold GOLD.json]\n" +
                                 "       extract --gold-dir DIR [--format json]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        string? gold = null;
        string? goldDir = null;
        var json = false;
        DateOnly? published = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        return Fail(stderr, $"--published: '{args[i]}' is not a date as YYYY-MM-DD");
                    published = d;
                    break;
                case "--format" when i + 1 < args.Length:
                    if (args[++i] != "json") return Fail(stderr, $"--format: '{args[i]}' is not supported; use json");
                    json = true;
                    break;
                case "--gold-dir" when i + 1 < args.Length:
                    goldDir = FromCaller(args[++i]);
                    if (!Directory.Exists(goldDir)) return Fail(stderr, $"--gold-dir: no such folder: {goldDir}");
                    break;
                case "--gold" when i + 1 < args.Length:
                    gold = FromCaller(args[++i]);
                    if (!File.Exists(gold)) return Fail(stderr, $"--gold: no such file: {gold}");
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    return Fail(stderr, $"unknown or incomplete option '{a}'");
                default:
                    if (file is not null) return Fail(stderr, "give one FILE");
                    file = FromCaller(args[i]);
                    break;
            }
        }
        if (goldDir is not null)
        {
            if (file is not null || gold is not null || published is not null)
                return Fail(stderr, "--gold-dir scores a folder: give no FILE, --gold or --published (each gold file has its date)");
            return ScoreCorpus(goldDir, json, stdout, stderr);
        }
        if (file is null) return Fail(stderr, "no FILE given");
        if (!File.Exists(file)) return Fail(stderr, $"no such file: {file}");

        var text = File.ReadAllText(file);
        var extraction = ArticleExtractor.Default.Extract(text, published);
        if (gold is null)
        {
            stdout.WriteLine(ExtractionJson.Write(extraction));
            return 0;
        }
        GoldAnnotation annotation;
        try
        {
            annotation = GoldAnnotation.Parse(File.ReadAllText(gold));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or NullReferenceException or InvalidCastException)
        {
            return Fail(stderr, $"--gold: {gold} is not a gold annotation: {e.Message}");
        }
        ScoreReport.Write(ExtractionScorer.Score(extraction, annotation, text), stdout);
        return 0;
    }

    private static int ScoreCorpus(string folder, bool json, TextWriter stdout, TextWriter stderr)
    {
        List<CorpusArticle> corpus;
        try
        {
            corpus = AnnotatedCorpus.Load(folder);
        }
        catch (InvalidDataException e)
        {
            return Fail(stderr, $"--gold-dir: {e.Message}");
        }
        if (corpus.Count == 0) return Fail(stderr, $"--gold-dir: no text with a NAME.gold.json beside it under {folder}");
        var score = CorpusScorer.Score(corpus, ArticleExtractor.Default);
        if (json) CorpusReport.WriteJson(score, stdout);
        else CorpusReport.WriteTable(score, stdout);
        return 0;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"extract: {message}");
        stderr.WriteLine(Usage);
        return 2;
    }

    /// <summary>
    /// A path (file or folder) as the caller meant it. `dotnet run --project` starts the app in the project's folder, not the
    /// caller's, so a relative path that is not found there is taken from the caller's shell folder (PWD).
    /// </summary>
    private static string FromCaller(string path)
    {
        static bool Exists(string p) => File.Exists(p) || Directory.Exists(p);
        if (Path.IsPathRooted(path) || Exists(path)) return path;
        var callerFolder = Environment.GetEnvironmentVariable("PWD");
        var fromCaller = callerFolder is null ? path : Path.Combine(callerFolder, path);
        return Exists(fromCaller) ? fromCaller : path;
    }
}
