using System.CommandLine;
using KalturaGen.Cli;
using KalturaGen.Cli.Connection;

namespace KalturaGen.Cli.Tests;

/// <summary>The admin secret comes from --admin-secret, --admin-secret-file or, on a terminal, a prompt.</summary>
public sealed class CliSecretTests
{
    [Fact]
    public async Task TheSecretIsReadFromTheFirstLineOfTheSecretFile()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "secret.txt");
        await File.WriteAllTextAsync(file, "from-the-file\n");

        var (exitCode, settings, _) = await RunStatusAsync(prompt: null, "--admin-secret-file", file);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("from-the-file", settings!.AdminSecret);
    }

    [Fact]
    public async Task AMissingSecretIsAskedForWhenAPromptIsAvailable()
    {
        var (exitCode, settings, _) = await RunStatusAsync(prompt: () => "typed-in");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("typed-in", settings!.AdminSecret);
    }

    [Fact]
    public async Task WithoutASecretOrAPromptTheCommandFailsNamingTheWaysToGiveIt()
    {
        var (exitCode, settings, errors) = await RunStatusAsync(prompt: null);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Null(settings);
        Assert.Contains("--admin-secret-file", errors);
    }

    [Fact]
    public async Task AnUnreadableSecretFileIsBadInput()
    {
        var (exitCode, settings, errors) = await RunStatusAsync(prompt: null, "--admin-secret-file", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Null(settings);
        Assert.Contains("cannot be read", errors);
    }

    private static async Task<(int ExitCode, ConnectionSettings? Settings, string Errors)> RunStatusAsync(Func<string?>? prompt, params string[] secretArgs)
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var token = await harness.Client.UploadToken.AddAsync(new() { FileName = "a.mp4" });
        ConnectionSettings? seen = null;
        var host = new CliHost(
            (settings, _) =>
            {
                seen = settings;
                return Task.FromResult(CliConnection.Over(harness.Client, harness.Http, "the test simulator"));
            },
            harness.Clock,
            prompt);
        string[] args = ["status", token.Id!, "--service-url", "http://kaltura.test", "--partner-id", "100", .. secretArgs];
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApp.InvokeAsync(CliApp.CreateRootCommand(host), args, new InvocationConfiguration { Output = output, Error = errors }, CancellationToken.None);
        return (exitCode, seen, errors.ToString() + output);
    }
}
