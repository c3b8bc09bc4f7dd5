using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace GraphViz.Server.Storage;

/// <summary>
/// An extraction as it is stored: everything the graph was built from, including each relation type's
/// fields, so that a graph rebuilt after a restart (or after relation-types.tsv changes) is exactly the
/// graph that was acknowledged.
/// </summary>
public static class ExtractionSerializer
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new PartialDateConverter(), new RelationTypeConverter() },
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    public static string Write(ArticleExtraction extraction) => JsonConvert.SerializeObject(extraction, Settings);

    public static ArticleExtraction Read(string json) =>
        JsonConvert.DeserializeObject<ArticleExtraction>(json, Settings)
        ?? throw new InvalidDataException("A stored extraction is empty.");

    /// <summary>"2023", "2023-07", "2024-09-15": the date's own written form.</summary>
    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override void WriteJson(JsonWriter writer, PartialDate value, JsonSerializer serializer) => writer.WriteValue(value.ToString());

        public override PartialDate ReadJson(JsonReader reader, Type objectType, PartialDate existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            PartialDate.TryParse(reader.Value as string, out var date) ? date
                : throw new JsonSerializationException($"'{reader.Value}' is not a stored partial date.");
    }

    /// <summary>A relation type with its init-only fields (closes, stance ...), which constructor binding would drop.</summary>
    private sealed class RelationTypeConverter : JsonConverter<RelationType>
    {
        public override void WriteJson(JsonWriter writer, RelationType? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
                return;
            }
            new JObject
            {
                ["id"] = value.Id,
                ["label"] = value.Label,
                ["polarity"] = value.Polarity.ToString(),
                ["weight"] = value.Weight,
                ["cameo"] = value.Cameo,
                ["plover"] = value.Plover,
                ["symmetric"] = value.Symmetric,
                ["closes"] = new JArray(value.Closes),
                ["together"] = value.Together,
                ["content"] = value.Content.ToString(),
                ["stance"] = value.Stance.ToString(),
            }.WriteTo(writer);
        }

        public override RelationType? ReadJson(JsonReader reader, Type objectType, RelationType? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null) return null;
            var o = JObject.Load(reader);
            var id = (string)o["id"]!;
            var current = RelationTypeTable.Default.Find(id); // fills fields added to the table after this was stored
            return new RelationType(id, (string)o["label"]!, Enum.Parse<Polarity>((string)o["polarity"]!),
                (int)o["weight"]!, (string?)o["cameo"], (bool)o["symmetric"]!)
            {
                // Stored before types had a PLOVER code: the table's code for the same type, if it still has one.
                Plover = o.ContainsKey("plover") ? (string?)o["plover"] : current?.Plover,
                Together = o.ContainsKey("together") ? (bool)o["together"]! : current?.Together ?? false,
                Content = o.ContainsKey("content") ? Enum.Parse<TriggerContent>((string)o["content"]!) : current?.Content ?? TriggerContent.None,
                Closes = o["closes"]!.Values<string>().OfType<string>().ToHashSet(StringComparer.Ordinal),
                Stance = Enum.Parse<Stance>((string)o["stance"]!),
            };
        }
    }
}
