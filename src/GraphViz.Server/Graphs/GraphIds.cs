using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphViz.Server.Graphs;

/// <summary>Workspace ids: short, lowercase and URL-safe, since they appear in /g/{graph} links.</summary>
public static partial class GraphIds
{
    public const string Rule = "1 to 64 characters: lowercase Latin letters, digits and hyphens, starting with a letter or digit";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Valid();

    public static bool IsValid(string? id) => id is not null && Valid().IsMatch(id);

    /// <summary>An id for a new workspace: a slug of the title's Latin words, if any, and a random part.</summary>
    public static string New(string? title)
    {
        var slug = new StringBuilder();
        foreach (var c in (title ?? "").ToLowerInvariant())
        {
            if (slug.Length >= 40) break;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var stem = slug.ToString().Trim('-');
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        return stem.Length > 0 ? $"{stem}-{random}" : $"graph-{random}";
    }
}
