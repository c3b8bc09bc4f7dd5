namespace GraphViz.Server.Security;

/// <summary>The endpoint filter on every change: 401 without a key, 403 with a wrong one, as ProblemDetails.</summary>
public static class RequireEditorKey
{
    public static TBuilder RequireEditor<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<EditorKey>();
            var given = EditorKey.From(context.HttpContext.Request, allowQuery: false);
            if (given is null)
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Editing needs the editor key",
                    detail: $"Reading is open, but changing a graph needs the editor key: send it in the {EditorKey.Header} header. " +
                            "The server prints an editor link when it starts.");
            if (!key.Matches(given))
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The editor key is wrong",
                    detail: "The key sent does not match this server's editor key.");
            return await next(context);
        });
}
