using GraphViz.Core.Actors;
using GraphViz.Core.Text;
using Newtonsoft.Json.Linq;

namespace GraphViz.Core.Tests.Actors;

/// <summary>Checks of the gazetteer data file itself: coverage, codes, and no name that two actors share.</summary>
public class GazetteerDataTests
{
    // The 193 UN member states by ISO 3166-1 alpha-3, kept here independently of the data file.
    private const string UnMembers =
        "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM " +
        "CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI " +
        "FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR " +
        "KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU " +
        "NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP " +
        "SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA " +
        "UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE";

    private static readonly JObject Data = JObject.Parse(ReadEmbedded());

    private static string ReadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("GraphViz.Core.Actors.gazetteer.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static IEnumerable<JToken> Actors => Data["actors"]!;

    private static JToken? Actor(string id) => Actors.SingleOrDefault(a => (string)a["id"]! == id);

    private static IEnumerable<string> Strings(JToken actor, string field) => actor[field]?.Values<string>().Select(s => s!) ?? [];

    [Fact]
    public void The_independent_list_has_193_members() => Assert.Equal(193, UnMembers.Split(' ').Distinct().Count());

    [Fact]
    public void Every_UN_member_state_is_present_as_a_member_country()
    {
        var missing = UnMembers.Split(' ').Where(id => Actor(id) is not { } a || (string)a["kind"]! != "country" || (string)a["un"]! != "member").ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Both_UN_observer_states_are_present()
    {
        foreach (var id in new[] { "VAT", "PSE" })
            Assert.Equal("observer", (string)Actor(id)!["un"]!);
    }

    [Fact]
    public void Every_UN_state_has_a_two_letter_code_matching_its_three_letter_one()
    {
        // Where alpha-2 is the first two letters of alpha-3 is not a rule, so check shape and uniqueness.
        var states = Actors.Where(a => a["un"] is not null).ToList();
        Assert.All(states, s => Assert.Matches("^[A-Z]{2}$", (string)s["iso2"]!));
        Assert.Equal(states.Count, states.Select(s => (string)s["iso2"]!).Distinct().Count());
    }

    [Theory]
    [InlineData("NER", "NE")] [InlineData("NGA", "NG")] [InlineData("USA", "US")] [InlineData("GBR", "GB")] [InlineData("DEU", "DE")]
    [InlineData("ZAF", "ZA")] [InlineData("SSD", "SS")] [InlineData("PRK", "KP")] [InlineData("COD", "CD")] [InlineData("PSE", "PS")]
    public void Known_codes_are_right(string alpha3, string alpha2) => Assert.Equal(alpha2, (string)Actor(alpha3)!["iso2"]!);

    [Fact]
    public void Actor_ids_are_unique() =>
        Assert.Equal(Actors.Count(), Actors.Select(a => (string)a["id"]!).Distinct().Count());

    [Fact]
    public void Every_actor_has_an_English_and_an_Arabic_name_and_a_written_form() =>
        Assert.All(Actors, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)a["name"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)a["nameAr"]));
            Assert.NotEmpty(Strings(a, "names"));
        });

    [Fact]
    public void No_normalised_form_belongs_to_two_actors_or_sources()
    {
        var owners = new Dictionary<string, string>();
        var clashes = new List<string>();
        void Claim(string form, string owner)
        {
            var key = ArabicNormalizer.NormalizeTerm(form);
            if (owners.TryGetValue(key, out var other) && other != owner) clashes.Add($"{form}: {other} / {owner}");
            owners[key] = owner;
        }
        foreach (var a in Actors)
        {
            var id = (string)a["id"]!;
            foreach (var f in Strings(a, "names").Concat(Strings(a, "metonyms")).Concat(Strings(a, "demonymForms"))
                         .Concat(Strings(a, "demonyms").SelectMany(DemonymForms.Derive)))
                Claim(f, id);
        }
        foreach (var s in Data["sources"]!)
            foreach (var n in Strings(s, "names")) Claim(n, "source " + (string)s["id"]!);
        Assert.Empty(clashes);
    }

    [Fact]
    public void Mali_has_no_demonym_because_malī_also_means_financial()
    {
        Assert.Empty(Strings(Actor("MLI")!, "demonyms"));
        Assert.Contains("مالي", Strings(Actor("MLI")!, "ambiguousNames"));
    }

    [Fact]
    public void The_West_derives_no_adjectives_because_gharbi_is_also_geographic() =>
        Assert.Empty(Strings(Actor("WEST")!, "demonyms"));

    [Fact]
    public void Niger_and_Nigeria_adjectives_differ() =>
        Assert.NotEqual(Strings(Actor("NER")!, "demonyms").Single(), Strings(Actor("NGA")!, "demonyms").Single());

    [Fact]
    public void Sources_are_never_actors()
    {
        var actorIds = Actors.Select(a => (string)a["id"]!).ToHashSet();
        Assert.DoesNotContain(Data["sources"]!, s => actorIds.Contains((string)s["id"]!));
    }

    [Fact]
    public void Regions_are_not_actor_names()
    {
        var names = Actors.SelectMany(a => Strings(a, "names")).Select(ArabicNormalizer.NormalizeTerm).ToHashSet();
        Assert.DoesNotContain(Data["regions"]!.Values<string>(), r => names.Contains(ArabicNormalizer.NormalizeTerm(r!)));
    }

    [Fact]
    public void Affiliations_point_to_existing_actors() =>
        Assert.All(Actors.Where(a => a["affiliatedWith"] is not null), a => Assert.NotNull(Actor((string)a["affiliatedWith"]!)));

    [Fact]
    public void The_loader_reads_every_actor() =>
        Assert.Equal(Actors.Count(), Gazetteer.Default.Actors.Count);
}
