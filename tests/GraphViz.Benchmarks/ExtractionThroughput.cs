using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GraphViz.Core.Extraction;

namespace GraphViz.Benchmarks;

/// <summary>
/// Extraction throughput on a large Arabic corpus, the sample repeated a thousand times (about 5 MB), on
/// one core. <see cref="Articles"/> extracts it as the thousand articles it is, one call each, as the
/// server does; <see cref="OneDocument"/> extracts it as a single text, the worst case for the collector.
/// The MB/s column is UTF-8 megabytes of article text per second.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ExtractionThroughput
{
    private string _corpus = "";
    private string _article = "";

    [Params(1_000)]
    public int Copies { get; set; }

    private static string Corpus(int copies) =>
        string.Join('\n', Enumerable.Repeat(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "niger-us-withdrawal.ar.txt")), copies));

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus(Copies);
        _article = Corpus(1);
        ArticleExtractor.Default.Extract(_article, new DateOnly(2024, 5, 20)); // load the data files outside the measurement
    }

    [Benchmark]
    public int Articles()
    {
        var relations = 0;
        for (var i = 0; i < Copies; i++) relations += ArticleExtractor.Default.Extract(_article, new DateOnly(2024, 5, 20)).Relations.Count;
        return relations;
    }

    [Benchmark]
    public int OneDocument() => ArticleExtractor.Default.Extract(_corpus, new DateOnly(2024, 5, 20)).Relations.Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecond());

        private sealed class MegabytesPerSecond : IColumn
        {
            public string Id => "MBps";
            public string ColumnName => "MB/s";
            public bool AlwaysShow => true;
            public ColumnCategory Category => ColumnCategory.Custom;
            public int PriorityInCategory => 0;
            public bool IsNumeric => true;
            public UnitType UnitType => UnitType.Dimensionless;
            public string Legend => "UTF-8 megabytes of article text extracted per second";
            public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
            public bool IsAvailable(Summary summary) => true;

            public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
            {
                var report = summary[benchmarkCase];
                if (report?.ResultStatistics is null) return "-";
                // The column is computed in the host process: rebuild the corpus to know its size.
                // Both benchmarks read the same text: the sample, Copies times (joined by a line break).
                var copies = (int)benchmarkCase.Parameters["Copies"];
                var bytes = System.Text.Encoding.UTF8.GetByteCount(Corpus(copies));
                var seconds = report.ResultStatistics.Mean / 1e9;
                return (bytes / 1e6 / seconds).ToString("0.0");
            }

            public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        }
    }
}
