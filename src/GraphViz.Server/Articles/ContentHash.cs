using System.Security.Cryptography;
using System.Text;

namespace GraphViz.Server.Articles;

/// <summary>
/// What makes two submissions "the same text": SHA-256 of the text with its line endings unified and its
/// ends trimmed, so that pasting an article again (or retrying a request) does not add it twice.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var canonical = text.ReplaceLineEndings("\n").Trim().Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
