using GraphViz.Core.Evaluation;

namespace GraphViz.Server.Cli;

/// <summary>
/// The annotated articles under a folder: each text (NAME.ar.txt, NAME.en.txt or NAME.txt) with its gold
/// annotation beside it (NAME.gold.json). A subfolder names the split its articles belong to
/// (tests/corpus/ar/tune, tests/corpus/ar/test); articles at the top have none.
/// </summary>
public static class AnnotatedCorpus
{
    public static List<CorpusArticle> Load(string folder)
    {
        var articles = new List<CorpusArticle>();
        foreach (var text in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Stem(Path.GetFileName(text));
            var gold = Path.Combine(Path.GetDirectoryName(text)!, name + ".gold.json");
            if (!File.Exists(gold)) continue; // a text without its annotation is not part of the corpus
            var relative = Path.GetRelativePath(folder, text);
            var split = relative.Contains(Path.DirectorySeparatorChar) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar)] : "";
            articles.Add(new CorpusArticle(name, split, File.ReadAllText(text), Parse(gold)));
        }
        return articles;
    }

    private static GoldAnnotation Parse(string path)
    {
        try
        {
            return GoldAnnotation.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or NullReferenceException or InvalidCastException or FormatException)
        {
            throw new InvalidDataException($"{path} is not a gold annotation: {e.Message}", e);
        }
    }

    /// <summary>"niger-us-withdrawal.ar.txt" → "niger-us-withdrawal": the name its gold file shares.</summary>
    private static string Stem(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return stem.EndsWith(".ar", StringComparison.Ordinal) || stem.EndsWith(".en", StringComparison.Ordinal) ? stem[..^3] : stem;
    }
}
