using System.Globalization;
using GraphViz.Server.Configuration;

namespace GraphViz.Server.Articles;

/// <summary>Checks an article request at the boundary and says, field by field, what is wrong.</summary>
public static class ArticleValidator
{
    public static readonly string[] SupportedLanguages = ["ar"];

    public static (ValidArticle? Article, Dictionary<string, string[]> Errors) Validate(ArticleRequest request, GraphVizOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        var text = request.Text?.Trim();
        HtmlArticleText.Page? page = null;
        switch (request.Format?.Trim().ToLowerInvariant())
        {
            case null or "" when text is not null && HtmlArticleText.LooksLikeHtml(text):
            case "html" when text is not null:
                page = HtmlArticleText.Read(text);
                if (page is null)
                    errors["text"] = ["The HTML is too convoluted to read (it took too long to parse): send the article's text instead."];
                text = page?.Text;
                break;
            case null or "" or "text" or "html":
                break;
            default:
                errors["format"] = [$"Format '{request.Format}' is not known: give \"text\" or \"html\"."];
                break;
        }
        // TryAdd: a page that could not be parsed has said so already.
        if (string.IsNullOrEmpty(text))
            errors.TryAdd("text", [page is null ? "The article text is empty: paste the article's text." : "The HTML holds no article text."]);
        else if (!text.Any(IsArabicLetter))
            errors["text"] = [$"The text contains no Arabic. Supported languages: {string.Join(", ", SupportedLanguages)} (Arabic)."];

        if (request.Language is { } lang && !SupportedLanguages.Contains(lang.Trim().ToLowerInvariant()))
            errors["language"] = [$"Language '{lang}' is not supported. Supported languages: {string.Join(", ", SupportedLanguages)} (Arabic)."];

        DateOnly? published = page?.Published;
        if (!string.IsNullOrWhiteSpace(request.Published))
        {
            if (DateOnly.TryParseExact(request.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                published = d;
            else
                errors["published"] = [$"'{request.Published}' is not a date: write the publication date as YYYY-MM-DD."];
        }
        if (request.Title is { Length: > 500 }) errors["title"] = ["The title is longer than 500 characters."];
        if (request.Source is { Length: > 500 }) errors["source"] = ["The source is longer than 500 characters."];

        return errors.Count > 0
            ? (null, errors)
            : (new ValidArticle(text!, published, Blank(request.Title) ?? Blank(page?.Title), Blank(request.Source)), errors);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3';
}
