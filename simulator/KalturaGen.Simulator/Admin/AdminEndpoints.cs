using System.Text.Json;
using System.Text.Json.Serialization;
using KalturaGen.Simulator.Faults;
using KalturaGen.Simulator.Hosting;
using KalturaGen.Simulator.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KalturaGen.Simulator.Admin;

/// <summary>The admin API over HTTP, under the reserved <c>/__kalturagen/</c> prefix, for the callers <see cref="AdminAccess"/> lets in.</summary>
internal static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>Maps the admin routes.</summary>
    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(SimulatorApp.AdminPrefix);
        admin.AddEndpointFilter(static async (context, next) =>
            AdminAccess.Refusal(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<SimulatorRuntime>()) ?? await next(context));
        admin.AddEndpointFilter(static async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or JsonException)
            {
                // A bad admin call (a clock that cannot move, a negative advance, malformed JSON) is the caller's mistake.
                return Results.BadRequest(new { error = ex.Message });
            }
        });
        admin.MapPost("/reset", static async (HttpContext http) =>
        {
            await Admin(http).ResetAsync(http.RequestAborted);
            return Results.Json(new { reset = true }, Json);
        });
        admin.MapGet("/partners", static (HttpContext http) => Results.Json(Admin(http).Partners, Json));
        admin.MapGet("/tokens", static async (HttpContext http, int? partnerId) => Results.Json(await Admin(http).GetTokensAsync(partnerId, http.RequestAborted), Json));
        admin.MapGet("/entries", static async (HttpContext http, int? partnerId) => Results.Json(await Admin(http).GetEntriesAsync(partnerId, http.RequestAborted), Json));
        admin.MapPost("/entries/seed", static async (HttpContext http, int count, string? namePrefix, int? partnerId) =>
            Results.Json(await Admin(http).SeedEntriesAsync(count, namePrefix ?? "seeded-", partnerId ?? SimulatorDefaults.PartnerId, http.RequestAborted), Json));
        admin.MapGet("/assets", static async (HttpContext http, string? entryId) => Results.Json(await Admin(http).GetAssetsAsync(entryId, http.RequestAborted), Json));
        admin.MapGet("/journal", static (HttpContext http) => Results.Json(Admin(http).Journal.Entries, Json));
        admin.MapGet("/clock", static (HttpContext http) => Results.Json(ClockState(http), Json));
        admin.MapPost("/clock/advance", static (HttpContext http, double seconds) =>
        {
            Admin(http).AdvanceTime(TimeSpan.FromSeconds(seconds));
            return Results.Json(ClockState(http), Json);
        });
        admin.MapPost("/conversions/fail", static async (HttpContext http, int? count) =>
        {
            await Admin(http).FailNextConversionsAsync(count ?? 1, http.RequestAborted);
            return Results.Json(new { failNextConversions = count ?? 1 }, Json);
        });
        admin.MapGet("/faults", static (HttpContext http) => Results.Json(Admin(http).Faults.Rules, Json));
        admin.MapPost("/faults", static async (HttpContext http) =>
        {
            var rule = await JsonSerializer.DeserializeAsync<FaultRule>(http.Request.Body, Json, http.RequestAborted);
            if (rule is null)
            {
                return Results.BadRequest(new { error = "Send a fault rule as JSON, e.g. {\"target\":\"uploadtoken.upload\",\"kind\":\"HttpError\",\"firstCalls\":1}." });
            }

            Admin(http).AddFault(rule);
            return Results.Json(rule, Json);
        });
        admin.MapDelete("/faults", static (HttpContext http) =>
        {
            Admin(http).Faults.Clear();
            return Results.Json(new { cleared = true }, Json);
        });
        admin.MapGet("/ks", static (HttpContext http, int? partnerId, int? type, string? userId, string? privileges, int? expiry) =>
        {
            var runtime = http.RequestServices.GetRequiredService<SimulatorRuntime>();
            if (!runtime.State.Partners.TryGetValue(partnerId ?? SimulatorDefaults.PartnerId, out var partner))
            {
                return Results.NotFound(new { error = $"Unknown partner {partnerId}." });
            }

            var ks = KsIssuer.Issue(partner, type ?? (int)SessionKind.Admin, userId, expiry ?? 86400, privileges, runtime.Clock, version: 2);
            return Results.Json(new { ks }, Json);
        });
    }

    private static SimulatorAdmin Admin(HttpContext http) => new(http.RequestServices.GetRequiredService<SimulatorRuntime>());

    private static object ClockState(HttpContext http)
    {
        var now = http.RequestServices.GetRequiredService<SimulatorRuntime>().Clock.GetUtcNow();
        return new { now = now.ToUnixTimeSeconds(), iso = now.ToString("O") };
    }
}
