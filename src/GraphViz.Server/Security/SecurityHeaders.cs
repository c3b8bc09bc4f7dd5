namespace GraphViz.Server.Security;

/// <summary>
/// Headers that keep a page built from pasted text safe: scripts, styles and connections only from this
/// server (evidence is rendered as text, and the policy backs that up), no MIME sniffing, no referrer
/// leaking a graph's link. Framing stays open: embedding a graph in other pages is a feature.
/// </summary>
public static class SecurityHeaders
{
    // Cytoscape.js injects one small stylesheet of its own; it is allowed by its hash (that exact text only),
    // not by 'unsafe-inline'. A Cytoscape upgrade that changes it shows up as a CSP error in the browser console.
    private const string CytoscapeStyleHash = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' " + CytoscapeStyleHash + "; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["Content-Security-Policy"] = ContentSecurityPolicy;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
}
