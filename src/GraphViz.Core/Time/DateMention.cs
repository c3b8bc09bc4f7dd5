namespace GraphViz.Core.Time;

/// <summary>Whether a date expression names its own date or needs the article's reference date.</summary>
public enum DateMentionKind { Explicit, Relative }

/// <summary>The part of a period a qualifier points at: مطلع (early), منتصف (mid), أواخر (late).</summary>
public enum DateQualifier { None, Early, Mid, Late }

/// <summary>
/// A date expression in normalised text, [Start, End). <see cref="Date"/> is the point it names;
/// <see cref="From"/> and <see cref="To"/> the interval it names ("خلال الأشهر الأربعة المقبلة",
/// "منذ عام 2014", "بحلول 15 سبتمبر"), either may be open. <see cref="Inferred"/>: the resolution rests
/// on a guess (no publication date was given, or a year was chosen for a bare month).
/// </summary>
public sealed record DateMention(
    int Start,
    int End,
    string Text,
    PartialDate? Date,
    PartialDate? From,
    PartialDate? To,
    DateMentionKind Kind,
    bool Inferred,
    DateQualifier Qualifier = DateQualifier.None);
