namespace GraphViz.Core;

/// <summary>Reads the data files (gazetteer, lexicons, tables) embedded in GraphViz.Core.</summary>
internal static class EmbeddedData
{
    public static string Read(string logicalName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} is not embedded in GraphViz.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Tab-separated data files: '#' lines are comments, the first other line is the header.</summary>
internal static class Tsv
{
    public static IEnumerable<string[]> Rows(string tsv, string expectedHeader)
    {
        var headerSeen = false;
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (!headerSeen)
            {
                if (cells[0] != expectedHeader) throw new InvalidDataException($"expected a header starting with '{expectedHeader}'");
                headerSeen = true;
                continue;
            }
            yield return cells;
        }
    }
}
