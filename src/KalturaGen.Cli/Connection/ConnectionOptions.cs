using System.CommandLine;

namespace KalturaGen.Cli.Connection;

/// <summary>
/// Where to upload: <c>--service-url</c>, <c>--partner-id</c>, <c>--admin-secret</c> or <c>--admin-secret-file</c> (or
/// KALTURA_SERVICE_URL, KALTURA_PARTNER_ID, KALTURA_ADMIN_SECRET; else a prompt on a terminal). With no service URL the
/// simulator runs inside the process.
/// </summary>
internal sealed class ConnectionOptions
{
    public Option<string?> ServiceUrl { get; } = new("--service-url")
    {
        Description = "Kaltura service URL (the part before /api_v3), e.g. https://www.kaltura.com; default: env KALTURA_SERVICE_URL, else an in-process simulator.",
    };

    public Option<int?> PartnerId { get; } = new("--partner-id")
    {
        Description = "Partner id; default: env KALTURA_PARTNER_ID (100 for the simulator).",
    };

    public Option<string?> AdminSecret { get; } = new("--admin-secret")
    {
        Description = "The partner's admin secret, used to sign an ADMIN KS locally; default: env KALTURA_ADMIN_SECRET.",
    };

    public Option<FileInfo?> AdminSecretFile { get; } = new("--admin-secret-file")
    {
        Description = "A file holding the admin secret (its first line), kept out of the shell history and process list.",
    };

    public void AddTo(Command command)
    {
        command.Add(ServiceUrl);
        command.Add(PartnerId);
        command.Add(AdminSecret);
        command.Add(AdminSecretFile);
    }

    /// <summary>
    /// The settings from the command line, then the environment; a secret given nowhere is asked for with
    /// <paramref name="promptSecret"/> (null when stdin is not a terminal).
    /// </summary>
    /// <exception cref="CliInputException">A remote service URL without partner id or secret, or an unreadable value.</exception>
    public ConnectionSettings Resolve(ParseResult parse, Func<string?>? promptSecret = null)
    {
        var url = ParseUri(parse.GetValue(ServiceUrl), "--service-url") ?? ParseUri(Environment.GetEnvironmentVariable("KALTURA_SERVICE_URL"), "KALTURA_SERVICE_URL");
        if (url is null)
        {
            return new ConnectionSettings(null, parse.GetValue(PartnerId) ?? 100, null);
        }

        var partner = parse.GetValue(PartnerId) ?? ParseInt(Environment.GetEnvironmentVariable("KALTURA_PARTNER_ID"))
            ?? throw new CliInputException("--partner-id (or KALTURA_PARTNER_ID) is required with --service-url.");
        if (parse.GetValue(AdminSecret) is not null && parse.GetValue(AdminSecretFile) is not null)
        {
            throw new CliInputException("Pass --admin-secret or --admin-secret-file, not both.");
        }

        var secret = parse.GetValue(AdminSecret) ?? ReadSecretFile(parse.GetValue(AdminSecretFile))
            ?? Environment.GetEnvironmentVariable("KALTURA_ADMIN_SECRET");
        if (string.IsNullOrEmpty(secret))
        {
            secret = promptSecret?.Invoke();
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new CliInputException("--admin-secret, --admin-secret-file (or KALTURA_ADMIN_SECRET) is required with --service-url.");
        }

        return new ConnectionSettings(url, partner, secret);
    }

    private static Uri? ParseUri(string? value, string source)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Accept the URL with its /api_v3 suffix too, as servers and the simulator's banner print it.
        var trimmed = value.TrimEnd('/');
        trimmed = trimmed.EndsWith("/api_v3", StringComparison.OrdinalIgnoreCase) ? trimmed[..^"/api_v3".Length] : trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CliInputException($"{source} '{value}' is not an http(s) URL, e.g. https://www.kaltura.com.");
    }

    private static string? ReadSecretFile(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            var secret = File.ReadLines(file.FullName).FirstOrDefault()?.Trim();
            return string.IsNullOrEmpty(secret)
                ? throw new CliInputException($"--admin-secret-file '{file.FullName}' is empty; put the admin secret on its first line.")
                : secret;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--admin-secret-file '{file.FullName}' cannot be read: {e.Message}");
        }
    }

    private static int? ParseInt(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, out var number) ? number
        : throw new CliInputException($"KALTURA_PARTNER_ID '{value}' is not a number.");
}

/// <summary>Resolved connection settings; a null <see cref="ServiceUrl"/> means the in-process simulator.</summary>
internal sealed record ConnectionSettings(Uri? ServiceUrl, int PartnerId, string? AdminSecret)
{
    /// <summary>Where the client (and an in-process simulator) log: the command's <c>--verbose</c> logger factory.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }
}
