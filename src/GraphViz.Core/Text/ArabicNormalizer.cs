namespace GraphViz.Core.Text;

/// <summary>
/// Folds the spelling variation of Arabic news text into one form for matching:
/// diacritics and tatweel dropped, alef and hamza carriers unified, alef maqsura and ta marbuta
/// folded, Arabic-Indic digits to ASCII, typographic quotes to '"'. Keeps an offset map.
/// </summary>
public static class ArabicNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        var shifts = new List<(int At, int Dropped)>();
        var n = 0;
        var dropped = 0;
        var droppedBefore = 0; // dropped characters before the last kept one
        for (var i = 0; i < original.Length; i++)
        {
            var folded = Fold(original[i]);
            if (folded == '\0')
            {
                dropped++;
                continue;
            }
            if (dropped != droppedBefore)
            {
                shifts.Add((n, dropped)); // from here on, original = normalised + dropped
                droppedBefore = dropped;
            }
            chars[n++] = folded;
        }
        var text = new string(chars, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        return new NormalizedText(original, text, shifts);
    }

    /// <summary>Normalises a short string such as a gazetteer entry or a trigger phrase.</summary>
    public static string NormalizeTerm(string term) => Normalize(term.Trim()).Text;

    /// <summary>The folded character, or '\0' when the character carries no letter (diacritic, tatweel, bidi mark).</summary>
    public static char Fold(char c) => c switch
    {
        // Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks: writers use them inconsistently.
        >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' => '\0',
        '\u0640' => '\0',                                   // tatweel (kashida) only stretches a word
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' => '\0', // joiners, bidi controls, BOM
        'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ' => 'ا',     // hamza on/under alef, madda, wasla
        'ى' => 'ي',                                         // final ya written as alef maqsura (and the reverse) is common
        'ی' => 'ي', 'ک' => 'ك',                             // Persian ya and kaf in copied text
        'ة' => 'ه',                                         // ta marbuta is often written as ha
        'ؤ' => 'و', 'ئ' => 'ي',                             // hamza seats
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Eastern Arabic-Indic digits
        '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
        '‘' or '’' or '‚' or '‛' => '\'',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        '٫' => '.', '٬' => ',',
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ => c,
    };
}
