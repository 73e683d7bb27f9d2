using KalturaGen.Runtime.Sessions;
using Microsoft.Extensions.Options;

namespace KalturaGen.Runtime;

/// <summary>
/// The checks on <see cref="KalturaClientOptions"/>, run when a connection is created and, with dependency injection,
/// when the host starts: a service URL given explicitly as an absolute http(s) URL, a positive timeout, and one
/// session source, whose settings make sense (a positive partner id and a lifetime of at least a second for a
/// session generated from a secret).
/// </summary>
public sealed class KalturaClientOptionsValidator : IValidateOptions<KalturaClientOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, KalturaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).Select(f => $"{Subject(name)}: {f}").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(KalturaClientOptions options)
    {
        if (options.ServiceUrl is not { } url)
        {
            yield return "ServiceUrl is not set. Set it to your Kaltura server's root, the part before /api_v3 (e.g. https://www.kaltura.com).";
        }
        else if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"ServiceUrl '{url.OriginalString}' is not an absolute http or https URL. Set it to your Kaltura server's root, e.g. https://www.kaltura.com.";
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"Timeout is {options.Timeout}; it must be positive (or Timeout.InfiniteTimeSpan, -00:00:00.001, for none).";
        }

        var session = options.Session ?? new KalturaSessionOptions();
        var hasSecret = !string.IsNullOrEmpty(session.Secret);
        var sources = new[] { (options.SessionProvider is not null, "SessionProvider"), (options.Ks is not null, "Ks"), (hasSecret, "Session:Secret") }
            .Where(s => s.Item1)
            .Select(s => s.Item2)
            .ToList();
        if (sources.Count > 1)
        {
            yield return $"More than one source of sessions is set ({string.Join(", ", sources)}). Set only one: a fixed Ks, a Session:Secret to generate and renew sessions, or a SessionProvider.";
        }

        if (!hasSecret)
        {
            yield break;
        }

        if (options.PartnerId is not > 0)
        {
            yield return $"PartnerId is {(options.PartnerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not set")}; sessions generated from Session:Secret need the partner's id, a positive number.";
        }

        if (session.Expiry < TimeSpan.FromSeconds(1) || session.Expiry.TotalSeconds > int.MaxValue)
        {
            yield return $"Session:Expiry is {session.Expiry}; a session must live at least one second (default one day, 1.00:00:00).";
        }

        if (!Enum.IsDefined(session.Type))
        {
            yield return $"Session:Type is {session.Type}; it must be User or Admin.";
        }
    }

    private static string Subject(string? name) =>
        string.IsNullOrEmpty(name) ? "Kaltura client options" : $"Kaltura client '{name}' options";

    /// <summary>Throws when <paramref name="options"/> fail a check, with every failure in the message.</summary>
    internal static void ThrowIfInvalid(KalturaClientOptions options)
    {
        var result = new KalturaClientOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new ArgumentException(result.FailureMessage, nameof(options));
        }
    }
}
