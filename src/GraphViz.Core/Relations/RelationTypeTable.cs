namespace GraphViz.Core.Relations;

/// <summary>The relation types of relation-types.tsv: adding a type is a data change.</summary>
public sealed class RelationTypeTable
{
    private static readonly Lazy<RelationTypeTable> LazyDefault = new(() => Parse(EmbeddedData.Read("GraphViz.Core.Relations.relation-types.tsv")));
    private readonly Dictionary<string, RelationType> _types;

    private RelationTypeTable(Dictionary<string, RelationType> types) => _types = types;

    public static RelationTypeTable Default => LazyDefault.Value;

    public IReadOnlyCollection<RelationType> All => _types.Values;

    public RelationType this[string id] =>
        _types.TryGetValue(id, out var t) ? t : throw new KeyNotFoundException($"unknown relation type '{id}'");

    public bool Contains(string id) => _types.ContainsKey(id);

    public RelationType? Find(string id) => _types.GetValueOrDefault(id);

    public static RelationTypeTable Parse(string tsv)
    {
        var types = new Dictionary<string, RelationType>(StringComparer.Ordinal);
        foreach (var row in Tsv.Rows(tsv, expectedHeader: "type"))
        {
            var t = new RelationType(row[0], row[1], Enum.Parse<Polarity>(row[2], ignoreCase: true), int.Parse(row[3]),
                string.IsNullOrEmpty(row[4]) ? null : row[4], row[6] == "yes")
            {
                Plover = string.IsNullOrEmpty(row[5]) ? null : row[5],
                Closes = row[7].Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
                Together = row[8] == "yes",
                Content = row[9].Length == 0 ? TriggerContent.None : Enum.Parse<TriggerContent>(row[9], ignoreCase: true),
                Stance = Enum.Parse<Stance>(row[10], ignoreCase: true),
            };
            types.Add(t.Id, t);
        }
        foreach (var t in types.Values)
            foreach (var closed in t.Closes)
                if (!types.ContainsKey(closed)) throw new InvalidDataException($"{t.Id} closes unknown type '{closed}'");
        return new RelationTypeTable(types);
    }
}
