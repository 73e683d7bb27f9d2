using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KalturaGen.Simulator.Admin;

/// <summary>
/// Who may use the HTTP admin API (it resets state, reveals partner secrets and mints admin sessions): callers on
/// this machine (loopback, unless <see cref="SimulatorOptions.AdminRemoteAccess"/>) that send the simulator's admin
/// token in the <see cref="TokenHeader"/> header. A browser cannot add that header to a cross-site request without a
/// CORS pre-flight, which the admin API never grants, so a web page cannot drive the admin API of a local simulator.
/// The in-process <see cref="SimulatorAdmin"/> needs none of this.
/// </summary>
internal static class AdminAccess
{
    /// <summary>The header carrying the admin token.</summary>
    public const string TokenHeader = "X-KalturaGen-Admin-Token";

    /// <summary>The refusal for a caller that may not use the admin API, or null when it may.</summary>
    public static IResult? Refusal(HttpContext http, SimulatorRuntime runtime)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (remote is not null && !IsLoopback(remote) && !runtime.Options.AdminRemoteAccess)
        {
            return Results.Json(new { error = "The admin API answers only callers on this machine (loopback); set Simulator:AdminRemoteAccess=true to allow others." }, statusCode: StatusCodes.Status403Forbidden);
        }

        var sent = Encoding.UTF8.GetBytes(http.Request.Headers[TokenHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(sent, Encoding.UTF8.GetBytes(runtime.AdminToken)))
        {
            return Results.Json(new { error = $"The admin API needs the header {TokenHeader} with the admin token the simulator printed at start-up (KalturaSimulator.AdminToken in-process)." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        return null;
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
