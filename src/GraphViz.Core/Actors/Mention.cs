namespace GraphViz.Core.Actors;

/// <summary>How a mention names its actor; roles and coreference treat them differently.</summary>
public enum MentionForm
{
    /// <summary>The actor's name: النيجر، الولايات المتحدة.</summary>
    Name,
    /// <summary>An adjective of the actor modifying a noun: القوات الأمريكية.</summary>
    Demonym,
    /// <summary>A capital or seat of power standing for the state: واشنطن، الكرملين.</summary>
    Metonym,
    /// <summary>A phrase that refers back to the country the text is about: الحكومة العسكرية، البلاد.</summary>
    Anaphor,
    /// <summary>A phrase that refers back to several actors named before: الدول الثلاث، البلدين، الجانبين.</summary>
    Group,
    /// <summary>A person who acts for the actor: ترامب (the United States), حفتر (the Libyan National Army).</summary>
    Person,
}

/// <summary>
/// One place where the text names an actor. Offsets are in the normalised text; <see cref="Preposition"/>
/// is the preposition written onto the word (ب ك ل), or '\0'; <see cref="Conjoined"/> says the word carries و or ف.
/// <see cref="Group"/>: mentions made from one group phrase («الدول الثلاث») share a number (≥ 0) and stand
/// at the same words; −1 for every other mention.
/// </summary>
public sealed record Mention(string ActorId, int Start, int End, int FirstToken, int LastToken, MentionForm Form,
    char Preposition = '\0', bool Conjoined = false, int Group = -1)
{
    /// <summary>It names only where something happens ("في الدوحة"، "جزيرة بالي الإندونيسية"): see <see cref="Places.Mark"/>.</summary>
    public bool OnlyPlace { get; init; }
}

/// <summary>A span the matcher recognised as something other than a party: a news source or a region.</summary>
public sealed record NonActorSpan(string Id, int Start, int End, bool IsSource);
