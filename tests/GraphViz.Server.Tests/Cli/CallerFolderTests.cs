using System.Diagnostics;
using GraphViz.Server.Tests.Storage;

namespace GraphViz.Server.Tests.Cli;

/// <summary>
/// `dotnet run --project src/GraphViz.Server -- extract article.txt` starts the app in the project's
/// folder; the README's relative path must still mean the caller's file.
/// </summary>
public class CallerFolderTests
{
    [Fact]
    public async Task A_relative_path_is_read_from_the_callers_folder_when_the_app_runs_elsewhere()
    {
        var caller = Directory.CreateTempSubdirectory("graphviz-caller-").FullName;
        try
        {
            File.Copy(ExtractCommandTests.SamplePath, Path.Combine(caller, "article.txt"));
            // Started in the build folder, as dotnet run starts it in the project's: not the caller's folder.
            var start = ServerProcess.Command("extract", "article.txt", "--published", "2024-05-20");
            start.Environment["PWD"] = caller;                  // what the caller's shell passes on
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, errors);
            Assert.Contains("\"NER\"", output);
        }
        finally
        {
            Directory.Delete(caller, recursive: true);
        }
    }
}
