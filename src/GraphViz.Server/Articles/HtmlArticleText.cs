using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GraphViz.Server.Articles;

/// <summary>
/// An article given as HTML (a saved page, a pasted page source), read with a real HTML parser: the
/// text of its article (or body) with paragraphs kept apart, never its scripts, styles or navigation;
/// plus the title and publication date the page declares.
/// </summary>
public static class HtmlArticleText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "iframe", "button", "select" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "blockquote", "tr", "header", "figcaption", "pre", "dd", "dt" };

    /// <summary>The page's text, and the title and date it declares (the title as written: the validator trims it).</summary>
    public sealed record Page(string Text, string? Title, DateOnly? Published);

    // How a page, or a fragment of one, begins.
    private static readonly string[] PageStarts = ["<!doctype", "<html", "<body", "<article", "<p", "<div", "<h1", "<section", "<main"];

    /// <summary>Whether a text without a declared format is a page rather than prose: it is wrapped in markup.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var t = text.AsSpan().Trim();   // a span: no copy of a megabyte text just to look at its ends
        if (t.Length < 2 || t[^1] != '>') return false;
        foreach (var start in PageStarts)
            if (t.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// How long a page may take to parse. A real page of a megabyte takes about a tenth of a second; markup
    /// built to be slow (a hundred thousand unclosed elements) takes the HTML parser minutes, so it is cut off.
    /// </summary>
    public static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(2);

    /// <summary>The page's text, title and date; null when the markup cannot be parsed within <see cref="ParseBudget"/>.</summary>
    public static Page? Read(string html)
    {
        using var budget = new CancellationTokenSource(ParseBudget);
        IDocument parsed;
        try
        {
            // Parsing a string does no I/O: the task runs to completion (or cancellation) on this thread.
            parsed = new HtmlParser().ParseDocumentAsync(html, budget.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        using var document = parsed;
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var text = new StringBuilder();
        Append(root, text);
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
                    ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        return new Page(Tidy(text.ToString()), title, Published(document));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block) text.Append('\n');
                    Append(e, text);
                    if (block) text.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Runs of spaces become one; blank lines between paragraphs become one.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join("\n\n", lines);
    }

    private static DateOnly? Published(IDocument document)
    {
        var declared = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
                       ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return declared is { Length: >= 10 } && DateOnly.TryParseExact(declared[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }
}
