namespace GraphViz.Server.Cli;

/// <summary>The server's command-line verbs; anything else starts the web server.</summary>
public static class CommandLine
{
    /// <summary>Runs a verb and returns its exit code, or null when <paramref name="args"/> names no verb.</summary>
    public static int? TryRun(string[] args, TextWriter stdout, TextWriter stderr) =>
        args.Length > 0 && args[0] == "extract" ? ExtractCommand.Run(args[1..], stdout, stderr) : null;
}
