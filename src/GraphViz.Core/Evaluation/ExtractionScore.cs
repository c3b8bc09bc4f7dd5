namespace GraphViz.Core.Evaluation;

/// <summary>Precision, recall and F1 of one part of an extraction.</summary>
public sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How an extraction compares with a gold annotation.</summary>
public sealed record ExtractionScore(
    PrecisionRecall Actors,
    PrecisionRecall CoreRelations,
    int StretchFound,
    int StretchTotal,
    int EventsDated,
    int EventsTotal,
    IReadOnlyList<string> MissedActors,
    IReadOnlyList<string> ExtraActors,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> FalseRelations,
    IReadOnlyList<string> UndatedEvents);
