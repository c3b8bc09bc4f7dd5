using GraphViz.Core.Extraction;

namespace GraphViz.Core.Evaluation;

/// <summary>Scores every article of an annotated corpus, each read with its gold's publication date.</summary>
public static class CorpusScorer
{
    public static CorpusScore Score(IEnumerable<CorpusArticle> corpus, ArticleExtractor extractor) =>
        CorpusScore.Of(corpus
            .Select(a => new ArticleScore(a.Name, a.Split,
                ExtractionScorer.Score(extractor.Extract(a.Text, a.Gold.Published), a.Gold, a.Text)))
            .ToList());
}
